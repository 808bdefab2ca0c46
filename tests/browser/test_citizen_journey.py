"""A citizen's way through the public site in a real browser, in German and in English."""

import re

from playwright.sync_api import expect

from tests.factories import CityFactory, ProjectPartnershipFactory, TopicFactory, TwinCityFactory


def language_switch(page):
    return page.locator("nav.language-switch")


def test_home_page_is_german_at_de(page):
    page.goto("/de/")

    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page).to_have_title(re.compile(r"^Startseite – Büro für Internationale Beziehungen"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dortmund in der Welt")


def test_home_page_is_english_at_en(page):
    page.goto("/en/")

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_title(re.compile(r"^Home – Office for International Relations"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dortmund in the world")


def test_english_speaking_browser_is_sent_from_the_root_to_the_english_site(new_page):
    page = new_page(locale="en-GB")

    page.goto("/")

    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_german_speaking_browser_is_sent_from_the_root_to_the_german_site(new_page):
    page = new_page(locale="de-DE")

    page.goto("/")

    expect(page).to_have_url(re.compile(r"/de/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")


def test_language_switch_keeps_the_reader_on_the_same_twin_city(page):
    TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", name_en="Rostov-on-Don", slug="rostov-on-don")
    )
    TwinCityFactory(city=CityFactory(name_de="Netanja", name_en="Netanya", slug="netanya"))

    page.goto("/de/staedtepartnerschaften/")
    page.get_by_role("link", name="Rostow am Don").click()
    expect(page).to_have_url(re.compile(r"/de/staedtepartnerschaften/rostov-on-don/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostow am Don")

    language_switch(page).get_by_role("link", name="English").click()

    expect(page).to_have_url(re.compile(r"/en/twin-cities/rostov-on-don/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostov-on-Don")

    language_switch(page).get_by_role("link", name="Deutsch").click()

    expect(page).to_have_url(re.compile(r"/de/staedtepartnerschaften/rostov-on-don/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostow am Don")


def test_language_switch_keeps_the_chosen_project_partnership_filter(page):
    climate = TopicFactory(name_de="Klimaschutz", name_en="Climate protection", slug="climate")
    innovation = TopicFactory(name_de="Innovation", name_en="Innovation", slug="innovation")
    ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        title_en="Climate partnership with Kumasi",
        topics=[climate],
    )
    ProjectPartnershipFactory(
        title_de="Innovationspartnerschaft mit Pittsburgh",
        title_en="Innovation partnership with Pittsburgh",
        topics=[innovation],
    )

    page.goto("/de/projektpartnerschaften/")
    expect(page.get_by_role("link", name="Innovationspartnerschaft mit Pittsburgh")).to_be_visible()
    page.get_by_role("combobox", name="Thema").select_option(label="Klimaschutz")
    page.get_by_role("button", name="Filter anwenden").click()

    expect(page).to_have_url(re.compile(r"/de/projektpartnerschaften/\?.*topic=climate"))
    expect(page.get_by_role("link", name="Klimapartnerschaft mit Kumasi")).to_be_visible()
    expect(page.get_by_role("link", name="Innovationspartnerschaft mit Pittsburgh")).to_have_count(
        0
    )

    language_switch(page).get_by_role("link", name="English").click()

    expect(page).to_have_url(re.compile(r"/en/project-partnerships/\?.*topic=climate"))
    expect(page.get_by_role("combobox", name="Topic")).to_have_value("climate")
    expect(page.get_by_role("combobox", name="Topic").locator("option:checked")).to_have_text(
        "Climate protection"
    )
    expect(page.get_by_role("link", name="Climate partnership with Kumasi")).to_be_visible()
    expect(page.get_by_role("link", name="Innovation partnership with Pittsburgh")).to_have_count(0)
