"""The crops around an image's focal point: their geometry, sizes and ratios."""

from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PillowImage

from ina_portal.base.models import Image
from ina_portal.base.renditions import CROPS, crop_box, crop_names
from tests.factories import ImageFactory, TwinCityFactory

RED, GREY = (200, 20, 30), (120, 120, 120)


@pytest.mark.parametrize(
    ("size", "ratio", "focal_point", "box"),
    [
        # Landscape into 3:2: the sides are cut, the box follows the point...
        ((2000, 1000), (3, 2), (0.5, 0.5), (250, 0, 1750, 1000)),
        ((2000, 1000), (3, 2), (0.45, 0.5), (150, 0, 1650, 1000)),
        # ...and stops at the edges when the point is near one.
        ((2000, 1000), (3, 2), (0.02, 0.9), (0, 0, 1500, 1000)),
        ((2000, 1000), (3, 2), (0.99, 0.1), (500, 0, 2000, 1000)),
        # Portrait into 21:9: top and bottom are cut.
        ((600, 1200), (21, 9), (0.5, 0.5), (0, 472, 600, 729)),
        ((600, 1200), (21, 9), (0.5, 0.0), (0, 0, 600, 257)),
        ((600, 1200), (21, 9), (0.5, 1.0), (0, 943, 600, 1200)),
        # Square of a landscape and of a portrait.
        ((1600, 900), (1, 1), (1.0, 0.5), (700, 0, 1600, 900)),
        ((900, 1600), (1, 1), (0.5, 0.0), (0, 0, 900, 900)),
        # Tiny pictures still give a box of at least one pixel.
        ((3, 1), (1, 1), (0.5, 0.5), (1, 0, 2, 1)),
        ((1, 1), (21, 9), (0.5, 0.5), (0, 0, 1, 1)),
        # A point outside 0..1 is taken as the nearest edge.
        ((2000, 1000), (3, 2), (-3, 7), (0, 0, 1500, 1000)),
    ],
)
def test_the_crop_box_has_the_ratio_and_holds_the_focal_point_as_far_as_the_edges_allow(
    size, ratio, focal_point, box
):
    assert crop_box(size, ratio, focal_point) == box


def png(width, height, corner=None):
    picture = PillowImage.new("RGB", (width, height), GREY)
    if corner:
        picture.paste(RED, (0, 0, *corner))
    buffer = BytesIO()
    picture.save(buffer, "PNG")
    return SimpleUploadedFile("bild.png", buffer.getvalue(), "image/png")


def open_stored(name):
    with default_storage.open(name) as file:
        picture = PillowImage.open(file)
        picture.load()
    return picture


@pytest.mark.django_db
@pytest.mark.parametrize("size", [(2400, 1600), (800, 1600), (1000, 1000)])
def test_every_crop_is_webp_in_its_ratio_and_widths(size):
    image = ImageFactory(file=png(*size))

    assert sorted(image.crops) == sorted(CROPS)
    for key, crop in CROPS.items():
        files = image.crops[key]["files"]
        left, _top, right, _bottom = crop_box(size, crop.ratio, (0.5, 0.5))
        # Each width of the crop, none wider than the box cut out of the picture.
        assert sorted(map(int, files)) == sorted({min(w, right - left) for w in crop.widths})
        for width, name in files.items():
            picture = open_stored(name)
            assert picture.format == "WEBP"
            assert picture.width == int(width)
            ratio_width, ratio_height = crop.ratio
            assert abs(picture.width / picture.height - ratio_width / ratio_height) < 0.02
        assert image.crops[key]["size"] == list(open_stored(files[max(files, key=int)]).size)


@pytest.mark.django_db
def test_a_tiny_picture_gets_one_crop_of_each_ratio_at_its_own_size():
    image = ImageFactory(file=png(120, 40))

    assert {key: list(crop["files"]) for key, crop in image.crops.items()} == {
        "card": ["60"],
        "hero": ["93"],
        "thumb": ["40"],
    }
    assert image.crops["card"]["size"] == [60, 40]


@pytest.mark.django_db
def test_moving_the_focal_point_cuts_new_crops_and_deletes_the_old_ones_on_commit(
    django_capture_on_commit_callbacks,
):
    image = ImageFactory(file=png(600, 1200, corner=(300, 300)))
    old = crop_names(image.crops)
    card = open_stored(image.crops["card"]["files"]["320"])
    assert card.getpixel((80, 50))[:3] == pytest.approx(GREY, abs=30), "the middle: no red"

    image = Image.objects.get(pk=image.pk)
    image.focal_x, image.focal_y = 0.25, 0.1
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    image.refresh_from_db()
    assert not crop_names(image.crops) & old
    assert not any(default_storage.exists(name) for name in old)
    card = open_stored(image.crops["card"]["files"]["320"])
    assert card.getpixel((80, 50))[:3] == pytest.approx(RED, abs=30)
    assert image.renditions, "the width renditions stay"


@pytest.mark.django_db
def test_the_twin_city_card_shows_the_card_crop_lazily_with_its_size(client):
    twin_city = TwinCityFactory(image=ImageFactory(file=png(2400, 1600)))
    without = TwinCityFactory(image=None)
    files = twin_city.image.crops["card"]["files"]

    with translation.override("en"):
        html = client.get(reverse("partnerships:twincity_list")).text

    src, smallest = default_storage.url(files["640"]), default_storage.url(files["320"])
    assert f'src="{src}" srcset="{smallest} 320w' in html
    assert 'width="960" height="640"' in html
    assert f'alt="{twin_city.image.alt_text_en}" loading="lazy"' in html
    assert html.count('class="picture picture--card card__picture"') == 1
    assert without.city.name_en in html
