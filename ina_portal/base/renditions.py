"""Smaller WebP copies of uploaded images, for `<img srcset>` on the public pages.

A rendition is upright (EXIF orientation applied), carries no EXIF, GPS or XMP data
(only the colour profile) and keeps the transparency of the original.
"""

import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageOps

WIDTHS = (480, 960, 1600)
# What reading a stored picture may raise: gone, unreadable, or too large to open.
PICTURE_ERRORS = (OSError, ValueError, PillowImage.DecompressionBombError)
WEBP_QUALITY = 80
FOLDER = "images/renditions"


def rendition_name(name, width):
    """Where the rendition of width `width` of the stored file `name` lives."""
    path = PurePosixPath(name).with_suffix("")
    if path.parts[0] == "images":
        path = path.relative_to("images")
    return f"{FOLDER}/{path}-{width}.webp"


def _has_alpha(picture):
    return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def renditions_create(*, name, storage):
    """Write the renditions of the stored file `name`; return {"480": storage name, …}.

    Only widths below the upright original's width are made. The names follow from
    `name`, so making them again replaces the files instead of adding new ones.
    """
    with storage.open(name) as source, PillowImage.open(source) as original:
        picture = ImageOps.exif_transpose(original)
        icc_profile = original.info.get("icc_profile")
        picture = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
    renditions = {}
    for width in WIDTHS:
        if width >= picture.width:
            break
        height = max(1, round(picture.height * width / picture.width))
        resized = picture.resize((width, height), PillowImage.Resampling.LANCZOS, reducing_gap=3.0)
        output = io.BytesIO()
        # WebP writes only the metadata passed here: EXIF and XMP stay behind.
        resized.save(output, "WEBP", quality=WEBP_QUALITY, icc_profile=icc_profile)
        target = rendition_name(name, width)
        storage.delete(target)
        renditions[str(width)] = storage.save(target, ContentFile(output.getvalue()))
    return renditions


def upright_without_metadata(upload):
    """The upload turned upright and without its EXIF and XMP data (camera, GPS position),
    as a new file in the same format; None when it has no such data (nothing to do)
    or is animated.

    The original is public too, as the largest candidate of `srcset` and as `src`.
    """
    upload.seek(0)
    with PillowImage.open(upload) as original:
        if getattr(original, "n_frames", 1) > 1:
            return None
        if not original.getexif() and "xmp" not in original.info:
            return None
        picture = ImageOps.exif_transpose(original)
        options = {"icc_profile": original.info.get("icc_profile")}
        if original.format in ("JPEG", "WEBP"):
            options["quality"] = 90
        output = io.BytesIO()
        picture.save(output, original.format, **options)
    return ContentFile(output.getvalue())


def renditions_delete(*, names, storage):
    for name in names:
        storage.delete(name)


def renditions_missing(image):
    """Whether `image` never had its renditions made, or some of their files are gone."""
    if image.renditions is None:
        return True
    return not all(image.file.storage.exists(name) for name in image.renditions.values())


def renditions_fill(*, images):
    """Make the missing renditions of `images` and store them; return (done, failed).

    Records sharing a file share its renditions. The rows are updated without a save,
    so no history entry is written for what is no edit.
    """
    made, done, failed = {}, [], []
    for image in images:
        if not renditions_missing(image):
            continue
        name = image.file.name
        if name not in made:
            try:
                made[name] = (
                    renditions_create(name=name, storage=image.file.storage) if name else {}
                )
            except PICTURE_ERRORS:
                failed.append(image)
                continue
        image.renditions = made[name]
        done.append(image)
    if done:
        type(done[0]).objects.bulk_update(done, ["renditions"], batch_size=500)
    return done, failed
