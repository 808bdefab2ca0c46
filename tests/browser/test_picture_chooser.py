"""An editor chooses a twin city's picture by its thumbnail and marks its focal point; the
public list's card shows the crop of the card's ratio around that point."""

from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from playwright.sync_api import expect

from ina_portal.base.models import Image
from tests.factories import CityFactory, TwinCityFactory

PASSWORD = "Bildauswahl-mit-Fokus"
RED = (200, 20, 30)
GREY = (120, 120, 120)


def portrait_with_a_red_corner():
    """600 × 1200 px of grey with a red square of 300 px in the top-left corner: a card
    (3:2) cut around the middle shows no red, one cut around the corner shows some."""
    picture = PILImage.new("RGB", (600, 1200), GREY)
    picture.paste(RED, (0, 0, 300, 300))
    buffer = BytesIO()
    picture.save(buffer, "PNG")
    return SimpleUploadedFile("ecke.png", buffer.getvalue(), "image/png")


def plain_picture():
    buffer = BytesIO()
    PILImage.new("RGB", (900, 600), (20, 60, 160)).save(buffer, "PNG")
    return SimpleUploadedFile("himmel.png", buffer.getvalue(), "image/png")


def is_close(colour, expected, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(colour[:3], expected, strict=True))


def test_editor_picks_a_picture_by_its_thumbnail_and_the_card_is_cut_around_its_focal_point(
    new_page,
):
    get_user_model().objects.create_superuser("bildredaktion", "bild@example.org", PASSWORD)
    Image.objects.create(
        file=plain_picture(), alt_text_de="Blauer Himmel", alt_text_en="Blue sky", credit="Stadt"
    )
    Image.objects.create(
        file=portrait_with_a_red_corner(),
        alt_text_de="Rotes Dach an der Ecke",
        alt_text_en="Red roof at the corner",
        credit="Stadt Dortmund / Test",
    )
    twin_city = TwinCityFactory(city=CityFactory(name_de="Amiens", name_en="Amiens"), image=None)
    admin = new_page(locale="en-GB")
    reader = new_page(locale="en-GB")

    admin.goto("/admin/")
    admin.get_by_label("Username").fill("bildredaktion")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    admin.goto(reverse("admin:partnerships_twincity_change", args=[twin_city.pk]))
    expect(admin.locator(".image-chooser__empty")).to_have_text("No picture chosen.")

    with admin.expect_popup() as popup_info:
        admin.get_by_role("link", name="Choose a picture").click()
    chooser = popup_info.value
    chooser.wait_for_load_state()
    # The list shows thumbnails and searches alternative texts and credits.
    chooser.locator("#searchbar").fill("roof")
    chooser.locator("#searchbar").press("Enter")
    expect(chooser.get_by_role("img", name="Blue sky")).to_have_count(0)
    with chooser.expect_event("close"):
        chooser.get_by_role("img", name="Red roof at the corner").click()

    chosen = admin.locator(".image-chooser__picture")
    expect(chosen.locator(".image-chooser__alt")).to_have_text("Red roof at the corner")
    expect(chosen.locator(".image-chooser__credit")).to_have_text("Stadt Dortmund / Test")
    thumbnail = chosen.locator("img")
    expect(thumbnail).to_be_visible()
    admin.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=thumbnail.element_handle()
    )

    # The picture's own form, from the pencil beside the chooser: click the red corner.
    with admin.expect_popup() as popup_info:
        admin.locator("#change_id_image").click()
    picture_form = popup_info.value
    picture_form.wait_for_load_state()
    preview = picture_form.locator(".focal-point img")
    box = preview.bounding_box()
    preview.click(position={"x": box["width"] * 0.25, "y": box["height"] * 0.125})
    expect(picture_form.locator("#id_focal_x")).to_have_value("0.25")
    expect(picture_form.locator("#id_focal_y")).to_have_value("0.13")
    expect(picture_form.locator(".focal-point__marker")).to_be_visible()
    with picture_form.expect_event("close"):
        picture_form.locator("input[name=_save]").click()

    admin.locator("input[name=_save]").click()
    expect(admin.locator(".messagelist")).to_contain_text("was changed successfully")

    with translation.override("en"):
        reader.goto(reverse("partnerships:twincity_list"))
    card = reader.locator(".card", has=reader.get_by_role("link", name="Amiens", exact=True))
    picture = card.get_by_role("img", name="Red roof at the corner")
    expect(picture).to_have_attribute("loading", "lazy")
    picture.scroll_into_view_if_needed()
    reader.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    width, height = int(picture.get_attribute("width")), int(picture.get_attribute("height"))
    assert abs(width / height - 3 / 2) < 0.01, "the page reserves the card's 3:2 box"

    response = reader.request.get(picture.evaluate("img => img.currentSrc"))
    assert response.ok
    shown = PILImage.open(BytesIO(response.body())).convert("RGB")
    assert abs(shown.width / shown.height - 3 / 2) < 0.01, shown.size
    # The card holds the top of the picture: red where the corner is, grey beside it.
    assert is_close(shown.getpixel((shown.width // 4, shown.height // 4)), RED)
    assert is_close(shown.getpixel((shown.width * 3 // 4, shown.height // 2)), GREY)
