"""The relationship pages stay the same size whatever the data: each kind of record shows
its most recent few with a link to all of them (a page of their own, or the partnerships
list narrowed to the country), the timeline its latest milestones, a country's page the
first of its partner cities."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from ina_portal.features.overview.relations import CITIES_SHOWN, PER_PAGE, SHOWN, TIMELINE_SHOWN
from tests.factories import (
    CityFactory,
    EventFactory,
    ExchangeProgrammeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
    VisitFactory,
    VisitReportFactory,
)

pytestmark = pytest.mark.django_db


def url(name, **kwargs):
    with translation.override("en"):
        return reverse(f"overview:{name}", kwargs=kwargs)


@pytest.fixture
def amiens():
    return TwinCityFactory(city=CityFactory(name_en="Amiens", slug="amiens", country="FR"))


def events_of(twin_city, count):
    now = timezone.now()
    return [
        EventFactory(
            title_en=f"Amiens event {n:02d}",
            twin_cities=[twin_city],
            start=now - timedelta(days=n),
            end=now - timedelta(days=n) + timedelta(hours=2),
        )
        for n in range(count)
    ]


def titles(page, prefix):
    return re.findall(rf">({prefix} \d+)<", page)


def test_city_page_shows_the_latest_events_and_links_to_all_of_them(client, amiens):
    events_of(amiens, SHOWN + 4)
    page = client.get(url("city_relations", slug="amiens")).text

    events = page[page.index('id="events"') :]
    events = events[: events.index("</section>")]
    assert titles(events, "Amiens event") == [f"Amiens event {n:02d}" for n in range(SHOWN)]
    all_url = url("city_relations_kind", slug="amiens", kind="events")
    assert f'<a href="{all_url}">Show all {SHOWN + 4} events</a>' in page

    everything = client.get(all_url).text
    assert "<h1>Events: Dortmund and Amiens</h1>" in everything
    assert f"{SHOWN + 4} in all." in everything
    assert titles(everything, "Amiens event") == [f"Amiens event {n:02d}" for n in range(SHOWN + 4)]
    assert f'href="{url("city_relations", slug="amiens")}"' in everything


def test_no_show_all_link_when_everything_is_shown(client, amiens):
    events_of(amiens, SHOWN)

    page = client.get(url("city_relations", slug="amiens")).text

    assert "Show all" not in page


def test_the_page_of_one_kind_is_paginated(client, amiens):
    events_of(amiens, PER_PAGE + 2)
    all_url = url("city_relations_kind", slug="amiens", kind="events")

    first = client.get(all_url).text
    second = client.get(all_url, {"page": 2}).text

    assert len(titles(first, "Amiens event")) == PER_PAGE
    assert titles(second, "Amiens event") == [f"Amiens event {PER_PAGE + n:02d}" for n in (0, 1)]
    assert '<nav class="pagination" aria-label="Pages">' in first
    assert 'href="?page=2" rel="next"' in first
    beyond = client.get(all_url, {"page": 3})
    assert beyond.status_code == 404
    assert f'<a href="{all_url}">Go to the first page of the list</a>' in beyond.text


def test_each_kind_has_its_page_with_only_published_records(client, amiens):
    partnership = ProjectPartnershipFactory(title_en="Youth exchange", partner_cities=[amiens.city])
    ProjectPartnershipFactory(title_en="Draft exchange", partner_cities=[amiens.city], draft=True)
    NewsItemFactory(title_en="Amiens news", twin_cities=[amiens])
    VisitReportFactory(visit=VisitFactory(twin_city=amiens), title_en="Amiens visit")
    PersonFactory(first_name="Claire", last_name="Dupont", twin_cities=[amiens])
    OrganisationFactory(name_en="Friends of Amiens", twin_cities=[amiens])
    ExchangeProgrammeFactory(title_en="Amiens school exchange", project_partnership=partnership)
    expected = {
        "twinnings": "twin city since",
        "partnerships": "Youth exchange",
        "news": "Amiens news",
        "visits": "Amiens visit",
        "contacts": "Claire Dupont",
        "organisations": "Friends of Amiens",
        "programmes": "Amiens school exchange",
    }
    for kind, text in expected.items():
        page = client.get(url("city_relations_kind", slug="amiens", kind=kind)).text
        assert text in page, kind
        assert "Draft exchange" not in page


def test_unknown_kinds_and_cities_have_no_page(client, amiens):
    assert client.get(url("city_relations_kind", slug="amiens", kind="bananas")).status_code == 404
    assert client.get(url("city_relations_kind", slug="amiens", kind="cities")).status_code == 404
    assert client.get(url("city_relations_kind", slug="atlantis", kind="news")).status_code == 404
    assert client.get(url("country_relations_kind", code="de", kind="news")).status_code == 404
    assert client.get(url("country_relations_kind", code="FR", kind="news")).status_code == 404


def test_country_page_names_the_first_partner_cities_and_links_to_all(client):
    for n in range(CITIES_SHOWN + 3):
        TwinCityFactory(city=CityFactory(name_en=f"Ghana city {n:02d}", country="GH"))

    page = client.get(url("country_relations", code="gh")).text

    facts = page[: page.index("</dl>")]
    assert len(titles(facts, "Ghana city")) == CITIES_SHOWN
    all_url = url("country_relations_kind", code="gh", kind="cities")
    assert f'<a href="{all_url}">Show all {CITIES_SHOWN + 3} partner cities</a>' in facts
    everything = client.get(all_url).text
    assert len(titles(everything, "Ghana city")) == CITIES_SHOWN + 3


def test_country_page_links_to_the_partnerships_list_of_the_country(client):
    city = TwinCityFactory(city=CityFactory(country="GH")).city
    for n in range(SHOWN + 1):
        ProjectPartnershipFactory(title_en=f"Ghana project {n:02d}", partner_cities=[city])
    ProjectPartnershipFactory(
        title_en="Leeds project 1", partner_cities=[CityFactory(country="GB")]
    )

    page = client.get(url("country_relations", code="gh")).text

    section = page[page.index('id="project-partnerships"') :]
    section = section[: section.index("</section>")]
    assert len(titles(section, "Ghana project")) == SHOWN
    with translation.override("en"):
        list_url = reverse("partnerships:projectpartnership_list") + "?country=GH"
    assert f'<a href="{list_url}">Show all {SHOWN + 1} project partnerships</a>' in section
    listed = client.get(list_url).text
    assert "Ghana project 00" in listed
    assert "Leeds project" not in listed


def test_timeline_holds_the_latest_milestones_with_how_many_in_all(client, amiens):
    events_of(amiens, TIMELINE_SHOWN + 5)

    page = client.get(url("city_relations", slug="amiens")).text

    start = page.index('<ol class="timeline">')
    timeline = page[start : page.index("</section>", start)]
    assert len(re.findall(r'class="timeline__milestone ', timeline)) == TIMELINE_SHOWN
    # The twinning (its year long ago) is among the earlier milestones left out.
    assert "Town twinning with Amiens" not in timeline
    assert "Amiens event 00" in timeline
    total = TIMELINE_SHOWN + 5 + 1
    assert f"The latest {TIMELINE_SHOWN} of {total} milestones." in page


def test_organisations_and_programmes_are_capped_with_a_link_to_all(client, amiens):
    for _ in range(SHOWN + 2):
        OrganisationFactory(twin_cities=[amiens])
        ExchangeProgrammeFactory(twin_city=amiens)

    page = client.get(url("city_relations", slug="amiens")).text

    organisations = url("city_relations_kind", slug="amiens", kind="organisations")
    programmes = url("city_relations_kind", slug="amiens", kind="programmes")
    assert f'href="{organisations}">Show all {SHOWN + 2} associations and organisations' in page
    assert f'href="{programmes}">Show all {SHOWN + 2} exchange programmes' in page
    assert page.count("Partnership association ") == SHOWN
    assert len(re.findall(r">School exchange \d+<", client.get(programmes).text)) == SHOWN + 2


def add_everything(twin_city, count):
    for _ in range(count):
        partnership = ProjectPartnershipFactory(partner_cities=[twin_city.city])
        EventFactory(twin_cities=[twin_city], project_partnerships=[partnership])
        NewsItemFactory(twin_cities=[twin_city])
        VisitReportFactory(visit=VisitFactory(twin_city=twin_city))
        PersonFactory(twin_cities=[twin_city])
        OrganisationFactory(twin_cities=[twin_city])
        ExchangeProgrammeFactory(twin_city=twin_city)


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize(
    "kind, queries",
    [
        # the city, the count, the page (with a prefetch, if any)
        ("twinnings", 3),
        ("partnerships", 3),
        ("events", 3),
        ("news", 3),
        ("visits", 4),  # the photos
        ("contacts", 3),
        ("organisations", 3),
        ("programmes", 3),
    ],
)
def test_the_page_of_one_kind_runs_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, size, kind, queries
):
    add_everything(TwinCityFactory(city=CityFactory(slug="amiens", country="FR")), size)

    with django_assert_num_queries(queries):
        response = client.get(url("city_relations_kind", slug="amiens", kind=kind))

    assert response.status_code == 200
    assert len(response.context["object_list"]) == min(size, PER_PAGE) or kind == "twinnings"


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize("kind", ["cities", "events", "contacts"])
def test_a_countrys_page_of_one_kind_runs_the_same_queries_whatever_the_number_of_cities(
    client, django_assert_num_queries, size, kind
):
    for _ in range(size):
        add_everything(TwinCityFactory(city=CityFactory(country="GH")), 1)

    # the country's partner cities, the count, the page
    with django_assert_num_queries(3):
        response = client.get(url("country_relations_kind", code="gh", kind=kind))

    assert response.context["paginator"].count == size
