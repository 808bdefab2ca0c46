"""An editor's way through the admin in a real browser, under the production CSP: a new
twin city with German and English text and a credited picture goes public, and back."""

import re
from io import BytesIO

from django.contrib.auth import get_user_model
from PIL import Image as PILImage
from playwright.sync_api import expect

from .rich_text import fill_text

PASSWORD = "Partnerstadt-seit-1982"


def png(width=160, height=90):
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "#0a4a7a").save(buffer, "PNG")
    return buffer.getvalue()


def fill_translated(page, field, *, de, en):
    """Fill a field in the German and the English tab of the tabbed translation admin."""
    page.locator(f"[aria-controls='tab_id_{field}_de']").click()
    fill_text(page, f"{field}_de", de)
    page.locator(f"[aria-controls='tab_id_{field}_en']").click()
    expect(page.locator(f"#tab_id_{field}_de")).to_be_hidden()
    fill_text(page, f"{field}_en", en)


def add_in_popup(page, field):
    """Open the admin's "+" popup next to a foreign key and return the popup window."""
    with page.expect_popup() as popup:
        page.locator(f"#add_id_{field}").click()
    popup = popup.value
    popup.wait_for_load_state()
    return popup


def save_popup(popup):
    with popup.expect_event("close"):
        popup.locator("input[name=_save]").click()


def test_editor_publishes_a_twin_city_with_a_credited_picture_and_withdraws_it(new_page):
    get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", PASSWORD)
    admin = new_page(locale="de-DE")
    reader = new_page(locale="de-DE")

    admin.goto("/admin/")
    admin.get_by_label("Benutzername").fill("redaktion")
    admin.get_by_label("Passwort").fill(PASSWORD)
    admin.get_by_role("button", name="Anmelden").click()
    admin.get_by_role("link", name="Partnerstädte", exact=True).click()
    admin.get_by_role("link", name="Partnerstadt hinzufügen", exact=True).click()
    expect(admin.get_by_role("heading", level=1)).to_contain_text("Partnerstadt hinzufügen")

    city = add_in_popup(admin, "city")
    fill_translated(city, "name", de="Rostow am Don", en="Rostov-on-Don")
    expect(city.locator("#id_slug")).to_have_value("rostow-am-don")
    city.locator("#id_country").select_option("RU")
    city.locator("#id_latitude").fill("47.23571")
    city.locator("#id_longitude").fill("39.70151")
    save_popup(city)
    expect(admin.locator("#select2-id_city-container")).to_have_text("Rostow am Don (Russland)")

    admin.locator("#id_since").fill("1977")
    fill_translated(
        admin,
        "teaser",
        de="Partnerstadt am Don seit 1977.",
        en="Twinned with the city on the Don since 1977.",
    )
    fill_translated(
        admin,
        "story",
        de="Schulen und Vereine beider Städte besuchen einander.",
        en="Schools and clubs of both cities visit each other.",
    )

    image = add_in_popup(admin, "image")
    image.locator("#id_file").set_input_files(
        {"name": "ufer.png", "mimeType": "image/png", "buffer": png()}
    )
    fill_translated(
        image,
        "alt_text",
        de="Das Ufer des Don in Rostow am Abend",
        en="The bank of the Don in Rostov in the evening",
    )
    image.locator("#id_credit").fill("Stadt Dortmund / Anna Beispiel")
    save_popup(image)
    # The chooser shows the new picture by its thumbnail, alternative text and credit.
    chosen = admin.locator(".image-chooser__picture")
    expect(chosen.locator(".image-chooser__alt")).to_have_text(
        "Das Ufer des Don in Rostow am Abend"
    )
    expect(chosen.locator("img")).to_be_visible()

    admin.locator("#id_publication_status").select_option(label="Veröffentlicht")
    admin.locator("input[name=_save]").click()
    expect(admin.locator(".messagelist")).to_contain_text("erfolgreich hinzugefügt")

    reader.goto("/de/staedtepartnerschaften/")
    # the city's card; the partner map lists the city too
    reader.get_by_role("article").get_by_role("link", name="Rostow am Don", exact=True).click()
    expect(reader).to_have_url(re.compile(r"/de/staedtepartnerschaften/rostow-am-don/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text("Rostow am Don")
    expect(reader.locator(".lead")).to_have_text("Partnerstadt am Don seit 1977.")
    picture = reader.get_by_role("img", name="Das Ufer des Don in Rostow am Abend")
    expect(picture).to_be_visible()
    # The hero crop (21:9) of the 160 × 90 px upload, loaded.
    assert (picture.get_attribute("width"), picture.get_attribute("height")) == ("160", "69")
    assert picture.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(reader.locator("figure", has=picture).locator("figcaption")).to_have_text(
        "Bild: Stadt Dortmund / Anna Beispiel"
    )

    language_switch = reader.get_by_role("navigation", name="Sprache")
    language_switch.get_by_role("link", name="English", exact=True).click()
    expect(reader).to_have_url(re.compile(r"/en/twin-cities/rostow-am-don/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text("Rostov-on-Don")
    expect(reader.locator(".lead")).to_have_text("Twinned with the city on the Don since 1977.")
    picture = reader.get_by_role("img", name="The bank of the Don in Rostov in the evening")
    expect(picture).to_be_visible()
    expect(reader.locator("figure", has=picture).locator("figcaption")).to_have_text(
        "Picture: Stadt Dortmund / Anna Beispiel"
    )

    admin.get_by_role("checkbox", name="Rostow am Don").check()
    admin.get_by_role("combobox", name="Aktion").select_option(
        label="Ausgewählte Einträge zurück in den Entwurf"
    )
    admin.locator(".actions button[type=submit]").click()
    expect(admin.locator(".messagelist")).to_contain_text("1 Eintrag geändert.")

    for path in ["/de/staedtepartnerschaften/rostow-am-don/", "/en/twin-cities/rostow-am-don/"]:
        assert reader.request.get(path).status == 404
    for path in ["/de/staedtepartnerschaften/", "/en/twin-cities/"]:
        reader.goto(path)
        expect(reader.locator("main")).not_to_contain_text("Rostow")
        expect(reader.locator("main")).not_to_contain_text("Rostov")
