import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from ina_portal.features.overview.worldmap import HEIGHT, WIDTH, project
from tests.factories import CityFactory, ProjectPartnershipFactory, TwinCityFactory
from tests.urls import url

pytestmark = pytest.mark.django_db

TRANSLATE = re.compile(r"translate\(([-\d.]+) ([-\d.]+)\)")


class MarkerParser(HTMLParser):
    """The markers of the partner map: each <a> in its views' <svg>s, with the view's key,
    its <title> and its position."""

    def __init__(self):
        super().__init__()
        self.markers = []
        self.in_svg = self.in_link = self.in_title = False
        self.view = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and attrs.get("id", "").startswith("partner-map-"):
            self.view = attrs["id"].removeprefix("partner-map-")
        elif tag == "svg" and "partner-map__svg" in attrs.get("class", ""):
            self.in_svg = True
        elif self.in_svg and tag == "a":
            self.in_link = True
            self.markers.append({**attrs, "title": "", "view": self.view})
        elif self.in_svg and self.markers and tag == "g" and "position" not in self.markers[-1]:
            x, y = TRANSLATE.match(attrs["transform"]).groups()
            self.markers[-1]["position"] = (float(x), float(y))
        elif self.in_link and tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False
        elif tag == "a":
            self.in_link = False
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title and self.in_svg and self.markers:
            self.markers[-1]["title"] += data


def all_markers(html):
    parser = MarkerParser()
    parser.feed(html)
    return parser.markers


def markers(html, view=None):
    """The single cities' markers by slug, of one view or (the closer view last) of all."""
    return {
        marker["data-city"]: marker
        for marker in all_markers(html)
        if "data-city" in marker and view in (None, marker["view"])
    }


def cities_on(html, view):
    """The number of cities a view shows, alone or in a group."""
    return sum(
        int(marker.get("data-count", 1)) for marker in all_markers(html) if marker["view"] == view
    )


def test_projection_puts_the_equator_and_the_prime_meridian_in_the_middle_of_the_map():
    x, y = project(0, 0)

    assert x == WIDTH / 2
    assert 0 < y < HEIGHT
    assert project(0, -180)[0] == 0
    assert project(0, 180)[0] == WIDTH
    # North is up, west is left.
    assert project(51, 7)[1] < y
    assert project(40, -80)[0] < x


def test_map_on_the_home_page_marks_every_published_partner_city_where_it_lies(client):
    amiens = TwinCityFactory(
        city=CityFactory(
            name_de="Amiens",
            slug="amiens",
            country="FR",
            latitude=Decimal("49.89410"),
            longitude=Decimal("2.29580"),
        ),
        since=1960,
    ).city
    kumasi = CityFactory(
        name_de="Kumasi",
        slug="kumasi",
        country="GH",
        latitude=Decimal("6.68850"),
        longitude=Decimal("-1.62440"),
    )
    ProjectPartnershipFactory(partner_cities=[kumasi])

    found = markers(client.get(url("home", "de")).text)

    assert found.keys() == {"amiens", "kumasi"}
    for city in (amiens, kumasi):
        marker = found[city.slug]
        assert Decimal(marker["data-latitude"]) == city.latitude
        assert Decimal(marker["data-longitude"]) == city.longitude
        assert marker["position"] == project(city.latitude, city.longitude)
    assert found["amiens"]["data-kind"] == "twin-city"
    assert found["kumasi"]["data-kind"] == "project-partner"


def test_unpublished_partner_cities_are_not_on_the_map(client):
    TwinCityFactory(draft=True, city=CityFactory(slug="draft-town"))
    TwinCityFactory(scheduled=True, city=CityFactory(slug="future-town"))
    ProjectPartnershipFactory(draft=True, partner_cities=[CityFactory(slug="draft-partner")])
    CityFactory(slug="no-partnership-at-all")
    TwinCityFactory(city=CityFactory(slug="published-town"))

    page = client.get(url("partnerships:twincity_list", "en")).text

    assert markers(page).keys() == {"published-town"}
    assert "draft-town" not in page
    assert "draft-partner" not in page


def test_markers_are_links_to_the_relationship_page_with_a_name_in_the_readers_language(client):
    TwinCityFactory(
        city=CityFactory(
            name_de="Rostow am Don", name_en="Rostov-on-Don", slug="rostov", country="RU"
        ),
        since=1977,
    )

    german = markers(client.get(url("home", "de")).text)["rostov"]
    english = markers(client.get(url("home", "en")).text)["rostov"]

    assert german["href"] == "/de/beziehungen/rostov/"
    assert german["aria-label"] == "Rostow am Don, Russland – Partnerstadt seit 1977"
    assert german["title"] == german["aria-label"]
    assert english["href"] == "/en/relations/rostov/"
    assert english["aria-label"] == "Rostov-on-Don, Russia – twin city since 1977"


def test_a_city_with_twinning_and_partnerships_has_one_marker_that_names_both(client):
    leeds = TwinCityFactory(
        city=CityFactory(name_en="Leeds", slug="leeds", country="GB"), since=1969
    ).city
    ProjectPartnershipFactory.create_batch(2, partner_cities=[leeds])

    marker = markers(client.get(url("home", "en")).text)["leeds"]

    assert marker["aria-label"] == (
        "Leeds, United Kingdom – twin city since 1969, 2 project partnerships"
    )
    assert marker["data-kind"] == "twin-city"


def test_map_has_a_legend_and_its_cities_by_country_as_a_table_and_a_list(client):
    TwinCityFactory(city=CityFactory(name_en="Buffalo", slug="buffalo", country="US"), since=1977)
    ProjectPartnershipFactory(
        partner_cities=[
            CityFactory(name_en="Dabola", slug="dabola", country="GN"),
            CityFactory(name_en="Conakry", slug="conakry", country="GN"),
        ]
    )

    page = client.get(url("partnerships:projectpartnership_list", "en")).text

    legend = page[page.index('class="partner-map__legend"') :]
    assert "Twin city" in legend and "Project partner" in legend
    table = page[page.index('<table class="data-table">') : page.index("</table>")]
    assert '<a href="/en/relations/country/gn/">Guinea</a></th><td>2</td><td>0</td>' in table
    assert (
        '<a href="/en/relations/country/us/">United States of America</a></th><td>1</td><td>1</td>'
        in table
    )
    assert '<a href="/en/relations/">All 3 partner cities as a list</a>' in page
    listed = client.get("/en/relations/").text
    assert (
        '<a href="/en/relations/buffalo/">Buffalo</a></th>'
        '<td><a href="/en/relations/country/us/">United States of America</a></td>'
        "<td>twin city since 1977</td>" in listed
    )
    assert '<a href="/en/relations/dabola/">Dabola</a></th>' in listed


def test_detail_page_highlights_its_own_city(client):
    twin_city = TwinCityFactory(
        city=CityFactory(slug="novi-sad", latitude=Decimal("45.25"), longitude=Decimal("19.84"))
    )
    TwinCityFactory(
        city=CityFactory(slug="zwickau", latitude=Decimal("50.72"), longitude=Decimal("12.49"))
    )

    found = markers(client.get(twin_city.get_absolute_url()).text)

    assert "map-marker--highlighted" in found["novi-sad"]["class"]
    assert "map-marker--highlighted" not in found["zwickau"]["class"]


def test_map_loads_its_outlines_from_the_portal(client):
    TwinCityFactory()

    page = client.get(url("home", "en")).text

    assert '<image href="/static/map/world.svg"' in page


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_home_page_with_the_map_runs_as_many_queries_for_50_partners_as_for_3(client):
    TwinCityFactory.create_batch(3)
    ProjectPartnershipFactory.create_batch(3)
    client.get(url("home", "de"))  # the site's first request fills lazy caches
    few = queries_of(client, url("home", "en"))
    TwinCityFactory.create_batch(47)
    ProjectPartnershipFactory.create_batch(47)

    many = queries_of(client, url("home", "en"))

    assert many == few
    assert cities_on(client.get(url("home", "en")).text, "world") == 100


@pytest.mark.parametrize("size", [3, 50])
def test_partner_map_costs_one_query_whatever_the_number_of_cities(django_assert_num_queries, size):
    TwinCityFactory.create_batch(size)
    ProjectPartnershipFactory.create_batch(size)
    template = Template("{% load partner_map %}{% partner_map %}")

    with django_assert_num_queries(1):
        html = template.render(Context())

    assert cities_on(html, "world") == 2 * size


def city(slug, country, latitude, longitude):
    return CityFactory(
        name_en=slug.title(),
        slug=slug,
        country=country,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
    )


def world_markers(page):
    return [marker for marker in all_markers(page) if marker["view"] == "world"]


def test_cities_too_close_for_the_world_view_are_one_group_and_apart_in_the_europe_view(client):
    for slug, country, latitude, longitude in [
        ("amiens", "FR", "49.89", "2.30"),
        ("leeds", "GB", "53.80", "-1.55"),
        ("zwickau", "DE", "50.72", "12.49"),
        ("xian", "CN", "34.34", "108.94"),
    ]:
        TwinCityFactory(city=city(slug, country, latitude, longitude))

    page = client.get(url("home", "en")).text

    group = next(marker for marker in world_markers(page) if "data-cities" in marker)
    assert sorted(group["data-cities"].split()) == ["amiens", "leeds", "zwickau"]
    assert group["href"] == "#partner-map-europe"
    assert group["aria-label"] == (
        "3 partner cities in Europe: Amiens, Leeds, Zwickau – show the map of Europe"
    )
    assert markers(page, "world").keys() == {"xian"}
    assert markers(page, "europe").keys() == {"amiens", "leeds", "zwickau"}


def test_a_group_outside_europe_leads_to_its_country_or_to_the_table(client):
    ProjectPartnershipFactory(
        partner_cities=[
            city("pittsburgh", "US", "40.44", "-79.99"),
            city("buffalo", "US", "42.89", "-78.88"),
        ]
    )
    ProjectPartnershipFactory(
        partner_cities=[
            city("kumasi", "GH", "6.69", "-1.62"),
            city("dabola", "GN", "10.75", "-11.11"),
        ]
    )

    groups = {
        " ".join(sorted(marker["data-cities"].split())): marker
        for marker in world_markers(client.get(url("home", "en")).text)
        if "data-cities" in marker
    }

    assert groups.keys() == {"buffalo pittsburgh", "dabola kumasi"}
    assert groups["buffalo pittsburgh"]["href"] == "/en/relations/country/us/"
    assert groups["buffalo pittsburgh"]["aria-label"] == (
        "2 partner cities in United States of America: Buffalo, Pittsburgh"
    )
    assert groups["dabola kumasi"]["href"] == "#partner-map-table"
    assert 'id="partner-map-table"' in client.get(url("home", "en")).text
