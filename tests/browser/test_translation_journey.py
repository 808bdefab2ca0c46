"""An editor revises a German text in a real browser: the translations dashboard then
lists the English one as older. The form sends every text area back (with CRLF line
endings) and the dates at the seconds its inputs show; none of that may count as an
edit of the English text."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from partnerships.models import TwinCity
from tests.factories import CityFactory, TwinCityFactory

PASSWORD = "Uebersetzung-2026"


def sign_in(page, username):
    page.goto("/admin/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()


def test_a_german_edit_after_the_english_shows_on_the_translations_dashboard(page):
    editor = get_user_model().objects.create_user("lektorat", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    twin_city = TwinCityFactory(
        city=CityFactory(name_de="Leeds", name_en="Leeds"),
        story_de="Seit 1969.\n\nSchulen besuchen einander.",
        story_en="Since 1969.\n\nSchools visit each other.",
    )
    sign_in(page, "lektorat")
    page.get_by_role("link", name="Übersetzungen", exact=False).click()
    expect(page.locator("#content-main")).not_to_contain_text("Leeds")

    page.goto(f"/admin/partnerships/twincity/{twin_city.pk}/change/")
    page.locator("[aria-controls='tab_id_story_de']").click()
    # The text area, or the rich-text editor that stands in for it.
    german = (
        page.locator("#tab_id_story_de")
        .locator("textarea, [contenteditable='true']")
        .filter(visible=True)
    )
    german.fill("Seit 1969.\n\nSchulen und Chöre besuchen einander.")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("erfolgreich geändert")

    page.goto("/admin/")
    page.get_by_role("link", name="Übersetzungen", exact=False).click()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name="Leeds"))
    expect(row.get_by_role("cell").nth(2)).to_have_text("Geschichte")

    versions = TwinCity.history.filter(id=twin_city.pk)
    assert versions.count() == 2
    assert versions.first().story_en == versions.last().story_en
