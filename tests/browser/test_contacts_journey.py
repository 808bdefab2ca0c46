"""A colleague in another department of the city finds who to call about Kumasi, opens
the person and saves the contact card, in a real browser; axe audits the internal pages
on the way."""

import re
from pathlib import Path

import vobject
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from ina_portal.editorial.roles import roles_apply
from tests.browser.test_accessibility import AXE, AXE_TAGS, RUN_AXE, format_violation
from tests.factories import CityFactory, PersonFactory, ProjectPartnershipFactory

PASSWORD = "Kumasi-Ghana-2026"


def assert_accessible(page):
    violations = page.evaluate(RUN_AXE, AXE_TAGS)
    assert not violations, "\n".join(format_violation(v) for v in violations)


def test_city_staff_member_finds_who_to_call_about_kumasi_and_saves_the_vcard(page):
    kumasi = CityFactory(name_de="Kumasi", name_en="Kumasi", slug="kumasi", country="GH")
    partnership = ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi", partner_cities=[kumasi]
    )
    PersonFactory(
        first_name="Felicia",
        last_name="Schenkelberg",
        slug="felicia-schenkelberg",
        function_de="Klimapartnerschaften",
        project_partnerships=[partnership],
    )
    PersonFactory(first_name="Sara", last_name="Stjepic", countries=["GH"])
    PersonFactory(first_name="Alessa", last_name="Heuser", countries=["FR"])
    roles_apply()
    colleague = User.objects.create_user("umweltamt.kollegin", password=PASSWORD, is_staff=True)
    colleague.groups.add(Group.objects.get(name="City staff"))
    page.context.add_init_script(path=AXE)

    page.goto("/de/intern/kontakte/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/de/intern/kontakte/$"))
    page.get_by_label("Benutzername").fill("umweltamt.kollegin")
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Kontaktverzeichnis")
    # The directory's own search, not the site search in the header.
    lookup = page.get_by_role("search", name="Kontaktverzeichnis")
    lookup.get_by_role("searchbox", name="Name, Partnerstadt, Land, Netzwerk oder Thema").fill(
        "Kumasi"
    )
    lookup.get_by_role("button", name="Suchen").click()

    expect(page.get_by_role("status")).to_have_text("2 Personen gefunden")
    results = page.locator(".directory > li")
    expect(results).to_have_count(2)
    expect(results.first.get_by_role("heading", level=2)).to_have_text("Felicia Schenkelberg")
    expect(results.first.locator("mark")).to_have_text("Klimapartnerschaft mit Kumasi")
    expect(results.nth(1).locator("mark")).to_have_text("Ghana")
    expect(results.first).to_contain_text("0231 0000-4711")
    assert_accessible(page)

    results.first.get_by_role("link", name="Felicia Schenkelberg", exact=True).click()
    expect(page).to_have_url(re.compile(r"/de/intern/kontakte/felicia-schenkelberg/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Felicia Schenkelberg")
    expect(page.get_by_text("Geheimzimmer 3.33")).to_be_visible()
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Kontaktkarte herunterladen (vCard)").click()

    download = download_info.value
    assert download.suggested_filename == "felicia-schenkelberg.vcf"
    card = vobject.readOne(Path(download.path()).read_text("utf-8"))
    assert card.fn.value == "Felicia Schenkelberg"
    assert card.title.value == "Klimapartnerschaften"
    assert {tel.value for tel in card.contents["tel"]} == {
        "0231 0000-4711",
        "0231 0000-1000",
        "0151 0000 0815",
    }
