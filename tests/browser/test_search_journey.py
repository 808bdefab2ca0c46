"""A citizen searches the site from the header's search box, in German and in English."""

import re

from playwright.sync_api import expect

from tests.factories import CityFactory, PersonFactory, ProjectPartnershipFactory


def climate_partnership():
    partnership = ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        title_en="Climate partnership with Kumasi",
        slug="climate-partnership-kumasi",
        teaser_de="Dortmund und Kumasi in Ghana lernen voneinander.",
        teaser_en="Dortmund and Kumasi in Ghana learn from each other.",
        partner_cities=[CityFactory(name_de="Kumasi", name_en="Kumasi", country="GH")],
    )
    PersonFactory(
        first_name="Felicia", last_name="Schenkelberg", project_partnerships=[partnership]
    )
    return partnership


def test_a_citizen_types_kumasi_into_the_header_and_opens_the_climate_partnership(page):
    climate_partnership()
    page.goto("/de/")

    search_box = page.get_by_role("search", name="Suche auf der Website").get_by_role(
        "searchbox", name="Portal durchsuchen"
    )
    search_box.fill("Kumasi")
    search_box.press("Enter")

    expect(page).to_have_url(re.compile(r"/de/suche/\?q=Kumasi$"))
    expect(page).to_have_title(re.compile(r"^Suche nach „Kumasi“ – "))
    expect(page.locator(".result-count")).to_have_text("2 Treffer für „Kumasi“")
    expect(page.get_by_role("heading", level=2, name="Projektpartnerschaften (1)")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Ansprechpersonen (1)")).to_be_visible()
    expect(page.locator(".search-hit mark").first).to_have_text("Kumasi")

    page.get_by_role("link", name="Klimapartnerschaft mit Kumasi").click()

    expect(page).to_have_url(re.compile(r"/de/projektpartnerschaften/climate-partnership-kumasi/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Klimapartnerschaft mit Kumasi")


def test_an_english_reader_searches_with_the_keyboard_and_narrows_to_one_type(new_page):
    climate_partnership()
    page = new_page(locale="en-GB")
    page.goto("/en/")

    # Skip link, Leichte Sprache, Gebärdensprache, brand, the language switch (here
    # "Deutsch"), then the search box: reachable from the keyboard.
    for _n in range(6):
        page.keyboard.press("Tab")
    expect(page.get_by_role("searchbox", name="Search the portal")).to_be_focused()
    page.keyboard.type("kumasi")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/en/search/\?q=kumasi$"))
    expect(page.locator(".result-count")).to_have_text("2 results for “kumasi”")

    page.get_by_role("navigation", name="Results by type").get_by_role(
        "link", name="Contacts (1)"
    ).click()

    expect(page).to_have_url(re.compile(r"/en/search/\?q=kumasi&type=people$"))
    expect(page.get_by_role("link", name="Felicia Schenkelberg")).to_be_visible()
    expect(page.get_by_role("link", name="Climate partnership with Kumasi")).to_have_count(0)
