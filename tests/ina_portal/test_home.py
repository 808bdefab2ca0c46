"""The home page: what is coming up, the latest news and partnerships, the twin cities."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    EventFactory,
    NewsItemFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
)

pytestmark = pytest.mark.django_db

# Events with their pictures and goals 3, news 2, partnerships with their cities, topics
# and goals 4, twin cities 1, the partner map 1, the anniversaries of this year and the
# next with their confirmed events 2.
HOME_QUERIES = 13


def coming_up(html):
    section = re.search(r'<section aria-labelledby="next-events">(.*?)</section>', html, re.S)
    return section and re.findall(r'<h3 class="card__title"><a [^>]*>([^<]+)</a>', section[1])


def event_in(days, title, **kwargs):
    start = timezone.now() + timedelta(days=days)
    return EventFactory(title_de=title, start=start, end=start + timedelta(hours=2), **kwargs)


def test_the_home_page_shows_the_next_three_events_soonest_first(client):
    event_in(-3, "Vorbei")
    event_in(30, "In einem Monat")
    event_in(2, "Übermorgen")
    event_in(9, "Nächste Woche")
    event_in(60, "In zwei Monaten")
    event_in(1, "Entwurf", draft=True)

    html = client.get("/de/").text

    assert coming_up(html) == ["Übermorgen", "Nächste Woche", "In einem Monat"]
    assert "Demnächst" in html
    assert 'href="/de/veranstaltungen/">Alle Veranstaltungen</a>' in html


def test_the_home_page_has_no_coming_up_section_without_upcoming_events(client):
    event_in(-3, "Vorbei")

    assert coming_up(client.get("/en/").text) is None


@pytest.mark.parametrize("size", [2, 20])
def test_the_home_page_runs_the_same_queries_whatever_the_number_of_records(
    client, django_assert_max_num_queries, size
):
    for n in range(size):
        event_in(n + 1, f"Veranstaltung {n}", goals=[13])
        NewsItemFactory(goals=[11])
        ProjectPartnershipFactory(goals=[17])
        TwinCityFactory()

    with django_assert_max_num_queries(HOME_QUERIES):
        response = client.get("/de/")

    assert response.status_code == 200


def twin_cities_on(html):
    section = re.search(r'<section aria-labelledby="twin-cities">(.*?)</section>', html, re.S)
    return re.findall(
        r'<li><a href="[^"]+">([^<]+)</a> <span class="muted">[^,]+, (\d+)', section[1]
    )


def test_the_home_page_names_twelve_twin_cities_longest_standing_first_and_leads_to_all(client):
    for n in range(14):
        TwinCityFactory(city__name_en=f"Town {n:02d}", since=2010 - n)

    html = client.get("/en/").text

    shown = twin_cities_on(html)
    assert len(shown) == 12
    assert shown[0] == ("Town 13", "1997")
    assert shown[-1] == ("Town 02", "2008")
    assert '<a href="/en/twin-cities/">All 14 twin cities</a>' in html
    # The lead counts them all too, from the database.
    assert "sustainability work: 14 twin cities" in " ".join(html.split())


def test_the_home_page_counts_the_published_twin_cities_only(client):
    TwinCityFactory.create_batch(3)
    TwinCityFactory(draft=True)

    html = " ".join(client.get("/en/").text.split())

    assert len(twin_cities_on(html)) == 3
    assert "sustainability work: 3 twin cities" in html
    assert '<a href="/en/twin-cities/">All 3 twin cities</a>' in html
