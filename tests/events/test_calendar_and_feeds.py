from datetime import date, timedelta

import feedparser
import pytest
from django.utils import timezone
from icalendar import Calendar

from events.models import EventKind
from events.views import add_months
from tests.factories import EventFactory, NetworkFactory, berlin
from tests.urls import url

pytestmark = pytest.mark.django_db


def next_year():
    return timezone.localdate().year + 1


def parse_calendar(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def summaries(calendar):
    return sorted(str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT"))


@pytest.mark.parametrize(("month", "utc_hour"), [(7, 8), (12, 9)])
def test_ics_download_keeps_ten_oclock_berlin_time_with_its_time_zone(client, month, utc_hour):
    start = berlin(next_year(), month, 10, 10)
    event = EventFactory(
        title_en="Urban Diplomacy Lecture", start=start, end=start + timedelta(hours=2)
    )

    response = client.get(url("events:event_ics", "en", slug=event.slug))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = parse_calendar(response)
    (entry,) = calendar.walk("VEVENT")
    assert entry["DTSTART"].params["TZID"] == "Europe/Berlin"
    dtstart = entry.decoded("DTSTART")
    assert (dtstart.hour, dtstart.minute) == (10, 0)
    assert dtstart.astimezone(timezone.UTC).hour == utc_hour
    assert entry.decoded("DTEND").hour == 12
    assert str(entry["UID"]) == str(event.uid)
    assert "DTSTAMP" in entry
    assert str(entry["SUMMARY"]) == "Urban Diplomacy Lecture"
    assert str(entry["URL"]) == f"http://testserver/en/events/{event.slug}/"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]


def test_ics_text_is_raw_rfc_5545_with_crlf_lines(client):
    event = EventFactory(title_en="Fair; with, commas")

    raw = client.get(url("events:event_ics", "en", slug=event.slug)).content

    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"SUMMARY:Fair\\; with\\, commas\r\n" in raw
    assert b"DTSTART;TZID=Europe/Berlin:" in raw
    assert b"BEGIN:VTIMEZONE" in raw


def test_all_day_event_is_a_date_event_with_exclusive_end_in_the_ics(client):
    year = next_year()
    event = EventFactory(all_day=True, start=berlin(year, 9, 3), end=berlin(year, 9, 5))

    calendar = parse_calendar(client.get(url("events:event_ics", "de", slug=event.slug)))

    (entry,) = calendar.walk("VEVENT")
    assert entry["DTSTART"].params["VALUE"] == "DATE"
    assert entry.decoded("DTSTART") == date(year, 9, 3)
    assert entry.decoded("DTEND") == date(year, 9, 6)
    assert (
        b"DTSTART;VALUE=DATE:" in client.get(url("events:event_ics", "de", slug=event.slug)).content
    )


def test_ics_is_written_in_the_readers_language(client):
    event = EventFactory(title_de="Stadtfest DORTBUNT!", title_en="DORTBUNT! city festival")

    german = parse_calendar(client.get(url("events:event_ics", "de", slug=event.slug)))
    english = parse_calendar(client.get(url("events:event_ics", "en", slug=event.slug)))

    assert summaries(german) == ["Stadtfest DORTBUNT!"]
    assert summaries(english) == ["DORTBUNT! city festival"]
    assert "Rathaus, Bürgersaal" in str(german.walk("VEVENT")[0]["LOCATION"])


def test_calendar_feed_holds_only_published_upcoming_events(client):
    EventFactory(title_en="Published")
    EventFactory(title_en="Draft", draft=True)
    EventFactory(title_en="Scheduled", scheduled=True)
    past = timezone.now() - timedelta(days=3)
    EventFactory(title_en="Past", start=past, end=past + timedelta(hours=1))

    calendar = parse_calendar(client.get(url("events:event_calendar", "en")))

    assert summaries(calendar) == ["Published"]


def test_calendar_feed_takes_the_filters_of_the_list(client):
    network = NetworkFactory(slug="eurocities")
    EventFactory(title_en="Network fair", kind=EventKind.FAIR, networks=[network])
    EventFactory(title_en="Network lecture", kind=EventKind.LECTURE, networks=[network])
    EventFactory(title_en="Other fair", kind=EventKind.FAIR)

    response = client.get(
        url("events:event_calendar", "en"), {"kind": "fair", "network": "eurocities"}
    )

    assert summaries(parse_calendar(response)) == ["Network fair"]


def test_calendar_feed_with_bad_filters_says_so_instead_of_listing_every_event(client):
    EventFactory(title_en="Published")

    response = client.get(url("events:event_calendar", "en"), {"month": "13/2027", "goal": "x"})

    assert response.status_code == 400
    assert "Month: " in response.text
    assert "Published" not in response.text


def test_empty_calendar_feed_is_still_a_valid_calendar(client):
    calendar = parse_calendar(client.get(url("events:event_calendar", "de")))

    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


@pytest.mark.parametrize("feed", ["events:event_feed_atom", "events:event_feed_rss"])
def test_news_feeds_parse_and_hold_only_published_upcoming_events(client, feed):
    event = EventFactory(title_en="Urban Diplomacy Lecture", teaser_en="Guests from abroad report.")
    EventFactory(title_en="Draft", draft=True)
    EventFactory(title_en="Scheduled", scheduled=True)

    response = client.get(url(feed, "en"))

    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert [entry.title for entry in parsed.entries] == ["Urban Diplomacy Lecture"]
    assert parsed.entries[0].link == f"http://testserver{event.get_absolute_url()}"
    assert "Guests from abroad report." in parsed.entries[0].summary
    assert parsed.feed.title == (
        "Events of the Office for International Relations, City of Dortmund"
    )


def test_german_atom_feed_speaks_german(client):
    EventFactory(title_de="Vortrag zur Städte-Diplomatie", title_en="Urban Diplomacy Lecture")

    parsed = feedparser.parse(client.get(url("events:event_feed_atom", "de")).content)

    assert parsed.feed.title.startswith("Veranstaltungen: Büro für Internationale Beziehungen")
    assert [entry.title for entry in parsed.entries] == ["Vortrag zur Städte-Diplomatie"]
    assert parsed.entries[0].link.startswith("http://testserver/de/veranstaltungen/")


def test_list_page_links_its_feeds_in_head_and_body(client):
    response = client.get(url("events:event_list", "en"), {"kind": "fair"})

    assert (
        '<link rel="alternate" type="application/atom+xml" title="Events (Atom)" '
        'href="/en/events/feed.atom?kind=fair">'
    ) in response.text
    assert 'href="/en/events/calendar.ics?kind=fair" type="text/calendar"' in response.text
    assert 'href="/en/events/feed.rss?kind=fair"' in response.text


@pytest.mark.parametrize("size", [3, 50])
@pytest.mark.parametrize(
    "feed", ["events:event_calendar", "events:event_feed_atom", "events:event_feed_rss"]
)
def test_feeds_run_the_same_queries_whatever_the_number_of_events(
    client, django_assert_num_queries, size, feed
):
    start = berlin(next_year(), 3, 1, 10)
    for day in range(size):
        EventFactory(start=start + timedelta(days=day), end=start + timedelta(days=day, hours=1))

    with django_assert_num_queries(1):
        response = client.get(url(feed, "en"))

    assert response.status_code == 200


def test_calendar_feed_holds_the_soonest_events_up_to_its_size(client, monkeypatch):
    monkeypatch.setattr("events.views.CALENDAR_SIZE", 3)
    start = timezone.now() + timedelta(days=1)
    for day in range(5):
        EventFactory(
            title_en=f"Day {day}",
            start=start + timedelta(days=day),
            end=start + timedelta(days=day, hours=1),
        )

    calendar = parse_calendar(client.get(url("events:event_calendar", "en")))

    assert summaries(calendar) == ["Day 0", "Day 1", "Day 2"]


def test_calendar_feed_ends_twelve_months_after_this_month(client):
    this_month = timezone.localdate().replace(day=1)
    last_month_in = add_months(this_month, 12)
    for title, day in [
        ("In", last_month_in + timedelta(days=27)),
        ("Out", add_months(last_month_in, 1)),
    ]:
        start = berlin(day.year, day.month, day.day, 10)
        EventFactory(title_en=title, start=start, end=start + timedelta(hours=1))

    calendar = parse_calendar(client.get(url("events:event_calendar", "en")))

    assert summaries(calendar) == ["In"]
