import re
from io import BytesIO, StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from PIL import ExifTags
from PIL import Image as PillowImage

from bench import bulk
from ina_portal.base import models as portal_models
from ina_portal.base.models import Image
from tests.factories import ImageFactory, NetworkFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def jpeg(width, height, exif=None):
    output = BytesIO()
    PillowImage.new("RGB", (width, height), "steelblue").save(
        output, "JPEG", **({"exif": exif} if exif else {})
    )
    return SimpleUploadedFile("Foto vom Rathaus.jpg", output.getvalue(), "image/jpeg")


def camera_exif(orientation=1):
    exif = PillowImage.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Phone Maker"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (51.0, 30.0, 50.0)}
    )
    return exif


def open_rendition(image, width):
    with default_storage.open(image.renditions[str(width)]) as file:
        picture = PillowImage.open(file)
        picture.load()
    return picture


def stored_name(url):
    assert url.startswith(default_storage.base_url)
    return url.removeprefix(default_storage.base_url)


def figure_img(html):
    (tag,) = re.findall(r'<figure class="figure[^"]*">\s*(<img [^>]*>)', html)
    return tag


def attribute(tag, name):
    match = re.search(rf'\s{name}="([^"]*)"', tag)
    return match and match.group(1)


def twin_city_page(client, twin_city, language="en"):
    with translation.override(language):
        path = reverse("partnerships:twincity_detail", kwargs={"slug": twin_city.city.slug})
    return client.get(path)


def test_a_large_jpeg_gets_webp_renditions_at_480_960_and_1600_pixels():
    image = ImageFactory(file=jpeg(2000, 1000))

    assert sorted(image.renditions, key=int) == ["480", "960", "1600"]
    for width in (480, 960, 1600):
        assert image.renditions[str(width)].startswith("images/renditions/")
        picture = open_rendition(image, width)
        assert picture.format == "WEBP"
        assert picture.size == (width, width // 2)


def test_renditions_are_named_after_the_stored_original():
    image = ImageFactory(file=jpeg(1000, 500))

    stem = image.file.name.removeprefix("images/").removesuffix(".jpg")
    assert image.renditions == {
        "480": f"images/renditions/{stem}-480.webp",
        "960": f"images/renditions/{stem}-960.webp",
    }


def test_a_600_pixel_image_gets_only_the_480_pixel_rendition():
    image = ImageFactory(file=jpeg(600, 400))

    assert list(image.renditions) == ["480"]
    assert open_rendition(image, 480).size == (480, 320)


def test_a_300_pixel_image_gets_no_renditions_and_one_hero_crop_of_its_own_width(client):
    twin_city = TwinCityFactory(image=ImageFactory(file=jpeg(300, 200)))

    tag = figure_img(twin_city_page(client, twin_city).text)

    image = twin_city.image
    assert image.renditions == {}
    (hero,) = image.crops["hero"]["files"].values()
    assert attribute(tag, "src") == default_storage.url(hero)
    assert attribute(tag, "srcset") == f"{default_storage.url(hero)} 300w"
    # 300 / (21 / 9) = 128.6 rows of the 200.
    assert (attribute(tag, "width"), attribute(tag, "height")) == ("300", "129")


def test_a_photo_turned_by_its_exif_orientation_gets_upright_renditions():
    # Stored 2000×1000 but marked "rotate 90°": the picture is 1000 wide, 2000 high.
    image = ImageFactory(file=jpeg(2000, 1000, exif=camera_exif(orientation=6)))

    assert sorted(image.renditions, key=int) == ["480", "960"]
    assert open_rendition(image, 480).size == (480, 960)
    assert open_rendition(image, 960).size == (960, 1920)
    # The stored photo is upright too, and so are the width and height the page gives.
    assert (image.width, image.height) == (1000, 2000)
    with image.file.open() as original:
        assert PillowImage.open(original).size == (1000, 2000)


def test_neither_the_stored_photo_nor_its_renditions_carry_exif_or_gps_data():
    upload = jpeg(1200, 800, exif=camera_exif())
    assert PillowImage.open(upload).getexif().get_ifd(ExifTags.IFD.GPSInfo)

    image = ImageFactory(file=upload)

    with image.file.open() as original:
        assert not PillowImage.open(original).getexif()
    for width in (480, 960):
        picture = open_rendition(image, width)
        assert "exif" not in picture.info
        assert "xmp" not in picture.info
        assert not picture.getexif()


def test_a_transparent_png_keeps_its_transparency():
    picture = PillowImage.new("RGBA", (1000, 500), (10, 74, 122, 255))
    picture.paste((0, 0, 0, 0), (0, 0, 500, 500))
    output = BytesIO()
    picture.save(output, "PNG")
    image = ImageFactory(file=SimpleUploadedFile("logo.png", output.getvalue(), "image/png"))

    rendition = open_rendition(image, 480)

    assert rendition.mode == "RGBA"
    assert rendition.getpixel((10, 120))[3] == 0
    assert rendition.getpixel((470, 120))[3] == 255


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_detail_page_offers_the_hero_crops_in_srcset(client, language):
    twin_city = TwinCityFactory(image=ImageFactory(file=jpeg(2000, 1000)))
    image = twin_city.image

    tag = figure_img(twin_city_page(client, twin_city, language).text)

    candidates = [candidate.split(" ") for candidate in attribute(tag, "srcset").split(", ")]
    assert [descriptor for _url, descriptor in candidates] == ["800w", "1280w", "1920w"]
    files = image.crops["hero"]["files"]
    assert [stored_name(url) for url, _descriptor in candidates] == [
        files["800"],
        files["1280"],
        files["1920"],
    ]
    assert all(default_storage.exists(stored_name(url)) for url, _descriptor in candidates)
    assert attribute(tag, "sizes") == "(min-width: 52rem) 50rem, calc(100vw - 2rem)"
    assert attribute(tag, "src") == default_storage.url(files["1280"])
    # The widest crop: 21:9 of the full 2000 px width is 857 px high.
    assert (attribute(tag, "width"), attribute(tag, "height")) == ("1920", "823")
    alt_text = image.alt_text_de if language == "de" else image.alt_text_en
    assert attribute(tag, "alt") == alt_text


def test_a_network_logo_keeps_its_shape_and_the_width_renditions_in_srcset(client):
    network = NetworkFactory(logo=ImageFactory(file=jpeg(2000, 1000)))
    image = network.logo
    with translation.override("en"):
        path = reverse("networks:network_detail", kwargs={"slug": network.slug})

    tag = figure_img(client.get(path).text)

    candidates = [candidate.split(" ") for candidate in attribute(tag, "srcset").split(", ")]
    assert [stored_name(url) for url, _descriptor in candidates] == [
        image.renditions["480"],
        image.renditions["960"],
        image.renditions["1600"],
        image.file.name,
    ]
    assert attribute(tag, "src") == image.file.url
    assert (attribute(tag, "width"), attribute(tag, "height")) == ("2000", "1000")


def test_an_upload_in_the_admin_gets_its_renditions(admin_client):
    response = admin_client.post(
        "/admin/ina_portal/image/add/",
        {
            "file": jpeg(1000, 600),
            "alt_text_de": "Der Friedensplatz",
            "credit": "Stadt Dortmund / Anna Beispiel",
        },
    )

    assert response.status_code == 302
    image = Image.objects.get()
    assert sorted(image.renditions, key=int) == ["480", "960"]
    assert all(default_storage.exists(name) for name in image.renditions.values())


def test_replacing_the_file_replaces_the_renditions(django_capture_on_commit_callbacks):
    image = ImageFactory(file=jpeg(2000, 1000))
    old_renditions = list(image.renditions.values())

    image = Image.objects.get(pk=image.pk)
    image.file = jpeg(1200, 900)
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    image.refresh_from_db()
    assert sorted(image.renditions, key=int) == ["480", "960"]
    assert open_rendition(image, 960).size == (960, 720)
    assert not any(default_storage.exists(name) for name in old_renditions)


def test_editing_the_texts_leaves_the_renditions_alone(monkeypatch):
    image = ImageFactory(file=jpeg(1000, 500))
    renditions = image.renditions
    made = []
    monkeypatch.setattr(portal_models, "renditions_create", lambda **kwargs: made.append(kwargs))

    image = Image.objects.get(pk=image.pk)
    image.alt_text_en = "The town hall square in spring"
    image.save()
    image.save(update_fields=["credit"])

    assert made == []
    image.refresh_from_db()
    assert image.renditions == renditions


def test_make_renditions_fills_in_missing_renditions_once():
    untouched = ImageFactory(file=jpeg(1000, 500))
    from_before = ImageFactory(file=jpeg(2000, 1000))
    files_lost = ImageFactory(file=jpeg(600, 300))
    tiny = ImageFactory(file=jpeg(300, 150))
    Image.objects.filter(pk=from_before.pk).update(renditions=None)
    default_storage.delete(files_lost.renditions["480"])

    first, second = StringIO(), StringIO()
    call_command("make_renditions", stdout=first)
    call_command("make_renditions", stdout=second)

    assert first.getvalue().strip() == "Renditions made for 2 images."
    assert second.getvalue().strip() == "Renditions made for 0 images."
    from_before.refresh_from_db()
    assert sorted(from_before.renditions, key=int) == ["480", "960", "1600"]
    assert default_storage.exists(files_lost.renditions["480"])
    assert Image.objects.get(pk=untouched.pk).renditions == untouched.renditions
    assert Image.objects.get(pk=tiny.pk).renditions == {}


def test_make_renditions_reports_images_whose_file_is_gone():
    image = ImageFactory(file=jpeg(1000, 500))
    Image.objects.filter(pk=image.pk).update(renditions=None)
    default_storage.delete(image.file.name)

    output, errors = StringIO(), StringIO()
    call_command("make_renditions", stdout=output, stderr=errors)

    assert output.getvalue().strip() == "Renditions made for 0 images."
    assert f"images {image.pk}." in errors.getvalue()


def test_replacing_the_file_of_a_generated_image_leaves_the_others_their_renditions(
    django_capture_on_commit_callbacks,
):
    bulk.generate(scale=1)
    images = list(Image.objects.all())
    assert all(list(image.renditions) == ["480"] for image in images)

    first, *others = images
    first.file = jpeg(800, 400)
    with django_capture_on_commit_callbacks(execute=True):
        first.save()

    assert all(default_storage.exists(image.renditions["480"]) for image in others)


def test_the_admin_shows_renditions_not_the_full_size_photos(admin_client):
    image = ImageFactory(file=jpeg(2000, 1000))
    thumb = default_storage.url(image.crops["thumb"]["files"]["160"])
    medium = default_storage.url(image.renditions["960"])

    listing = admin_client.get(reverse("admin:ina_portal_image_changelist")).text
    form = admin_client.get(reverse("admin:ina_portal_image_change", args=[image.pk])).text

    assert f'<img src="{thumb}" alt="{image.alt_text}" width="80" height="80">' in listing
    assert f'<img src="{medium}" alt="" width="480" height="240">' in form
    assert f'src="{image.file.url}"' not in listing


def test_an_upload_is_kept_when_its_renditions_cannot_be_made(client, monkeypatch):
    # The storage fails to read the stored upload back (a network storage's hiccup).
    def unreadable(name, mode="rb"):
        raise OSError("storage unavailable")

    monkeypatch.setattr(default_storage, "open", unreadable)
    image = ImageFactory(file=jpeg(2000, 1000))
    monkeypatch.undo()
    twin_city = TwinCityFactory(image=image)

    tag = figure_img(twin_city_page(client, twin_city, "de").text)

    stored = Image.objects.get(pk=image.pk)
    assert stored.renditions is None, "make_renditions tries again"
    assert stored.crops is None
    assert default_storage.exists(image.file.name)
    # The original stands in for the hero, cut to its ratio by the style sheet.
    assert attribute(tag, "src") == image.file.url
    assert attribute(tag, "srcset") is None
    assert "picture--cover" in attribute(tag, "class")
    call_command("make_renditions", stdout=StringIO())
    stored = Image.objects.get(pk=image.pk)
    assert sorted(stored.renditions, key=int) == ["480", "960", "1600"]
    assert sorted(stored.crops) == ["card", "hero", "thumb"]
