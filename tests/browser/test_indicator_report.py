"""The sustainability report as a reader prints it: Chromium's print to PDF, without the
site's navigation, search and footer, with the charts, each goal on a page of its own."""

import io
import re
import unicodedata
from decimal import Decimal

from playwright.sync_api import expect
from pypdf import PdfReader

from sdg.models import Direction, Goal
from tests.factories import IndicatorFactory, LocalTargetFactory, ObservationFactory
from tests.urls import url


def climate_figures():
    """Goal 13: two targets, each with an indicator of five values; one more indicator."""
    for n, (start, target) in enumerate([("8.50", 4), ("31.5", 20)], start=1):
        local_target = LocalTargetFactory(
            code=f"13.{n}.1",
            title_en=f"Climate target {n}",
            target_value=Decimal(target),
            target_year=2030,
            direction=Direction.DOWN,
        )
        indicator = IndicatorFactory(
            slug=f"climate-{n}",
            title_en=f"Climate indicator {n}",
            local_target=local_target,
            decimals=2,
        )
        for step, year in enumerate(range(2015, 2025, 2)):
            value = Decimal(start) - Decimal("0.3") * step
            ObservationFactory(indicator=indicator, year=year, value=value)
    other = IndicatorFactory(slug="heat-days", title_en="Hot days a year", decimals=0)
    for year, value in [(2018, 9), (2022, 14)]:
        ObservationFactory(indicator=other, year=year, value=Decimal(value))


def pdf_pages(page):
    """The text of each page of the page printed to A4: ligatures ("ﬀ") undone,
    whitespace collapsed."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", pdf_page.extract_text()))
        for pdf_page in reader.pages
    ]


def test_the_printed_report_sums_up_each_goal_on_its_own_page_without_the_navigation(new_page):
    climate_figures()
    page = new_page(locale="en-GB")
    page.goto(url("sdg:report", "en"))
    expect(page.get_by_role("link", name="Report for goal 13, ready to print")).to_have_count(1)

    page.emulate_media(media="print")

    expect(page.get_by_role("navigation", name="Main navigation")).to_be_hidden()
    expect(page.get_by_role("search")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Legal information")).to_be_hidden()
    expect(page.locator("footer")).to_be_hidden()
    # The report of every goal sums up in tables; the charts are in each goal's report.
    expect(page.locator("svg.chart")).to_have_count(0)

    pages = pdf_pages(page)

    # Every goal begins a page (.report__goal breaks before it), and a goal's summary
    # fits on it: 17 pages, or 18 if the title page's introduction pushes goal 1 on.
    assert 17 <= len(pages) <= 18, len(pages)
    text = " ".join(pages)
    assert "The city's sustainability report" in pages[0]
    assert "Climate target 1" in text and "Hot days a year" in text
    for chrome in ("Twin cities", "Search the portal", "Imprint", "Privacy notice"):
        assert chrome not in text, f"{chrome!r} is printed"
    # each goal's badge and title on the page it begins, one page after the other
    first_pages = [
        next(n for n, text in enumerate(pages) if f"{goal.number} {goal.title_en}" in text)
        for goal in Goal.objects.all()
    ]
    assert first_pages == sorted(set(first_pages)), first_pages


def test_the_printed_report_of_one_goal_fits_on_few_pages_in_german(new_page):
    climate_figures()
    page = new_page()
    page.goto(url("sdg:goal_report", "de", number=13))
    page.emulate_media(media="print")
    expect(page.locator("svg.chart").first).to_be_visible()

    pages = pdf_pages(page)

    # Heading, the status rule, two targets with a chart and a table each, one more
    # indicator: one to three A4 pages.
    assert 1 <= len(pages) <= 3, len(pages)
    text = " ".join(pages)
    assert "Maßnahmen zum Klimaschutz" in text
    assert "8,50" in text and "7,30" in text, "the table's numbers in German format"
    assert "Impressum" not in text and "Datenschutz" not in text
