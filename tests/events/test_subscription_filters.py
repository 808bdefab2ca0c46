"""A filtered subscription stays filtered: the calendar, the Atom and RSS feeds and the API
answer a malformed filter value with a clear error, and a value that matches nothing any
more (a goal no event serves, a partner city without events) with no events, never with
every event."""

import re
from datetime import datetime

import feedparser
import pytest
from icalendar import Calendar

from events.models import EventKind
from tests.factories import (
    EventFactory,
    NetworkFactory,
    NewsItemFactory,
    TwinCityFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db

SUBSCRIPTIONS = ["events:event_calendar", "events:event_feed_atom", "events:event_feed_rss"]
API_LISTS = [
    "contacts",
    "events",
    "goals",
    "networks",
    "news",
    "partner-cities",
    "project-partnerships",
    "sdg-activities",
    "twin-cities",
    "visit-reports",
]


def titles(response):
    assert response.status_code == 200
    if response["Content-Type"].startswith("text/calendar"):
        calendar = Calendar.from_ical(response.content)
        return sorted(str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT"))
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return sorted(entry.title for entry in parsed.entries)


@pytest.fixture
def events():
    leeds = TwinCityFactory(city__slug="leeds")
    EventFactory(title_en="Climate fair", kind=EventKind.FAIR, goals=[13], twin_cities=[leeds])
    EventFactory(
        title_en="Eurocities lecture",
        kind=EventKind.LECTURE,
        networks=[NetworkFactory(slug="eurocities")],
    )
    # A partner city and a network that no published event names (any more).
    TwinCityFactory(city__slug="amiens")
    NetworkFactory(slug="mayors-for-peace")


@pytest.mark.parametrize("subscription", SUBSCRIPTIONS)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"goal": "13"}, ["Climate fair"]),
        ({"kind": "lecture"}, ["Eurocities lecture"]),
        ({"city": "leeds"}, ["Climate fair"]),
        ({"network": "eurocities"}, ["Eurocities lecture"]),
        ({"month": "2099-01"}, []),
    ],
)
def test_a_valid_filter_narrows_the_subscription(client, events, subscription, query, expected):
    assert titles(client.get(url(subscription, "en"), query)) == expected


@pytest.mark.parametrize("subscription", SUBSCRIPTIONS)
@pytest.mark.parametrize(
    "query",
    [{"goal": "1"}, {"goal": "17"}, {"city": "amiens"}, {"city": "nowhere"}]
    + [{"network": "mayors-for-peace"}, {"goal": "13", "kind": "lecture"}],
)
def test_a_filter_that_no_longer_matches_gives_no_events_not_every_event(
    client, events, subscription, query
):
    assert titles(client.get(url(subscription, "en"), query)) == []


@pytest.mark.parametrize("subscription", SUBSCRIPTIONS)
@pytest.mark.parametrize(
    ("query", "label"),
    [
        ({"kind": "bogus"}, "Kind of event"),
        ({"goal": "18"}, "Sustainable Development Goal"),
        ({"goal": "x"}, "Sustainable Development Goal"),
        ({"month": "13/2027"}, "Month"),
    ],
)
def test_a_malformed_filter_is_refused_with_what_is_wrong(
    client, events, subscription, query, label
):
    response = client.get(url(subscription, "en"), query)

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "This subscription's filter is not valid, so it lists no events." in response.text
    assert f"{label}: " in response.text
    assert "Climate fair" not in response.text


def test_the_api_keeps_its_filters_too(client, events):
    def slugs(query):
        response = client.get("/api/v1/events/", query)
        assert response.status_code == 200, response.content
        return sorted(event["title"] for event in response.json()["results"])

    assert slugs({"goal": "13", "lang": "en"}) == ["Climate fair"]
    assert slugs({"goal": "1"}) == []
    assert slugs({"city": "nowhere"}) == []
    assert slugs({"network": "mayors-for-peace"}) == []
    response = client.get("/api/v1/events/", {"kind": "bogus"})
    assert response.status_code == 400
    assert list(response.json()) == ["kind"]


@pytest.mark.parametrize("endpoint", API_LISTS)
def test_every_goal_from_1_to_17_is_a_valid_filter_of_every_api_list(client, events, endpoint):
    for number in range(1, 18):
        response = client.get(f"/api/v1/{endpoint}/", {"goal": number})
        assert response.status_code == 200, (endpoint, number, response.content)


@pytest.mark.parametrize("feed", ["events:event_feed_atom", "news:newsitem_feed_atom"])
def test_atom_feeds_name_their_author(client, feed):
    EventFactory()
    NewsItemFactory()

    response = client.get(url(feed, "en"))

    parsed = feedparser.parse(response.content)
    assert parsed.feed.author == "Office for International Relations, City of Dortmund"
    assert b"<author><name>" in response.content


def test_a_news_items_updated_date_is_its_own_date_not_its_last_save(client):
    item = NewsItemFactory(publish_at=datetime.fromisoformat("2019-05-06T10:00:00+02:00"))
    item.save()  # saved again much later, as the demo loader does

    parsed = feedparser.parse(client.get(url("news:newsitem_feed_atom", "en")).content)

    (entry,) = parsed.entries
    assert entry.updated.startswith("2019-05-06T")
    assert parsed.feed.updated.startswith("2019-05-06T")


def subscription_links(response):
    """The addresses the list's "Subscribe" box links to, in their order."""
    box = response.text.split('<aside class="subscribe"', 1)[1].split("</aside>", 1)[0]
    return [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]+)"', box)]


def test_the_lists_subscriptions_keep_the_valid_filters_and_drop_the_refused_ones(client):
    EventFactory(kind=EventKind.CONFERENCE, goals=[13])

    refused = client.get(url("events:event_list", "en"), {"kind": "bogus", "city": ""})
    kept = client.get(
        url("events:event_list", "en"), {"kind": "conference", "goal": "13", "city": ""}
    )

    assert subscription_links(refused) == [url(name, "en") for name in SUBSCRIPTIONS]
    assert subscription_links(kept) == [
        f"{url(name, 'en')}?kind=conference&goal=13" for name in SUBSCRIPTIONS
    ]
    for link in subscription_links(refused) + subscription_links(kept):
        assert client.get(link).status_code == 200
