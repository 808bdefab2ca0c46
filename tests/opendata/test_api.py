import json
from decimal import Decimal

import pytest
from django.urls import reverse

from events.models import INTERNAL_VISIT_FIELDS
from ina_portal.base.api.licence import LICENCE_NAME
from ina_portal.features.contacts.models import INTERNAL_FIELDS as INTERNAL_PERSON_FIELDS
from networks.models import STAFF_ONLY_FIELDS
from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    NewsItemFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TopicFactory,
    TwinCityFactory,
    VisitFactory,
    VisitReportFactory,
)

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "partner-cities",
    "twin-cities",
    "project-partnerships",
    "networks",
    "goals",
    "sdg-activities",
    "events",
    "visit-reports",
    "news",
    "contacts",
]
INTERNAL_NAMES = {*INTERNAL_VISIT_FIELDS, *INTERNAL_PERSON_FIELDS, *STAFF_ONLY_FIELDS}
INTERNAL_VALUES = [
    # tests/factories.py gives every visit and person these internal details.
    "Vertraulich: Sitzordnung",
    "Oberbürgermeister (intern)",
    "Geheimzimmer 3.33",
    "0231 0000-4711",
    "0151 0000 0815",
    "Klingonisch",
    # and the networks below these.
    "Vertretung nur intern",
    "Arbeitsgruppe nur intern",
    "Berichte nur intern",
    "98765",
]
DRAFT = "entwurf-nicht-oeffentlich"


def api(endpoint, **kwargs):
    return reverse(f"opendata:{endpoint}-list", **kwargs)


def keys(data):
    """Every key of every object in a JSON document."""
    if isinstance(data, dict):
        return set(data) | {key for value in data.values() for key in keys(value)}
    if isinstance(data, list):
        return {key for item in data for key in keys(item)}
    return set()


@pytest.fixture
def content():
    """One published and one draft record of each kind, with internal details filled in."""
    internal = {
        "representatives": "Vertretung nur intern",
        "working_groups": "Arbeitsgruppe nur intern",
        "reports_due": "Berichte nur intern",
        "annual_fee": Decimal("98765.00"),
    }
    network = NetworkFactory(slug="eurocities", goals=[11], **internal)
    NetworkFactory(slug=f"{DRAFT}-network", draft=True, **internal)
    twin_city = TwinCityFactory(city=CityFactory(slug="amiens"), goals=[4])
    draft_twin_city = TwinCityFactory(city=CityFactory(slug=f"{DRAFT}-city"), draft=True)
    partnership = ProjectPartnershipFactory(slug="kumasi", topics=[TopicFactory()], goals=[13])
    ProjectPartnershipFactory(slug=f"{DRAFT}-partnership", draft=True)
    SdgActivityFactory(slug="fairtrade", goals=[12])
    SdgActivityFactory(slug=f"{DRAFT}-activity", draft=True, goals=[12])
    EventFactory(
        slug="fair-friends",
        twin_cities=[twin_city, draft_twin_city],
        project_partnerships=[partnership],
        networks=[network],
    )
    EventFactory(slug=f"{DRAFT}-event", draft=True)
    VisitReportFactory(slug="leeds-visit", visit=VisitFactory(twin_city=twin_city))
    VisitReportFactory(slug="secret-twin-visit", visit=VisitFactory(twin_city=draft_twin_city))
    VisitReportFactory(slug=f"{DRAFT}-report", draft=True)
    NewsItemFactory(slug="news", twin_cities=[twin_city, draft_twin_city])
    NewsItemFactory(slug=f"{DRAFT}-news", draft=True)
    PersonFactory(slug="helga", twin_cities=[twin_city, draft_twin_city], networks=[network])
    PersonFactory(slug=f"{DRAFT}-person", draft=True)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_api_shows_only_published_records_and_no_internal_field(
    client, content, endpoint, language
):
    listing = client.get(api(endpoint), {"lang": language})
    assert listing.status_code == 200
    documents = [listing]
    for record in listing.json()["results"]:
        lookup = {"number": record["number"]} if endpoint == "goals" else {"slug": record["slug"]}
        path = reverse(f"opendata:{endpoint}-detail", kwargs=lookup)
        documents.append(client.get(path, {"lang": language}))
    documents.append(client.get(api(endpoint), {"lang": language, "format": "csv"}))

    for response in documents:
        assert response.status_code == 200, response.request["PATH_INFO"]
        assert DRAFT not in response.text
        assert "secret-twin-visit" not in response.text or endpoint == "visit-reports"
        for value in INTERNAL_VALUES:
            assert value not in response.text
        if response["Content-Type"] == "application/json":
            assert not keys(response.json()) & INTERNAL_NAMES
        else:
            header = response.text.splitlines()[0].split(",")
            assert not {column.split(".")[-1] for column in header} & INTERNAL_NAMES


def test_a_draft_twin_city_is_not_named_by_the_report_of_its_visit(client, content):
    reports = client.get(api("visit-reports")).json()["results"]

    visit = next(r["visit"] for r in reports if r["slug"] == "secret-twin-visit")
    assert visit["twin_city"] is None
    assert next(r["visit"] for r in reports if r["slug"] == "leeds-visit")["twin_city"] == "amiens"


def test_texts_follow_the_requested_language(client):
    TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", name_en="Rostov-on-Don", country="RU"),
        teaser_de="Eine Freundschaft",
        teaser_en="A friendship",
    )

    german = client.get(api("twin-cities"), {"lang": "de"})
    english = client.get(api("twin-cities"), {"lang": "en"})
    by_header = client.get(api("twin-cities"), headers={"accept-language": "en-GB,en;q=0.8"})

    assert german.json()["results"][0]["city"]["name"] == "Rostow am Don"
    assert german.json()["results"][0]["city"]["country_name"] == "Russland"
    assert german.json()["results"][0]["url"].startswith("http://testserver/de/")
    assert german["Content-Language"] == "de"
    assert english.json()["results"][0]["teaser"] == "A friendship"
    assert english.json()["results"][0]["url"].startswith("http://testserver/en/")
    assert english["Content-Language"] == "en"
    assert by_header.json()["results"][0]["city"]["name"] == "Rostov-on-Don"
    assert "Accept-Language" in by_header["Vary"]


def test_missing_english_text_falls_back_to_german(client):
    ProjectPartnershipFactory(title_de="Nur auf Deutsch", title_en="")

    result = client.get(api("project-partnerships"), {"lang": "en"}).json()["results"][0]

    assert result["title"] == "Nur auf Deutsch"


def test_an_unknown_language_is_a_clear_error(client):
    response = client.get(api("networks"), {"lang": "fr"})

    assert response.status_code == 400
    assert "lang" in response.json()


def test_every_response_states_the_licence(client):
    TwinCityFactory(city=CityFactory(slug="leeds"))

    listing = client.get(api("twin-cities"))
    detail = client.get(reverse("opendata:twin-cities-detail", kwargs={"slug": "leeds"}))
    root = client.get(reverse("opendata:api-root"))

    assert listing.json()["license"]["name"] == LICENCE_NAME
    assert root.json()["license"]["name"] == LICENCE_NAME
    for response in (listing, detail, root):
        assert response["Link"] == '<https://www.govdata.de/dl-de/by-2-0>; rel="license"'
        assert response["Access-Control-Allow-Origin"] == "*"


def test_lists_are_paginated(client):
    NetworkFactory.create_batch(30)

    first = client.get(api("networks")).json()
    second = client.get(first["next"]).json()

    assert first["count"] == 30
    assert len(first["results"]) == 25
    assert len(second["results"]) == 5
    assert len(client.get(api("networks"), {"page_size": 10}).json()["results"]) == 10


def test_lists_take_the_same_filters_as_the_public_lists(client):
    climate = TopicFactory(slug="climate")
    ProjectPartnershipFactory(slug="with-topic", topics=[climate])
    ProjectPartnershipFactory(slug="without-topic")

    filtered = client.get(api("project-partnerships"), {"topic": "climate"}).json()
    unknown = client.get(api("project-partnerships"), {"topic": "no-such-topic"}).json()
    malformed = client.get(api("project-partnerships"), {"topic": "not a slug!"})

    assert [record["slug"] for record in filtered["results"]] == ["with-topic"]
    assert unknown["results"] == []  # a subscription to a topic stays narrowed to it
    assert malformed.status_code == 400
    assert "topic" in malformed.json()


def test_partner_cities_carry_their_coordinates(client):
    TwinCityFactory(
        city=CityFactory(slug="amiens", latitude=Decimal("49.89410"), longitude=Decimal("2.29580")),
        since=1960,
    )

    city = client.get(api("partner-cities")).json()["results"][0]

    assert (city["latitude"], city["longitude"]) == (49.8941, 2.2958)
    assert city["twin_city_since"] == 1960
    assert city["relations_url"] == "http://testserver/de/beziehungen/amiens/"


def test_the_api_is_read_only(client):
    assert client.post(api("networks"), {}).status_code == 405
    assert client.delete(api("networks")).status_code == 405


def test_api_responses_are_served_from_the_cache_until_content_changes(
    client, django_assert_num_queries
):
    NetworkFactory(slug="first")
    client.get(api("networks"))

    with django_assert_num_queries(0):
        cached = client.get(api("networks"))
    NetworkFactory(slug="second")
    fresh = client.get(api("networks"))

    assert [record["slug"] for record in cached.json()["results"]] == ["first"]
    assert {record["slug"] for record in fresh.json()["results"]} == {"first", "second"}
    assert cached["Content-Language"] == "de"


def make(endpoint, size):
    """`size` published records for an endpoint, each with its relations."""
    if endpoint == "goals":
        return
    for _ in range(size):
        city = CityFactory()
        twin_city = TwinCityFactory(city=city, goals=[4, 5])
        twin_city.links.create(label_de="Website", url="https://example.org/")
        partnership = ProjectPartnershipFactory(
            partner_cities=[city, CityFactory()], topics=[TopicFactory()], goals=[13]
        )
        network = NetworkFactory(topics=[TopicFactory()], goals=[11])
        if endpoint in ("events", "sdg-activities", "visit-reports", "news", "contacts"):
            EventFactory(
                twin_cities=[twin_city],
                project_partnerships=[partnership],
                networks=[network],
                goals=[17],
            )
            SdgActivityFactory(goals=[12, 13])
            VisitReportFactory(visit=VisitFactory(twin_city=twin_city))
            VisitReportFactory(visit=VisitFactory(project_partnership=partnership))
            NewsItemFactory(twin_cities=[twin_city], networks=[network])
            PersonFactory(twin_cities=[twin_city], networks=[network], countries=["FR"])


# count and page of the list, plus one query per prefetched relation
QUERIES = {
    "partner-cities": 2,
    "twin-cities": 4,
    "project-partnerships": 5,
    "networks": 4,
    "goals": 2,
    "sdg-activities": 3,
    "events": 6,
    "visit-reports": 2,
    "news": 6,
    "contacts": 6,
}


# records per round of make(): each twin city's partnership has a second city
COUNTS = {"partner-cities": 2, "visit-reports": 2}


@pytest.mark.parametrize("size", [3, 50])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_api_lists_run_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, endpoint, size
):
    make(endpoint, size)

    with django_assert_num_queries(QUERIES[endpoint]):
        response = client.get(api(endpoint), {"lang": "en"})

    assert response.json()["count"] == COUNTS.get(endpoint, 1) * size if endpoint != "goals" else 17


def test_json_is_valid_utf8(client):
    NetworkFactory(name_de="Städtetag")

    assert (
        "Städtetag"
        in json.loads(client.get(api("networks")).content.decode())["results"][0]["name"]
    )
