"""Smaller WebP copies of uploaded images, for `<img srcset>` on the public pages.

Width renditions keep the picture's shape; crops (cards, heroes, thumbnails) cut it to a
fixed ratio around the focal point the editor set. A rendition is upright (EXIF
orientation applied), carries no EXIF, GPS or XMP data (only the colour profile) and
keeps the transparency of the original.
"""

import hashlib
import io
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageOps

WIDTHS = (480, 960, 1600)
# What reading a stored picture may raise: gone, unreadable, or too large to open.
PICTURE_ERRORS = (OSError, ValueError, PillowImage.DecompressionBombError)
WEBP_QUALITY = 80
FOLDER = "images/renditions"


@dataclass(frozen=True)
class Crop:
    """A fixed ratio (width:height) and the widths it is made in."""

    ratio: tuple[int, int]
    widths: tuple[int, ...]


CROPS = {
    "card": Crop((3, 2), (320, 640, 960)),
    "hero": Crop((21, 9), (800, 1280, 1920)),
    "thumb": Crop((1, 1), (160, 320)),
}


def rendition_name(name, width):
    """Where the rendition of width `width` of the stored file `name` lives."""
    path = PurePosixPath(name).with_suffix("")
    if path.parts[0] == "images":
        path = path.relative_to("images")
    return f"{FOLDER}/{path}-{width}.webp"


def crop_name(name, crop, width, focal_point):
    """Where the `crop` of `width` pixels of the stored file `name` lives.

    The name carries the focal point, so a new point gives new addresses and no browser
    or proxy keeps showing the old crop.
    """
    point = hashlib.sha256(repr(tuple(focal_point)).encode()).hexdigest()[:8]
    return rendition_name(name, f"{crop}-{width}-{point}")


def crop_box(size, ratio, focal_point):
    """The largest box of `ratio` inside a picture of `size`, centred on the focal point
    as far as the edges allow: (left, top, right, bottom) in whole pixels."""
    width, height = size
    ratio_width, ratio_height = ratio
    focal_x, focal_y = (min(max(float(value), 0.0), 1.0) for value in focal_point)
    if width * ratio_height > height * ratio_width:  # wider than the ratio: cut the sides
        box_width = max(1, min(width, round(height * ratio_width / ratio_height)))
        box_height = height
    else:
        box_width = width
        box_height = max(1, min(height, round(width * ratio_height / ratio_width)))
    left = min(max(round(focal_x * width - box_width / 2), 0), width - box_width)
    top = min(max(round(focal_y * height - box_height / 2), 0), height - box_height)
    return left, top, left + box_width, top + box_height


def crop_widths(crop, box_width):
    """The widths a crop is made in: its own, never wider than the cut-out box, so a
    small picture gets one crop at its own size rather than none."""
    return sorted({min(width, box_width) for width in crop.widths})


def _has_alpha(picture):
    return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def renditions_create(*, name, storage):
    """Write the renditions of the stored file `name`; return {"480": storage name, …}.

    Only widths below the upright original's width are made. The names follow from
    `name`, so making them again replaces the files instead of adding new ones.
    """
    picture, icc_profile = _open_upright(name, storage)
    renditions = {}
    for width in WIDTHS:
        if width >= picture.width:
            break
        height = max(1, round(picture.height * width / picture.width))
        renditions[str(width)] = _save_webp(
            picture.resize((width, height), PillowImage.Resampling.LANCZOS, reducing_gap=3.0),
            target=rendition_name(name, width),
            icc_profile=icc_profile,
            storage=storage,
        )
    return renditions


def crops_create(*, name, focal_point, storage):
    """Write the crops of the stored file `name` around `focal_point` (x, y from 0 to 1);
    return {"card": {"size": [width, height], "files": {"320": storage name, …}}, …},
    where size is that of the widest file."""
    picture, icc_profile = _open_upright(name, storage)
    crops = {}
    for key, crop in CROPS.items():
        box = crop_box(picture.size, crop.ratio, focal_point)
        box_width, box_height = box[2] - box[0], box[3] - box[1]
        files = {}
        for width in crop_widths(crop, box_width):
            height = max(1, round(box_height * width / box_width))
            files[str(width)] = _save_webp(
                picture.resize(
                    (width, height), PillowImage.Resampling.LANCZOS, box=box, reducing_gap=3.0
                ),
                target=crop_name(name, key, width, focal_point),
                icc_profile=icc_profile,
                storage=storage,
            )
        crops[key] = {"size": [width, height], "files": files}
    return crops


def crop_names(crops):
    """The storage names of all files of `crops` (as crops_create returns them)."""
    return {name for crop in (crops or {}).values() for name in crop["files"].values()}


def _open_upright(name, storage):
    with storage.open(name) as source, PillowImage.open(source) as original:
        picture = ImageOps.exif_transpose(original)
        icc_profile = original.info.get("icc_profile")
        picture = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
    return picture, icc_profile


def _save_webp(picture, *, target, icc_profile, storage):
    output = io.BytesIO()
    # WebP writes only the metadata passed here: EXIF and XMP stay behind.
    picture.save(
        output,
        "WEBP",
        quality=WEBP_QUALITY,
        method=settings.IMAGE_WEBP_METHOD,
        icc_profile=icc_profile,
    )
    storage.delete(target)
    return storage.save(target, ContentFile(output.getvalue()))


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


def crops_missing(image):
    """Whether `image` lacks a crop, has one of an older focal point, or lost a file."""
    crops = image.crops
    if not image.file.name:
        return crops is None
    if crops is None or set(crops) != set(CROPS):
        return True
    focal_point = image.focal_point
    for key, crop in crops.items():
        for width, name in crop["files"].items():
            if name != crop_name(image.file.name, key, width, focal_point):
                return True
    return not all(image.file.storage.exists(name) for name in crop_names(crops))


def renditions_fill(*, images):
    """Make the missing renditions and crops of `images` and store them; return
    (done, failed).

    Records sharing a file (and focal point) share its renditions. The rows are updated
    without a save, so no history entry is written for what is no edit.
    """
    made, cropped, done, failed = {}, {}, [], []
    for image in images:
        needs_renditions, needs_crops = renditions_missing(image), crops_missing(image)
        if not (needs_renditions or needs_crops):
            continue
        name, storage = image.file.name, image.file.storage
        try:
            if needs_renditions:
                if name not in made:
                    made[name] = renditions_create(name=name, storage=storage) if name else {}
                image.renditions = made[name]
            if needs_crops:
                key = (name, image.focal_point)
                if key not in cropped:
                    cropped[key] = (
                        crops_create(name=name, focal_point=image.focal_point, storage=storage)
                        if name
                        else {}
                    )
                image.crops = cropped[key]
        except PICTURE_ERRORS:
            failed.append(image)
            continue
        done.append(image)
    if done:
        type(done[0]).objects.bulk_update(done, ["renditions", "crops"], batch_size=500)
    return done, failed
