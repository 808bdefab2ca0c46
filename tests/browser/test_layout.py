"""The public site on phones, tablets and desktops: no sideways scrolling, a small header on
a phone, the German menu on one row on a desktop, and the menu button as a disclosure."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

# One page per kind, in both languages (the demo content's records).
PAGES = [
    "/de/",
    "/de/staedtepartnerschaften/",
    "/de/staedtepartnerschaften/leeds/",
    "/de/projektpartnerschaften/",
    "/de/staedtenetzwerke/",
    "/de/nachhaltigkeitsziele/",
    "/de/nachhaltigkeitsziele/13/",
    "/de/veranstaltungen/",
    "/de/aktuelles/",
    "/de/beziehungen/leeds/",
    "/de/team/",
    "/de/offene-daten/",
    "/en/",
    "/en/twin-cities/amiens/",
    "/en/sustainable-development-goals/goals-and-pillars/",
    "/en/golden-book/",
    "/en/visits/",
    "/en/events/",
    "/en/news/",
    "/en/search/?q=Dortmund",
    "/en/enquiry/",
]
WIDTHS = [320, 390, 768, 1280]


@pytest.fixture
def demo_page(new_page):
    call_command("load_demo_content", stdout=StringIO())
    return new_page()


def test_no_page_scrolls_sideways_at_any_width(demo_page):
    wide = []
    for width in WIDTHS:
        demo_page.set_viewport_size({"width": width, "height": 844})
        for path in PAGES:
            assert demo_page.goto(path).status == 200, path
            document = demo_page.evaluate("document.documentElement.scrollWidth")
            if document > width:
                wide.append(f"{path} at {width} px: {document} px wide")
    assert not wide, "\n".join(wide)


def test_on_a_phone_the_header_takes_at_most_a_quarter_of_the_screen(demo_page):
    demo_page.set_viewport_size({"width": 390, "height": 844})
    for path in ["/de/", "/en/events/"]:
        demo_page.goto(path)
        header = demo_page.locator("header.site-header").bounding_box()
        assert header["height"] <= 844 / 4, (path, header)
        expect(demo_page.get_by_role("searchbox")).to_be_visible()


def test_the_german_menu_fits_on_one_row_at_1280_pixels(demo_page):
    demo_page.set_viewport_size({"width": 1280, "height": 900})
    demo_page.goto("/de/")

    links = demo_page.locator("#site-nav a")
    tops = {round(link.bounding_box()["y"]) for link in links.all()}
    assert links.count() == 7
    assert len(tops) == 1, tops
    expect(demo_page.locator(".menu-toggle")).to_be_hidden()


def test_on_a_phone_the_menu_button_opens_and_closes_the_menu_by_keyboard(demo_page):
    demo_page.set_viewport_size({"width": 390, "height": 844})
    demo_page.goto("/en/")
    button = demo_page.get_by_role("button", name="Menu")
    nav = demo_page.get_by_role("navigation", name="Main navigation")

    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_have_attribute("aria-controls", "site-nav")
    expect(nav.get_by_role("link", name="Twin cities")).to_be_hidden()
    button.focus()
    demo_page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(nav.get_by_role("link", name="Twin cities")).to_be_visible()
    demo_page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    demo_page.keyboard.press("Space")
    expect(nav.get_by_role("link", name="Twin cities")).to_be_visible()


def test_without_javascript_the_menu_link_opens_the_menu(browser, live_server, demo_page):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/en/")
    nav = page.get_by_role("navigation", name="Main navigation")
    expect(nav.get_by_role("link", name="Twin cities")).to_be_hidden()

    page.get_by_role("link", name="Menu").click()

    expect(nav.get_by_role("link", name="Twin cities")).to_be_visible()
    context.close()
