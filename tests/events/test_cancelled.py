"""A cancelled event stays on the site, marked as cancelled everywhere a reader meets it."""

import feedparser
import pytest
from django.urls import reverse
from django.utils import translation

from events.models import Event
from tests.events.test_calendar_and_feeds import parse_calendar
from tests.factories import EventFactory
from tests.urls import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def cancelled():
    return EventFactory(
        title_de="Urban Diplomacy Lecture",
        title_en="Urban Diplomacy Lecture",
        slug="udl",
        cancelled=True,
        registration_url="https://anmeldung.example.org/udl",
    )


def test_the_list_and_the_page_say_the_event_is_cancelled(client, cancelled):
    EventFactory(title_de="FAIR FRIENDS", slug="fair-friends")

    listing = client.get(url("events:event_list", "de")).text
    page = client.get(cancelled.get_absolute_url()).text

    assert listing.count('<span class="badge badge--cancelled">Abgesagt</span>') == 1
    assert "Diese Veranstaltung wurde abgesagt." in page
    assert "https://anmeldung.example.org/udl" not in page, "no registration for it"


def test_calendars_show_it_cancelled_in_the_readers_language(client, cancelled):
    with translation.override("en"):
        single = parse_calendar(client.get(cancelled.get_ics_url()))
    feed = parse_calendar(client.get(url("events:event_calendar", "de")))

    [entry] = single.walk("VEVENT")
    assert (str(entry["STATUS"]), str(entry["SUMMARY"])) == (
        "CANCELLED",
        "Cancelled: Urban Diplomacy Lecture",
    )
    [entry] = feed.walk("VEVENT")
    assert str(entry["STATUS"]) == "CANCELLED"
    assert str(entry["SUMMARY"]) == "Abgesagt: Urban Diplomacy Lecture"
    assert str(entry["UID"]) == str(cancelled.uid), "subscribers' calendars update the event"


def test_news_feeds_and_the_api_carry_the_cancellation(client, cancelled):
    atom = feedparser.parse(client.get(url("events:event_feed_atom", "en")).content)
    with translation.override("en"):
        api = client.get(reverse("opendata:events-detail", kwargs={"slug": "udl"})).json()

    assert [entry.title for entry in atom.entries] == ["Cancelled: Urban Diplomacy Lecture"]
    assert api["cancelled"] is True


def test_an_event_going_ahead_is_confirmed(client):
    event = EventFactory(slug="fair-friends")

    [entry] = parse_calendar(client.get(event.get_ics_url())).walk("VEVENT")

    assert str(entry["STATUS"]) == "CONFIRMED"
    assert not Event.objects.get().cancelled
