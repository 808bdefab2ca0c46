import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from ina_portal.features.overview.relations import SHOWN
from partnerships.models import TwinCityStatus
from tests.factories import (
    CityFactory,
    EventFactory,
    NewsItemFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
    VisitFactory,
    VisitReportFactory,
)

pytestmark = pytest.mark.django_db


def city_url(slug, language="en"):
    with translation.override(language):
        return reverse("overview:city_relations", kwargs={"slug": slug})


def country_url(code, language="en"):
    with translation.override(language):
        return reverse("overview:country_relations", kwargs={"code": code})


@pytest.fixture
def amiens():
    """Amiens with a twinning, a partnership, an event, a visit report and a contact."""
    twin_city = TwinCityFactory(
        city=CityFactory(name_de="Amiens", name_en="Amiens", slug="amiens", country="FR"),
        since=1960,
        goals=[4, 16],
    )
    partnership = ProjectPartnershipFactory(
        title_en="Youth exchange with Amiens",
        partner_cities=[twin_city.city],
        start_year=2015,
        end_year=2021,
        goals=[4, 17],
    )
    EventFactory(title_en="Amiens week", twin_cities=[twin_city])
    EventFactory(title_en="Exchange fair", project_partnerships=[partnership])
    visit = VisitFactory(
        twin_city=twin_city, country="FR", start_date=date(2019, 5, 2), end_date=date(2019, 5, 3)
    )
    VisitReportFactory(visit=visit, title_en="The mayor of Amiens visits Dortmund")
    PersonFactory(first_name="Claire", last_name="Dupont", twin_cities=[twin_city])
    NewsItemFactory(title_en="Amiens and Dortmund plant a tree", project_partnerships=[partnership])
    return twin_city


def test_city_page_shows_everything_that_connects_dortmund_with_it(client, amiens):
    page = client.get(city_url("amiens")).text

    assert "<h1>Dortmund and Amiens</h1>" in page
    assert "twin city since 1960" in page
    assert "Youth exchange with Amiens" in page
    assert "2015–2021" in page
    assert "Amiens week" in page and "Exchange fair" in page
    assert "The mayor of Amiens visits Dortmund" in page
    assert "Claire Dupont" in page
    assert "Amiens and Dortmund plant a tree" in page
    for number in (4, 16, 17):
        assert f'href="/en/sustainable-development-goals/{number}/"' in page


def test_city_page_in_german(client, amiens):
    page = client.get(city_url("amiens", "de")).text

    assert "<h1>Dortmund und Amiens</h1>" in page
    assert "Partnerstadt seit 1960" in page
    assert "Zeitleiste" in page


def timeline_of(page):
    start = page.index('<ol class="timeline">')
    return page[start : page.index("</section>", start)]


def test_timeline_lists_the_partnerships_by_year_in_an_ordered_list(client, amiens):
    timeline = timeline_of(client.get(city_url("amiens")).text)

    years = [int(year) for year in re.findall(r'timeline__year">(\d+)<', timeline)]
    assert years == sorted(years)
    assert {1960, 2015, 2019, 2021} <= set(years)
    assert "Town twinning with Amiens" in timeline
    assert "Youth exchange with Amiens begins" in timeline
    assert "Youth exchange with Amiens ends" in timeline
    assert "The mayor of Amiens visits Dortmund" in timeline


def test_timeline_holds_the_events_and_news_of_the_page_too_each_by_its_day(client, amiens):
    tz = timezone.get_current_timezone()
    EventFactory(
        title_en="Amiens choir in Dortmund",
        twin_cities=[amiens],
        start=datetime(2019, 9, 14, 18, tzinfo=tz),
        end=datetime(2019, 9, 14, 21, tzinfo=tz),
    )
    NewsItemFactory(
        title_en="Amiens invites to its choir festival",
        twin_cities=[amiens],
        publish_at=datetime(2019, 3, 1, 9, tzinfo=tz),
    )

    timeline = timeline_of(client.get(city_url("amiens")).text)

    year_2019 = timeline[timeline.index('timeline__year">2019<') :]
    year_2019 = year_2019[: year_2019.index("</ol>")]
    items = re.findall(
        r'<span class="timeline__kind">(\w+)<span class="visually-hidden">:</span></span>\s*'
        r'<a href="[^"]+">([^<]+)</a>\s*(?:<time[^>]*datetime="([\d-]+)")?',
        year_2019,
    )
    assert items == [
        ("News", "Amiens invites to its choir festival", "2019-03-01"),
        ("Visit", "The mayor of Amiens visits Dortmund", "2019-05-02"),
        ("Event", "Amiens choir in Dortmund", "2019-09-14"),
    ]
    assert "Amiens week" in timeline and "Exchange fair" in timeline
    assert "Amiens and Dortmund plant a tree" in timeline


def test_city_page_shows_no_internal_contact_details(client, amiens):
    page = client.get(city_url("amiens")).text

    assert "Geheimzimmer" not in page
    assert "0231 0000-4711" not in page
    assert "Klingonisch" not in page
    assert "Vertraulich" not in page


def test_unpublished_records_stay_off_the_city_page(client, amiens):
    ProjectPartnershipFactory(title_en="Secret draft", draft=True, partner_cities=[amiens.city])
    EventFactory(title_en="Draft event", draft=True, twin_cities=[amiens])
    VisitReportFactory(visit=VisitFactory(twin_city=amiens), title_en="Draft report", draft=True)
    PersonFactory(first_name="Hidden", last_name="Person", draft=True, twin_cities=[amiens])
    NewsItemFactory(title_en="Draft news", draft=True, twin_cities=[amiens])

    page = client.get(city_url("amiens")).text

    for text in ("Secret draft", "Draft event", "Draft report", "Hidden Person", "Draft news"):
        assert text not in page


def test_city_without_a_published_relation_has_no_page(client):
    TwinCityFactory(draft=True, city=CityFactory(slug="drafted"))
    CityFactory(slug="unrelated")

    assert client.get(city_url("drafted")).status_code == 404
    assert client.get(city_url("unrelated")).status_code == 404
    assert client.get(city_url("atlantis")).status_code == 404


def test_country_page_gathers_the_partner_cities_of_a_country(client, amiens):
    TwinCityFactory(
        city=CityFactory(name_en="Lille", slug="lille", country="FR"),
        since=1990,
        status=TwinCityStatus.SUSPENDED,
    )
    TwinCityFactory(city=CityFactory(name_en="Leeds", slug="leeds", country="GB"))
    VisitReportFactory(
        visit=VisitFactory(country="FR", twin_city=None), title_en="The French ambassador"
    )
    PersonFactory(first_name="Pierre", last_name="Martin", countries=["FR"])

    page = client.get(country_url("fr")).text

    assert "<h1>Dortmund and France</h1>" in page
    assert 'href="/en/relations/amiens/">Amiens</a>' in page
    assert 'href="/en/relations/lille/">Lille</a>' in page
    assert "Leeds" not in page.split('id="partner-map-title"')[0]
    assert "The French ambassador" in page
    assert "Pierre Martin" in page
    assert "suspended" in page


def test_country_without_partner_cities_or_in_capitals_has_no_page(client, amiens):
    assert client.get(country_url("de")).status_code == 404
    assert client.get(country_url("xx")).status_code == 404
    assert client.get(country_url("FR")).status_code == 404
    assert client.get(country_url("fra")).status_code == 404


def test_twin_city_and_partnership_pages_link_to_the_relationship_pages(client, amiens):
    twin_page = client.get(amiens.get_absolute_url()).text
    partnership = amiens.city.project_partnerships.get()
    partnership_page = client.get(partnership.get_absolute_url()).text

    assert f'href="{city_url("amiens", "de")}"' in twin_page
    assert 'href="/de/beziehungen/amiens/">Amiens</a>' in partnership_page
    assert 'href="/de/beziehungen/land/fr/">Frankreich</a>' in partnership_page


def test_relationship_page_shows_its_city_highlighted_on_the_map(client, amiens):
    TwinCityFactory(
        city=CityFactory(
            slug="leeds", country="GB", latitude=Decimal("53.80"), longitude=Decimal("-1.55")
        )
    )

    page = client.get(city_url("amiens")).text

    assert 'class="map-marker map-marker--twin-city map-marker--highlighted"' in page
    # In the view of Europe; in the world's, the two cities are one group.
    assert page.count("map-marker--highlighted") == 1
    assert 'class="map-group map-group--highlighted"' in page


def add_relations(city, count):
    twin_city = city.twinning
    for _ in range(count):
        partnership = ProjectPartnershipFactory(partner_cities=[city], goals=[13])
        EventFactory(twin_cities=[twin_city], project_partnerships=[partnership])
        VisitReportFactory(visit=VisitFactory(twin_city=twin_city))
        VisitReportFactory(visit=VisitFactory(project_partnership=partnership))
        PersonFactory(project_partnerships=[partnership])
        NewsItemFactory(twin_cities=[twin_city], project_partnerships=[partnership])


@pytest.mark.parametrize("size", [3, 50])
def test_city_page_runs_the_same_queries_whatever_the_number_of_relations(
    client, django_assert_num_queries, size
):
    twin_city = TwinCityFactory(city=CityFactory(slug="amiens"), goals=[4])
    add_relations(twin_city.city, size)

    # city, twin cities, partnerships, events, news, visit reports, their photos,
    # contacts, the goals served, the map, the organisations and exchange programmes of
    # the relationship: each list the first few with the count in the same query
    with django_assert_num_queries(12):
        response = client.get(city_url("amiens"))

    partnerships = response.context["relations"].partnerships
    assert partnerships.count == size
    assert len(partnerships.shown) == min(size, SHOWN)


@pytest.mark.parametrize("size", [3, 50])
def test_country_page_runs_the_same_queries_whatever_the_number_of_cities(
    client, django_assert_num_queries, size
):
    for _ in range(size):
        add_relations(TwinCityFactory(city=CityFactory(country="GH")).city, 1)

    with django_assert_num_queries(12):
        response = client.get(country_url("gh"))

    assert response.context["relations"].city_list.count == size
