import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from events.models import Event, EventKind
from events.views import add_months
from tests.factories import (
    CityFactory,
    EventFactory,
    ImageFactory,
    NetworkFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
    berlin,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


def next_year():
    return timezone.localdate().year + 1


def test_event_pages_have_german_and_english_addresses():
    assert url("events:event_list", "de") == "/de/veranstaltungen/"
    assert url("events:event_list", "en") == "/en/events/"
    assert url("events:event_list_past", "de") == "/de/veranstaltungen/vergangene/"
    assert url("events:event_month", "de", year=2027, month=6) == "/de/veranstaltungen/2027/6/"
    assert url("events:event_detail", "en", slug="fair-friends") == "/en/events/fair-friends/"


def test_upcoming_list_shows_published_events_in_german_and_english(client):
    EventFactory(title_de="Urban-Diplomacy-Vortrag", title_en="Urban Diplomacy Lecture")

    german = client.get(url("events:event_list", "de"))
    english = client.get(url("events:event_list", "en"))

    assert german.status_code == 200
    assert "<title>Kommende Veranstaltungen" in german.text
    assert "Urban-Diplomacy-Vortrag" in german.text
    assert "<title>Upcoming events" in english.text
    assert "Urban Diplomacy Lecture" in english.text


def test_header_leads_to_the_events_in_both_languages(client):
    assert 'href="/de/veranstaltungen/">Veranstaltungen</a>' in client.get("/de/").text
    assert 'href="/en/events/">Events</a>' in client.get("/en/").text


def test_drafts_and_scheduled_events_are_neither_listed_nor_reachable(client):
    draft = EventFactory(draft=True, title_en="Draft fair")
    scheduled = EventFactory(scheduled=True, title_en="Scheduled lecture")

    listing = client.get(url("events:event_list", "en")).text

    assert "Draft fair" not in listing
    assert "Scheduled lecture" not in listing
    assert client.get(url("events:event_detail", "en", slug=draft.slug)).status_code == 404
    assert client.get(url("events:event_detail", "en", slug=scheduled.slug)).status_code == 404
    assert client.get(url("events:event_ics", "en", slug=draft.slug)).status_code == 404


def test_past_events_move_from_the_upcoming_list_to_the_past_list(client):
    start = timezone.now() - timedelta(days=30)
    EventFactory(title_en="Future Forum", start=start, end=start + timedelta(hours=8))
    EventFactory(title_en="Coming lecture")

    upcoming = client.get(url("events:event_list", "en")).text
    past = client.get(url("events:event_list_past", "en")).text

    assert "Coming lecture" in upcoming and "Future Forum" not in upcoming
    assert "Future Forum" in past and "Coming lecture" not in past
    assert (
        "This event has already taken place."
        in client.get(
            url("events:event_detail", "en", slug=Event.objects.get(title_en="Future Forum").slug)
        ).text
    )


def test_an_event_running_today_is_still_upcoming(client):
    EventFactory(
        title_en="Festival today",
        all_day=True,
        start=timezone.now() - timedelta(days=1),
        end=timezone.now(),
    )

    assert "Festival today" in client.get(url("events:event_list", "en")).text


@pytest.mark.parametrize(
    ("month", "utc_hour"),
    [(7, 8), (1, 9)],  # summer time is UTC+2, winter time UTC+1
)
def test_ten_oclock_in_berlin_shows_as_ten_in_summer_and_in_winter(client, month, utc_hour):
    start = berlin(next_year(), month, 15, 10)
    event = EventFactory(title_en="Lecture", start=start, end=start + timedelta(hours=2))

    event.refresh_from_db()
    assert event.start.astimezone(timezone.UTC).hour == utc_hour
    for language in ("de", "en"):
        listing = client.get(url("events:event_list", language)).text
        detail = client.get(event.get_absolute_url()).text
        assert ", 10:00</time> – <time" in listing
        assert ">12:00</time>" in listing
        assert ", 10:00</time>" in detail
    assert f'datetime="{next_year()}-{month:02d}-15T10:00:00+0{3 - utc_hour + 7}:00"' in listing


def test_all_day_event_shows_dates_without_times(client):
    year = next_year()
    EventFactory(
        title_de="FAIR FRIENDS",
        all_day=True,
        start=berlin(year, 9, 3, 9),
        end=berlin(year, 9, 5, 18),
    )

    german = client.get(url("events:event_list", "de")).text
    english = client.get(url("events:event_list", "en")).text

    assert f'<time datetime="{year}-09-03">3. September {year}</time>' in german
    assert f'<time datetime="{year}-09-05">5. September {year}</time>' in german
    assert f"Sept. 3, {year}" in english
    assert "09:00" not in german


def test_all_day_event_covers_whole_days_in_berlin():
    event = EventFactory(all_day=True, start=berlin(2027, 3, 28, 15), end=berlin(2027, 3, 28, 11))

    assert event.start == berlin(2027, 3, 28, 0)
    assert event.end.astimezone(timezone.UTC).hour == 21  # 23:59 summer time
    assert event.first_day == event.last_day


def test_event_ending_before_it_starts_is_refused_with_a_clear_message():
    start = berlin(2027, 6, 1, 18)
    event = EventFactory.build(start=start, end=start - timedelta(hours=1))

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    with translation.override("en"):
        assert error.value.message_dict["end"] == ["The event cannot end before it starts."]
    with translation.override("de"):
        assert error.value.message_dict["end"] == [
            "Die Veranstaltung kann nicht enden, bevor sie beginnt."
        ]


def test_database_refuses_an_event_ending_before_it_starts():
    start = berlin(2027, 6, 1, 18)

    with transaction.atomic(), pytest.raises(IntegrityError):
        EventFactory(start=start, end=start - timedelta(hours=1))


def test_detail_shows_facts_links_and_the_calendar_download(client):
    twin_city = TwinCityFactory(city__name_en="Leeds")
    partnership = ProjectPartnershipFactory(title_en="Innovation partnership with Pittsburgh")
    network = NetworkFactory(name_en="Eurocities")
    event = EventFactory(
        title_en="City partnership conference",
        twin_cities=[twin_city],
        project_partnerships=[partnership],
        networks=[network],
        goals=[11, 17],
        registration_url="https://example.org/register",
    )

    response = client.get(url("events:event_detail", "en", slug=event.slug))

    assert response.status_code == 200
    assert "<h1>City partnership conference</h1>" in response.text
    assert "Town hall, citizens&#x27; hall" in response.text
    assert "Friedensplatz 1, 44135 Dortmund" in response.text
    assert f'href="{twin_city.get_absolute_url()}">Leeds</a>' in response.text
    assert "Innovation partnership with Pittsburgh" in response.text
    assert "Eurocities" in response.text
    assert 'href="/en/events/' + event.slug + '/calendar.ics"' in response.text
    assert 'href="https://example.org/register">Register</a>' in response.text
    assert '<link rel="alternate" type="application/atom+xml"' in response.text


def test_missing_english_title_falls_back_to_german_marked_as_german(client):
    event = EventFactory(title_de="Nur deutscher Titel", title_en="")

    response = client.get(url("events:event_detail", "en", slug=event.slug))

    assert '<h1 lang="de">Nur deutscher Titel</h1>' in response.text


def test_filters_by_kind_network_goal_and_partner_city_combine(client):
    kumasi = CityFactory(name_en="Kumasi", slug="kumasi", country="GH")
    partnership = ProjectPartnershipFactory(partner_cities=[kumasi])
    network = NetworkFactory(slug="eurocities")
    EventFactory(
        title_en="Match",
        kind=EventKind.CONFERENCE,
        project_partnerships=[partnership],
        networks=[network],
        goals=[13],
    )
    EventFactory(title_en="Wrong kind", kind=EventKind.FAIR, networks=[network], goals=[13])
    EventFactory(title_en="Wrong goal", project_partnerships=[partnership], goals=[4])
    EventFactory(title_en="No partner", networks=[network], goals=[13])

    response = client.get(
        url("events:event_list", "en"),
        {"kind": "conference", "city": "kumasi", "network": "eurocities", "goal": "13"},
    )

    assert [event.title_en for event in response.context["object_list"]] == ["Match"]
    assert "<title>Upcoming events (filtered)" in response.text
    assert "?kind=conference&amp;city=kumasi&amp;network=eurocities&amp;goal=13" in response.text


def test_partner_city_filter_finds_events_of_its_twinning(client):
    twin_city = TwinCityFactory(city__slug="amiens")
    EventFactory(title_en="DORTBUNT!", twin_cities=[twin_city])
    EventFactory(title_en="Elsewhere")

    response = client.get(url("events:event_list", "en"), {"city": "amiens"})

    assert [event.title_en for event in response.context["object_list"]] == ["DORTBUNT!"]


def test_month_filter_keeps_events_running_in_that_month(client):
    year = next_year()
    EventFactory(title_en="June", start=berlin(year, 6, 14, 18), end=berlin(year, 6, 14, 20))
    EventFactory(
        title_en="May to July", all_day=True, start=berlin(year, 5, 30), end=berlin(year, 7, 2)
    )
    EventFactory(title_en="August", start=berlin(year, 8, 1, 10), end=berlin(year, 8, 1, 12))

    response = client.get(url("events:event_list", "en"), {"month": f"{year}-06"})

    assert {event.title_en for event in response.context["object_list"]} == {
        "June",
        "May to July",
    }


@pytest.mark.parametrize(
    "query",
    [
        {"month": "2027-13"},
        {"month": "June"},
        {"month": "99999-01"},
        {"kind": "party"},
        {"goal": "18"},
        {"goal": "1e9"},
        {"city": "atlantis"},
        {"network": "<script>"},
        {"page": "last"},
    ],
)
def test_bad_filter_values_get_a_message_not_an_error(client, query):
    EventFactory(title_en="Still listed")

    response = client.get(url("events:event_list", "en"), query)

    assert response.status_code in {200, 404}
    if response.status_code == 200 and "page" not in query:
        assert "Some filters could not be applied." in response.text
        assert "Still listed" in response.text


def test_bad_month_gets_a_readable_message_in_german(client):
    response = client.get(url("events:event_list", "de"), {"month": "Juni"})

    assert "Bitte einen Monat wie „2027-06“ eingeben." in response.text


def test_month_view_lists_the_events_by_day_with_links_to_the_neighbouring_months(client):
    year = next_year()
    EventFactory(title_en="Lecture", start=berlin(year, 6, 14, 18), end=berlin(year, 6, 14, 20))
    EventFactory(
        title_en="EURO",
        all_day=True,
        start=berlin(year, 5, 20),
        end=berlin(year, 7, 14),
    )
    EventFactory(title_en="July only", start=berlin(year, 7, 2, 9), end=berlin(year, 7, 2, 10))

    response = client.get(url("events:event_month", "en", year=year, month=6))

    assert response.status_code == 200
    assert f"<title>Events in June {year}" in response.text
    assert [day for day, _events in response.context["days"]] == [
        None,
        timezone.datetime(year, 6, 14).date(),
    ]
    assert "Already running" in response.text
    assert "July only" not in response.text
    assert f'href="/en/events/{year}/5/" rel="prev"' in response.text
    assert f'href="/en/events/{year}/7/" rel="next"' in response.text
    german = client.get(url("events:event_month", "de", year=year, month=6)).text
    assert f"Veranstaltungen im Juni {year}" in german


@pytest.mark.parametrize(
    "path", ["/en/events/2027/13/", "/en/events/2027/0/", "/en/events/99999/1/", "/en/events/1/1/"]
)
def test_impossible_month_is_a_404_not_an_error(client, path):
    assert client.get(path).status_code == 404


def month_path(language, month):
    return url("events:event_month", language, year=month.year, month=month.month)


def this_month():
    return timezone.localdate().replace(day=1)


def one_hour_event(day, **kwargs):
    start = berlin(day.year, day.month, day.day, 10)
    return EventFactory(start=start, end=start + timedelta(hours=1), **kwargs)


def test_month_archive_runs_from_the_first_event_to_twelve_months_after_the_last(client):
    first, last = add_months(this_month(), -30), add_months(this_month(), 20)
    one_hour_event(first.replace(day=10))
    one_hour_event(last.replace(day=10))

    before_first = client.get(month_path("en", add_months(first, -1)))
    at_first = client.get(month_path("en", first))
    at_end = client.get(month_path("en", add_months(last, 12)))
    after_end = client.get(month_path("en", add_months(last, 13)))

    assert before_first.status_code == 404
    assert at_first.status_code == 200
    assert 'rel="prev"' not in at_first.text
    assert f'href="{month_path("en", add_months(first, 1))}" rel="next"' in at_first.text
    assert at_end.status_code == 200
    assert 'rel="next"' not in at_end.text
    assert f'href="{month_path("en", add_months(last, 11))}" rel="prev"' in at_end.text
    assert after_end.status_code == 404


def test_month_archive_without_events_is_this_month_and_the_twelve_after_it(client):
    assert client.get(month_path("de", this_month())).status_code == 200
    assert client.get(month_path("de", add_months(this_month(), 12))).status_code == 200
    assert client.get(month_path("de", add_months(this_month(), -1))).status_code == 404
    assert client.get(month_path("de", add_months(this_month(), 13))).status_code == 404
    assert client.get("/de/veranstaltungen/1900/1/").status_code == 404
    assert client.get("/en/events/2100/12/").status_code == 404


def test_this_month_keeps_its_page_when_all_events_lie_ahead(client):
    """The events menu links to this month, so it stays inside the archive."""
    one_hour_event(add_months(this_month(), 5).replace(day=3))

    response = client.get(month_path("en", this_month()))

    assert response.status_code == 200
    assert 'rel="prev"' not in response.text
    assert client.get(month_path("en", add_months(this_month(), 17))).status_code == 200
    assert client.get(month_path("en", add_months(this_month(), 18))).status_code == 404


def test_a_long_event_opens_the_archive_in_the_month_it_begins_and_ends(client):
    start = add_months(this_month(), -14).replace(day=20)
    end = add_months(this_month(), 15).replace(day=2)
    EventFactory(
        all_day=True, start=berlin(start.year, start.month, 20), end=berlin(end.year, end.month, 2)
    )

    assert client.get(month_path("en", start)).status_code == 200
    assert client.get(month_path("en", add_months(start, -1))).status_code == 404
    assert client.get(month_path("en", add_months(end, 12))).status_code == 200
    assert client.get(month_path("en", add_months(end, 13))).status_code == 404


def test_drafts_and_scheduled_events_do_not_widen_the_archive(client):
    one_hour_event(add_months(this_month(), -6).replace(day=5), draft=True)
    one_hour_event(add_months(this_month(), 30).replace(day=5), scheduled=True)

    assert client.get(month_path("en", add_months(this_month(), -6))).status_code == 404
    assert client.get(month_path("en", add_months(this_month(), 30))).status_code == 404


@pytest.mark.parametrize("language", ["de", "en"])
def test_empty_month_is_kept_out_of_search_engines_and_a_month_with_events_is_not(client, language):
    one_hour_event(add_months(this_month(), 2).replace(day=8))
    noindex = '<meta name="robots" content="noindex">'

    empty = client.get(month_path(language, add_months(this_month(), 1)))
    with_events = client.get(month_path(language, add_months(this_month(), 2)))

    assert empty.status_code == 200
    assert noindex in empty.text
    assert with_events.status_code == 200
    assert noindex not in with_events.text


def test_twinning_anniversary_is_listed_on_the_events_page_in_its_year(client):
    year = timezone.localdate().year
    TwinCityFactory(city__name_en="Buffalo", since=year - 50)
    TwinCityFactory(city__name_en="Trabzon", since=year - 12)

    english = client.get(url("events:event_list", "en")).text
    german = client.get(url("events:event_list", "de")).text

    assert f"Twinning anniversaries in {year}" in english
    assert f"Buffalo</a>: 50 years of partnership (since {year - 50})" in english
    assert "Trabzon" not in english
    assert f"Jubiläen der Städtepartnerschaften {year}" in german


@pytest.mark.parametrize("size", [3, 50])
def test_event_list_runs_the_same_queries_whatever_the_number_of_events(
    client, django_assert_num_queries, size
):
    twin_city = TwinCityFactory()
    network = NetworkFactory()
    EventFactory.create_batch(
        size, goals=[13, 17], twin_cities=[twin_city], networks=[network], image=ImageFactory()
    )

    # the chosen network, count, events, their goals, three filter choices, anniversaries
    with django_assert_num_queries(8):
        response = client.get(url("events:event_list", "de"), {"network": network.slug})

    assert response.context["paginator"].count == size


@pytest.mark.parametrize("size", [3, 50])
def test_month_view_runs_the_same_queries_whatever_the_number_of_events(
    client, django_assert_num_queries, size
):
    year = next_year()
    for day in range(size):
        start = berlin(year, 3, 1 + day % 28, 10)
        EventFactory(start=start, end=start + timedelta(hours=1), goals=[13])

    # the archive's range, the count of the month's events (the page says it and numbers its
    # pages), the page's events
    with django_assert_num_queries(3):
        response = client.get(url("events:event_month", "en", year=year, month=3))

    assert response.context["paginator"].count == size
    assert len(response.context["object_list"]) == min(size, 12)


@pytest.mark.parametrize("size", [3, 50])
def test_event_detail_runs_the_same_queries_whatever_the_number_of_links(
    client, django_assert_num_queries, size
):
    event = EventFactory(
        goals=[13, 17],
        twin_cities=TwinCityFactory.create_batch(size),
        networks=NetworkFactory.create_batch(size),
        project_partnerships=ProjectPartnershipFactory.create_batch(size),
    )

    with django_assert_num_queries(6):
        response = client.get(url("events:event_detail", "en", slug=event.slug))

    assert response.text.count('href="/en/twin-cities/city-') == size


def test_month_field_offers_no_placeholder_and_does_not_echo_a_month_that_is_none(client):
    page = client.get(url("events:event_list", "en"), {"month": "2027-13"}).text

    field = re.search(r'<input type="month"[^>]*>', page)[0]
    assert "placeholder" not in field
    assert "value=" not in field
    assert "Some filters could not be applied." in page
    kept = client.get(url("events:event_list", "en"), {"month": "2027-06"}).text
    assert 'value="2027-06"' in re.search(r'<input type="month"[^>]*>', kept)[0]


def test_month_view_shows_12_events_a_page_and_the_rest_on_the_next(client):
    year = next_year()
    for day in range(14):
        start = berlin(year, 5, 1 + day, 10)
        EventFactory(title_en=f"May event {day}", start=start, end=start + timedelta(hours=1))
    month = url("events:event_month", "en", year=year, month=5)

    first = client.get(month)
    second = client.get(month, {"page": 2})

    assert "14 events" in first.text
    assert len(first.context["object_list"]) == 12
    assert 'href="?page=2" rel="next"' in first.text
    assert len(second.context["object_list"]) == 2
