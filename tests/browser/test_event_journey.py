"""A citizen finds next month's events and adds one to their calendar, in a real browser."""

import re
from datetime import timedelta
from pathlib import Path

from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from tests.factories import EventFactory, berlin


def next_month():
    return (timezone.localdate().replace(day=1) + timedelta(days=32)).replace(day=1)


def test_reader_finds_next_months_lecture_and_downloads_it_to_the_calendar(page):
    month = next_month()
    start = berlin(month.year, month.month, 12, 10)
    EventFactory(
        title_de="Urban Diplomacy Lecture",
        slug="urban-diplomacy-lecture",
        start=start,
        end=start + timedelta(hours=2),
    )

    page.goto("/de/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Veranstaltungen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kommende Veranstaltungen")
    page.get_by_role("link", name="Dieser Monat").click()
    page.get_by_role("link", name=re.compile(r"^Nächster Monat")).click()

    expect(page).to_have_url(re.compile(rf"/de/veranstaltungen/{month.year}/{month.month}/$"))
    expect(page.get_by_role("heading", level=2, name=re.compile(r"12\."))).to_be_visible()
    expect(page.get_by_text("12:00")).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name="„Urban Diplomacy Lecture“ in meinen Kalender übernehmen"
        ).click()

    download = download_info.value
    assert download.suggested_filename == "urban-diplomacy-lecture.ics"
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Urban Diplomacy Lecture"
    assert entry.decoded("DTSTART") == start
    assert entry["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_english_reader_opens_an_event_from_the_month(new_page):
    page = new_page(locale="en-GB")
    month = next_month()
    EventFactory(
        title_en="DORTBUNT! city festival",
        all_day=True,
        start=berlin(month.year, month.month, 3),
        end=berlin(month.year, month.month, 4),
    )

    page.goto(f"/en/events/{month.year}/{month.month}/")

    expect(page.get_by_role("heading", level=1)).to_contain_text("Events in")
    page.get_by_role("link", name="DORTBUNT! city festival", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("DORTBUNT! city festival")
    expect(page.get_by_role("link", name="Add to my calendar (.ics)")).to_be_visible()
