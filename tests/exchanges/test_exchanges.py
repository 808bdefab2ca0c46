"""Civic exchange on the public site: associations and exchange programmes on their twin
city's page and relationship page, in both languages and in the API; funding calls by
their deadline; anniversaries; counts and relationship kinds from data."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Event
from exchanges.models import Anniversary
from exchanges.services import anniversary_confirm
from tests.factories import (
    CityFactory,
    ExchangeProgrammeFactory,
    FundingCallFactory,
    OrganisationFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def amiens():
    return TwinCityFactory(city=CityFactory(slug="amiens", name_de="Amiens", name_en="Amiens"))


@pytest.fixture
def exchange(amiens):
    association = OrganisationFactory(
        name_de="Freundeskreis Amiens", name_en="Amiens Friendship Circle", twin_cities=[amiens]
    )
    programme = ExchangeProgrammeFactory(
        title_de="Schüleraustausch mit Amiens",
        title_en="School exchange with Amiens",
        twin_city=amiens,
        start_year=2023,
        end_year=2025,
    )
    programme.organisations.set([association])
    return association, programme


@pytest.mark.parametrize(
    ("language", "association", "programme", "heading"),
    [
        ("de", "Freundeskreis Amiens", "Schüleraustausch mit Amiens", "Austauschprogramme"),
        ("en", "Amiens Friendship Circle", "School exchange with Amiens", "Exchange programmes"),
    ],
)
def test_an_association_and_a_programme_show_on_their_twin_citys_page(
    client, amiens, exchange, language, association, programme, heading
):
    page = client.get(url("partnerships:twincity_detail", language, slug="amiens")).text

    assert association in page
    assert programme in page
    assert "2023–2025" in page
    if language == "en":  # German interface words come with the coordinator's translation
        assert f">{heading}</h2>" in page
        assert ">Associations and organisations</h2>" in page


@pytest.mark.parametrize(
    ("language", "association", "programme"),
    [
        ("de", "Freundeskreis Amiens", "Schüleraustausch mit Amiens"),
        ("en", "Amiens Friendship Circle", "School exchange with Amiens"),
    ],
)
def test_an_association_and_a_programme_show_on_the_relationship_page(
    client, amiens, exchange, language, association, programme
):
    page = client.get(url("overview:city_relations", language, slug="amiens")).text

    assert association in page
    assert programme in page


def test_a_project_partnerships_programme_shows_on_the_partner_citys_relationship_page(client):
    pittsburgh = CityFactory(slug="pittsburgh", name_de="Pittsburgh", name_en="Pittsburgh")
    partnership = ProjectPartnershipFactory(partner_cities=[pittsburgh])
    ExchangeProgrammeFactory(title_en="Innovation study trip", project_partnership=partnership)

    page = client.get(url("overview:city_relations", "en", slug="pittsburgh")).text

    assert "Innovation study trip" in page


def test_drafts_stay_off_the_twin_city_page_and_the_api(client, amiens):
    OrganisationFactory(name_en="Draft circle", twin_cities=[amiens], draft=True)
    ExchangeProgrammeFactory(title_en="Draft exchange", twin_city=amiens, draft=True)

    page = client.get(url("partnerships:twincity_detail", "en", slug="amiens")).text
    api = (
        client.get("/api/v1/organisations/?lang=en").text
        + client.get("/api/v1/exchange-programmes/?lang=en").text
    )

    assert "Draft circle" not in page + api
    assert "Draft exchange" not in page + api


@pytest.mark.parametrize(
    ("language", "name", "title"),
    [
        ("de", "Freundeskreis Amiens", "Schüleraustausch mit Amiens"),
        ("en", "Amiens Friendship Circle", "School exchange with Amiens"),
    ],
)
def test_the_api_lists_associations_and_programmes_with_their_twin_city(
    client, exchange, language, name, title
):
    organisations = client.get(f"/api/v1/organisations/?lang={language}&twin_city=amiens").json()
    programmes = client.get(f"/api/v1/exchange-programmes/?lang={language}&twin_city=amiens").json()

    assert [(o["name"], o["twin_cities"]) for o in organisations["results"]] == [(name, ["amiens"])]
    assert [(p["title"], p["twin_city"], p["start_year"]) for p in programmes["results"]] == [
        (title, "amiens", 2023)
    ]
    other = client.get("/api/v1/exchange-programmes/?twin_city=leeds").json()
    assert other["results"] == []


def test_the_programme_list_filters_by_kind_and_twin_city(client, amiens, exchange):
    ExchangeProgrammeFactory(title_en="Football tournament", kind="sports")

    by_kind = client.get(url("exchanges:programme_list", "en") + "?kind=sports").text
    by_city = client.get(url("exchanges:programme_list", "en") + "?twin_city=amiens").text
    bad = client.get(url("exchanges:programme_list", "en") + "?kind=bogus")

    assert "Football tournament" in by_kind and "School exchange with Amiens" not in by_kind
    assert "School exchange with Amiens" in by_city and "Football tournament" not in by_city
    assert bad.status_code == 200


def test_a_funding_call_past_its_deadline_leaves_the_upcoming_list(client, amiens):
    today = timezone.localdate()
    FundingCallFactory(title_en="Open call", deadline=today)
    FundingCallFactory(title_en="Closed call", deadline=today - timedelta(days=1))

    upcoming = client.get(url("exchanges:fundingcall_list", "en")).text
    twin_cities = client.get(url("partnerships:twincity_list", "en")).text
    archive = client.get(url("exchanges:fundingcall_archive", "en")).text
    feed = client.get(url("exchanges:fundingcall_atom", "en")).text
    api = client.get("/api/v1/funding-calls/?lang=en").json()["results"]

    assert "Open call" in upcoming and "Closed call" not in upcoming
    assert "Open call" in twin_cities and "Closed call" not in twin_cities
    assert "Closed call" in archive and "Open call" not in archive
    assert "Open call" in feed and "Closed call" not in feed
    assert [call["title"] for call in api] == ["Open call"]


def test_a_tenth_twin_city_changes_the_count_on_the_home_page(client):
    for number in range(9):
        TwinCityFactory(city=CityFactory(slug=f"twin-{number}"))
    assert "9 twin cities" in client.get(url("home", "en")).text

    TwinCityFactory(city=CityFactory(slug="tenth"))
    page = client.get(url("home", "en")).text

    assert "10 twin cities" in page
    assert "nine" not in page


def test_this_and_next_years_anniversaries_show_on_the_twin_cities_and_home_pages(client):
    year = timezone.localdate().year
    TwinCityFactory(city=CityFactory(name_en="Buffalo"), since=year + 1 - 50)
    TwinCityFactory(city=CityFactory(name_en="Leeds"), since=year - 3)

    for page in (
        client.get(url("partnerships:twincity_list", "en")).text,
        client.get(url("home", "en")).text,
    ):
        assert ">Anniversaries</h2>" in page
        assert "50 years of twinning with" in page
        assert "Leeds</a>" not in page.split("Anniversaries")[1].split("</section>")[0]


def test_no_anniversaries_section_without_an_anniversary(client):
    TwinCityFactory(since=timezone.localdate().year - 3)

    assert "Anniversaries" not in client.get(url("home", "en")).text


def test_a_confirmed_anniversary_is_an_event_in_the_calendar_feed(client):
    year = timezone.localdate().year + 1
    buffalo = TwinCityFactory(
        city=CityFactory(name_de="Buffalo", name_en="Buffalo"), since=year - 50
    )
    anniversary = Anniversary.objects.create(twin_city=buffalo, day=date(year, 5, 8))

    calendar_before = client.get(url("events:event_calendar", "en")).text
    anniversary_confirm(anniversary=anniversary)
    anniversary_confirm(anniversary=anniversary)  # once only
    calendar = client.get(url("events:event_calendar", "en")).text

    assert "50 years of twinning" not in calendar_before
    assert "SUMMARY:50 years of twinning with Buffalo" in calendar
    assert Event.objects.filter(twin_cities=buffalo).count() == 1
    page = client.get(url("partnerships:twincity_list", "en")).text
    assert anniversary.event.get_absolute_url() in page


def test_an_anniversary_must_round_a_year(amiens):
    anniversary = Anniversary(twin_city=amiens, day=date(amiens.since + 33, 1, 1))
    with pytest.raises(ValidationError):
        anniversary.full_clean()


def test_the_relationship_page_names_a_project_partner_not_a_twin_city(client):
    pittsburgh = CityFactory(slug="pittsburgh", name_en="Pittsburgh", country="US")
    buffalo = CityFactory(slug="buffalo", name_en="Buffalo", country="US")
    ProjectPartnershipFactory(partner_cities=[pittsburgh])
    TwinCityFactory(city=buffalo)

    city_page = client.get(url("overview:city_relations", "en", slug="pittsburgh")).text
    country_page = client.get(url("overview:country_relations", "en", code="us")).text

    assert "<dd>project partner</dd>" in city_page
    assert "twin city" not in city_page.split("<dl")[1].split("</dl>")[0]
    assert "Pittsburgh</a> (project partner)" in country_page
    assert "Buffalo</a> (twin city)" in country_page


def queries_of(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "name",
    ["exchanges:organisation_list", "exchanges:programme_list", "exchanges:fundingcall_list"],
)
def test_list_pages_cost_the_same_queries_for_two_and_for_eight_records(client, name):
    def add(count):
        for _ in range(count):
            twin_city = TwinCityFactory()
            OrganisationFactory(twin_cities=[twin_city])
            ExchangeProgrammeFactory(twin_city=twin_city).organisations.set([OrganisationFactory()])
            FundingCallFactory().twin_cities.set([twin_city])

    add(2)
    small = queries_of(client, url(name, "en"))
    add(6)
    large = queries_of(client, url(name, "en"))

    assert small == large, (small, large)
    assert large > 2  # the page was built, not served from the cache
