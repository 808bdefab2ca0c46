"""The `picture` tag: an image in one of the fixed crops, with srcset and sizes."""

from django import template

register = template.Library()

# What the picture is shown as wide, for the browser to choose a file from srcset. The
# cards sit in a grid of columns at least 18rem wide inside the 72rem container; the hero
# spans the detail page's column (at most 52rem, less 1rem padding on either side).
SIZES = {
    "card": "(min-width: 72rem) 23rem, (min-width: 40rem) 50vw, calc(100vw - 2rem)",
    "hero": "(min-width: 52rem) 50rem, calc(100vw - 2rem)",
    "thumb": "10rem",
}


@register.inclusion_tag("includes/picture.html")
def picture(image, crop, css_class="", lazy=True, fit="cover"):
    """`image` cut to `crop` (card, hero, thumb) around its focal point; nothing without
    an image. fit="contain" shows all of it inside the crop's box instead (logos).

    Until the crop is made, the original and its width renditions stand in, cut by CSS.
    """
    if not image:
        return {"image": None}
    made = image.crop(crop) if fit == "cover" else None
    if made:
        source = {**made, "fitted": False}
    else:
        source = {
            "src": image.file.url,
            "srcset": image.srcset,
            "width": image.width,
            "height": image.height,
            "fitted": True,
        }
    return {
        "image": image,
        "crop": crop,
        "fit": fit,
        "css_class": css_class,
        "lazy": lazy,
        "sizes": SIZES.get(crop, SIZES["card"]),
        **source,
    }
