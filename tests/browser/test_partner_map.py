"""The partner map in a real browser: markers opened by keyboard, and a phone-sized screen."""

import re
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from playwright.sync_api import expect

from tests.factories import CityFactory, ProjectPartnershipFactory, TwinCityFactory


def partners():
    TwinCityFactory(
        city=CityFactory(
            name_de="Amiens",
            name_en="Amiens",
            slug="amiens",
            country="FR",
            latitude=Decimal("49.89410"),
            longitude=Decimal("2.29580"),
        ),
        since=1960,
    )
    ProjectPartnershipFactory(
        partner_cities=[
            CityFactory(
                name_de="Kumasi",
                slug="kumasi",
                country="GH",
                latitude=Decimal("6.68850"),
                longitude=Decimal("-1.62440"),
            )
        ]
    )


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never got the focus in {limit} tabs")


def test_a_map_marker_is_reached_with_the_keyboard_shows_its_focus_and_opens_the_city(page):
    partners()
    page.goto("/de/")
    marker = page.locator('#partner-map-europe a.map-marker[data-city="amiens"]')
    expect(marker).to_have_accessible_name("Amiens, Frankreich – Partnerstadt seit 1960")

    tab_to(page, '#partner-map-europe a.map-marker[data-city="amiens"]')

    ring = marker.locator(".map-marker__focus")
    expect(ring).to_have_css("fill", "rgb(255, 191, 71)")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/beziehungen/amiens/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dortmund und Amiens")


def test_the_map_fits_a_phone_screen_with_markers_big_enough_to_see(new_page):
    partners()
    page = new_page(locale="en-GB")
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/en/")

    svg = page.locator("#partner-map-world svg.partner-map__svg").bounding_box()
    kumasi = page.locator('a.map-marker[data-city="kumasi"] .map-marker__shape').bounding_box()

    assert svg["width"] <= 360
    assert svg["x"] >= 0
    assert kumasi["width"] >= 6
    assert svg["x"] <= kumasi["x"] <= svg["x"] + svg["width"]


def test_on_a_phone_every_marker_is_24_pixels_wide_and_reached_by_keyboard_with_a_view_of_europe(
    new_page,
):
    call_command("load_demo_content", stdout=StringIO())
    page = new_page(locale="en-GB")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/en/")

    expect(page.locator("#partner-map-europe")).to_contain_text("Europe")
    targets = page.locator(".partner-map a.map-marker, .partner-map a.map-group")
    europe = page.locator("#partner-map-europe a.map-marker")
    # The demo's European partner cities are one group on the world view, apart on Europe's.
    assert europe.count() >= 8
    assert page.locator('#partner-map-world a.map-group[href="#partner-map-europe"]').count() == 1
    boxes = [target.bounding_box() for target in targets.all()]
    assert all(box["width"] >= 24 and box["height"] >= 24 for box in boxes), boxes
    assert max(box["x"] + box["width"] for box in boxes) <= 390

    reached = set()
    for _ in range(targets.count() + 60):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.getAttribute('aria-label')"))
    labels = {target.get_attribute("aria-label") for target in targets.all()}
    assert labels <= reached, labels - reached
