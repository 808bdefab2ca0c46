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
    # the city's card; the partner map lists the city too
    page.get_by_role("article").get_by_role("link", name="Rostow am Don", exact=True).click()
    expect(page).to_have_url(re.compile(r"/de/staedtepartnerschaften/rostov-on-don/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostow am Don")

    language_switch(page).get_by_role("link", name="English", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/twin-cities/rostov-on-don/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostov-on-Don")

    language_switch(page).get_by_role("link", name="Deutsch", exact=True).click()

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
    expect(
        page.get_by_role("link", name="Innovationspartnerschaft mit Pittsburgh", exact=True)
    ).to_be_visible()
    page.get_by_role("combobox", name="Thema").select_option(label="Klimaschutz")
    page.get_by_role("button", name="Filter anwenden").click()

    expect(page).to_have_url(re.compile(r"/de/projektpartnerschaften/\?.*topic=climate"))
    expect(
        page.get_by_role("link", name="Klimapartnerschaft mit Kumasi", exact=True)
    ).to_be_visible()
    expect(
        page.get_by_role("link", name="Innovationspartnerschaft mit Pittsburgh", exact=True)
    ).to_have_count(0)

    language_switch(page).get_by_role("link", name="English", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/project-partnerships/\?.*topic=climate"))
    expect(page.get_by_role("combobox", name="Topic")).to_have_value("climate")
    expect(page.get_by_role("combobox", name="Topic").locator("option:checked")).to_have_text(
        "Climate protection"
    )
    expect(
        page.get_by_role("link", name="Climate partnership with Kumasi", exact=True)
    ).to_be_visible()
    expect(
        page.get_by_role("link", name="Innovation partnership with Pittsburgh", exact=True)
    ).to_have_count(0)


def test_citizen_browses_twin_cities_and_finds_a_climate_partnership_in_their_language(
    new_page,
):
    TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", name_en="Rostov-on-Don", slug="rostov-on-don")
    )
    climate = TopicFactory(name_de="Klimaschutz", name_en="Climate protection", slug="climate")
    ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        title_en="Climate partnership with Kumasi",
        slug="climate-partnership-kumasi",
        partner_cities=[CityFactory(name_de="Kumasi", name_en="Kumasi", country="GH")],
        topics=[climate],
        lead_department_de="Umweltamt",
        lead_department_en="Environmental Office",
    )
    ProjectPartnershipFactory(
        title_de="Innovationspartnerschaft mit Pittsburgh",
        title_en="Innovation partnership with Pittsburgh",
        topics=[TopicFactory(name_de="Innovation", name_en="Innovation", slug="innovation")],
    )
    page = new_page(locale="en-GB")
    menu = page.get_by_role("navigation", name="Main navigation")

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    menu.get_by_role("link", name="Twin cities", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Twin cities")
    page.get_by_role("article").get_by_role("link", name="Rostov-on-Don", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostov-on-Don")

    language_switch(page).get_by_role("link", name="Deutsch", exact=True).click()
    expect(page).to_have_url(re.compile(r"/de/staedtepartnerschaften/rostov-on-don/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Rostow am Don")

    menu = page.get_by_role("navigation", name="Hauptnavigation")
    menu.get_by_role("link", name="Projektpartnerschaften", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Projektpartnerschaften")
    page.get_by_role("combobox", name="Thema").select_option(label="Klimaschutz")
    page.get_by_role("button", name="Filter anwenden").click()
    expect(page.get_by_role("status")).to_have_text("1 Projektpartnerschaft")
    expect(
        page.get_by_role("link", name="Innovationspartnerschaft mit Pittsburgh", exact=True)
    ).to_have_count(0)
    page.get_by_role("link", name="Klimapartnerschaft mit Kumasi", exact=True).click()

    expect(page).to_have_url(re.compile(r"/de/projektpartnerschaften/climate-partnership-kumasi/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Klimapartnerschaft mit Kumasi")
    expect(page.locator(".facts")).to_contain_text("Kumasi (Ghana)")
    expect(page.locator(".facts")).to_contain_text("Umweltamt")
    language_switch(page).get_by_role("link", name="English", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Climate partnership with Kumasi")
    expect(page.locator(".facts")).to_contain_text("Environmental Office")


def test_reader_goes_from_a_goal_to_the_partnership_that_serves_it_and_back(page):
    ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        title_en="Climate partnership with Kumasi",
        goals=[13, 17],
    )
    ProjectPartnershipFactory(
        title_de="Schulpartnerschaft mit Leeds", title_en="School partnership with Leeds", goals=[4]
    )

    page.goto("/de/nachhaltigkeitsziele/")
    page.get_by_role("link", name="Ziel 13 Maßnahmen zum Klimaschutz", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Ziel 13 Maßnahmen zum Klimaschutz")
    expect(page.get_by_role("link", name="Schulpartnerschaft mit Leeds", exact=True)).to_have_count(
        0
    )
    page.get_by_role("link", name="Klimapartnerschaft mit Kumasi", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Klimapartnerschaft mit Kumasi")
    served = page.get_by_role("list", name="Unterstützte Nachhaltigkeitsziele")
    expect(served.get_by_role("link")).to_have_text(
        ["Ziel 13 Maßnahmen zum Klimaschutz", "Ziel 17 Partnerschaften zur Erreichung der Ziele"]
    )

    language_switch(page).get_by_role("link", name="English", exact=True).click()
    page.get_by_role("link", name="Goal 13 Climate Action", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/sustainable-development-goals/13/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Goal 13 Climate Action")
    expect(
        page.get_by_role("link", name="Climate partnership with Kumasi", exact=True)
    ).to_be_visible()


FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    name: (element.labels?.[0]?.innerText || element.innerText || "").trim(),
    focusVisible: element.matches(":focus-visible"),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    boxShadow: style.boxShadow !== "none",
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < window.innerHeight && box.left < window.innerWidth,
  };
}"""


def focused(page):
    """The element that has the keyboard focus, and whether the reader can see that."""
    return page.evaluate(FOCUSED)


def assert_focus_is_visible(page):
    element = focused(page)
    assert element["onScreen"], f"the focused element is off screen: {element}"
    assert element["focusVisible"], f"the focused element does not match :focus-visible: {element}"
    assert element["outline"] or element["boxShadow"], f"no focus indicator: {element}"


def tab_to(page, name, *, max_steps=40):
    """Press Tab until the element called `name` (its text or its label) has the focus;
    every element on the way has to show that it has the focus."""
    for _ in range(max_steps):
        page.keyboard.press("Tab")
        assert_focus_is_visible(page)
        if focused(page)["name"] == name:
            return
    raise AssertionError(f"{name!r} not reached with {max_steps} presses of Tab")


def skip_to_main(page):
    """From the top of a freshly loaded page: Tab to the skip link, which shows itself
    with a visible focus, and follow it, which moves the focus to the main content."""
    page.wait_for_load_state()
    skip_link = page.locator("a.skip-link")
    expect(skip_link).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_keyboard_only_reader_reaches_a_filtered_partnership_through_skip_link_menu_and_form(
    page,
):
    climate = TopicFactory(name_de="Klimaschutz", name_en="Climate protection", slug="climate")
    innovation = TopicFactory(name_de="Innovation", name_en="Innovation", slug="innovation")
    ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        slug="climate-partnership-kumasi",
        topics=[climate],
    )
    ProjectPartnershipFactory(
        title_de="Innovationspartnerschaft mit Pittsburgh", topics=[innovation]
    )
    page.goto("/de/")
    expect(page.locator("a.skip-link")).to_have_text("Zum Hauptinhalt springen")
    skip_to_main(page)

    page.goto("/de/")
    tab_to(page, "Projektpartnerschaften")
    assert page.evaluate("document.activeElement.closest('nav').getAttribute('aria-label')") == (
        "Hauptnavigation"
    )
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Projektpartnerschaften")

    skip_to_main(page)
    tab_to(page, "Thema")
    topic = page.get_by_role("combobox", name="Thema")
    expect(topic).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(topic).to_have_value("innovation")
    page.keyboard.type("Klima")
    expect(topic).to_have_value("climate")
    tab_to(page, "Filter anwenden")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/de/projektpartnerschaften/\?.*topic=climate.*#main$"))
    expect(
        page.get_by_role("link", name="Innovationspartnerschaft mit Pittsburgh", exact=True)
    ).to_have_count(0)
    # The form keeps the #main of the skip link in its address: the reader goes on from
    # the main content.
    tab_to(page, "Klimapartnerschaft mit Kumasi")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/de/projektpartnerschaften/climate-partnership-kumasi/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Klimapartnerschaft mit Kumasi")
