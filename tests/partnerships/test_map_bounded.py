"""The partner map costs a page the same whatever the number of partner cities: a bounded
number of markers, group labels of a bounded length, a table by country, and the list of
every partner city on pages of its own."""

import math
import random
import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django_countries.fields import Country

from ina_portal.features.overview import worldmap
from ina_portal.features.overview.templatetags.partner_map import COUNTRY_ROWS
from tests.factories import CityFactory, ProjectPartnershipFactory, TwinCityFactory
from tests.partnerships.test_map import all_markers, cities_on

pytestmark = pytest.mark.django_db


def fake_marker(number, latitude, longitude, country="GH"):
    city = SimpleNamespace(
        pk=number,
        name=f"City {number:04d}",
        slug=f"city-{number}",
        country=Country(country),
        latitude=Decimal(f"{latitude:.5f}"),
        longitude=Decimal(f"{longitude:.5f}"),
    )
    return worldmap.Marker(city=city, kind="twin-city", twin_since=2000, partnerships=0)


def chained(markers, reach):
    """The grouping as it was first written: every marker measured against every group."""
    groups = []
    for marker in markers:
        near = [
            group
            for group in groups
            if any(math.dist(marker.position, other.position) < reach for other in group)
        ]
        merged = [marker]
        for group in near:
            merged[:0] = group
            groups.remove(group)
        groups.append(merged)
    return groups


def test_the_grid_groups_the_markers_as_the_chains_did():
    rng = random.Random(7)
    markers = [fake_marker(n, rng.uniform(35, 60), rng.uniform(-10, 40)) for n in range(300)]
    reach = 2 * worldmap.EUROPE.radius

    found = worldmap.components(markers, reach)
    expected = chained(markers, reach)

    assert [sorted(m.city.pk for m in group) for group in found] == [
        sorted(m.city.pk for m in group) for group in expected
    ]


def test_a_view_draws_at_most_max_items_however_scattered_the_cities():
    markers = [
        fake_marker(n, latitude, longitude)
        for n, (latitude, longitude) in enumerate(
            (latitude, longitude)
            for latitude in range(-50, 80, 8)
            for longitude in range(-175, 180, 10)
        )
    ]

    items = worldmap.grouped(markers, worldmap.WORLD)

    assert len(markers) > 3 * worldmap.MAX_ITEMS
    assert len(items) <= worldmap.MAX_ITEMS
    assert sum(getattr(item, "count", 1) for item in items) == len(markers)


def test_a_large_group_names_ten_cities_and_counts_the_others(client):
    cities = [
        CityFactory(
            name_en=f"Town {n:02d}",
            slug=f"town-{n:02d}",
            country="GH",
            latitude=Decimal("6.68850") + Decimal(n) / 100,
            longitude=Decimal("-1.62440"),
        )
        for n in range(60)
    ]
    ProjectPartnershipFactory(partner_cities=cities)

    page = client.get("/en/").text

    (group,) = [m for m in all_markers(page) if m["view"] == "world" and "data-count" in m]
    assert group["data-count"] == "60"
    assert group["data-cities"] == " ".join(f"town-{n:02d}" for n in range(10))
    names = ", ".join(f"Town {n:02d}" for n in range(10))
    assert group["aria-label"] == f"60 partner cities in Ghana: {names} and 50 more"
    assert group["title"] == group["aria-label"]
    assert group["href"] == "/en/relations/country/gh/"


def drawn_map(monkeypatch, size):
    """The map of `size` partner cities spread over the world, twenty to a country."""
    rng = random.Random(size)
    codes = ["GH", "FR", "US", "CN", "BR", "IN", "JP", "KE", "MX", "CA", "RU", "ZA"]
    markers = [
        fake_marker(n, rng.uniform(-50, 75), rng.uniform(-170, 170), codes[n // 20 % len(codes)])
        for n in range(size)
    ]
    monkeypatch.setattr(worldmap, "partner_markers", lambda highlight: markers)
    return Template("{% load partner_map %}{% partner_map %}").render(Context())


def test_the_map_of_4000_scattered_cities_is_no_larger_than_that_of_1400(monkeypatch, settings):
    settings.PAGE_CACHE_SECONDS = 0  # both drawn, neither from the cache
    smaller = drawn_map(monkeypatch, 1400)
    larger = drawn_map(monkeypatch, 4000)

    assert cities_on(larger, "world") == 4000
    assert len(larger) < 1.25 * len(smaller)
    assert len(larger) < 30_000


COUNTRIES = [
    "AT", "BE", "BG", "BR", "CA", "CN", "CZ", "DK", "EE", "ES", "FI", "FR", "GB", "GH", "GN",
    "GR", "HU", "IE", "IL", "IN", "IT", "JP", "KE", "LT", "LV", "MX", "NL", "NO", "PL", "PT",
    "RO", "RS",
]  # fmt: skip


def test_the_table_counts_cities_by_country_and_sums_up_the_countries_beyond_its_rows(client):
    for n, code in enumerate(COUNTRIES):
        # Every country but the last two has two partner cities, one of them a twin city.
        TwinCityFactory(city=CityFactory(country=code, slug=f"twin-{n}"))
        if n < len(COUNTRIES) - 2:
            ProjectPartnershipFactory(partner_cities=[CityFactory(country=code)])

    page = client.get("/en/project-partnerships/").text

    table = page[page.index('<table class="data-table">') : page.index("</table>")]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</th><td>(\d+)</td>", table)
    assert len(rows) == COUNTRY_ROWS + 1
    assert rows[-1] == ("2 other countries", "2")
    assert ('<a href="/en/relations/country/at/">Austria</a>', "2") in rows
    assert f"All {len(COUNTRIES) * 2 - 2} partner cities as a list" in page


def test_the_list_of_partner_cities_has_fifty_a_page_and_a_next_page_with_the_rest(client):
    TwinCityFactory.create_batch(30)
    ProjectPartnershipFactory.create_batch(25)

    first = client.get("/en/relations/").text
    second = client.get("/en/relations/?page=2").text

    first_rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">', first)
    second_rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">', second)
    assert len(first_rows) == 50
    assert len(second_rows) == 5
    assert not set(first_rows) & set(second_rows)
    assert "55 partner cities" in first
    assert '<nav class="pagination" aria-label="Pages">' in first
    assert 'href="?page=2" rel="next"' in first
    assert "Page 2 of 2" in second


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("size", [3, 60])
def test_the_list_of_partner_cities_runs_two_queries_whatever_its_length(
    client, django_assert_num_queries, settings, size
):
    settings.PAGE_CACHE_SECONDS = 0
    TwinCityFactory.create_batch(size)
    client.get("/en/relations/")  # fills the site's lazy caches

    # The count for the paginator, and the page's cities.
    with django_assert_num_queries(2):
        assert client.get("/en/relations/").status_code == 200


def test_the_drawn_map_is_kept_for_the_content_generation(settings):
    settings.PAGE_CACHE_SECONDS = 300
    TwinCityFactory(city=CityFactory(slug="amiens"))
    template = Template("{% load partner_map %}{% partner_map %}")
    first = template.render(Context())

    with CaptureQueriesContext(connection) as queries:
        again = template.render(Context())
    TwinCityFactory(city=CityFactory(slug="leeds", latitude=Decimal("53.8")))
    changed = template.render(Context())

    assert len(queries) == 0
    assert again == first
    assert 'data-city="leeds"' in changed


def test_without_the_page_cache_the_map_is_drawn_anew(settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    TwinCityFactory()
    template = Template("{% load partner_map %}{% partner_map %}")
    template.render(Context())

    with django_assert_num_queries(1):
        template.render(Context())


def test_a_dense_chain_of_two_countries_is_drawn_as_a_group_per_country(client):
    netherlands = [
        CityFactory(country="NL", latitude=Decimal("52.2"), longitude=Decimal(f"{4 + n / 4}"))
        for n in range(10)
    ]
    germany = [
        CityFactory(country="DE", latitude=Decimal("52.2"), longitude=Decimal(f"{6.75 + n / 4}"))
        for n in range(29)
    ]
    ProjectPartnershipFactory(partner_cities=netherlands + germany)

    europe = [m for m in all_markers(client.get("/en/").text) if m["view"] == "europe"]

    assert {(m["href"], m["data-count"]) for m in europe} == {
        ("/en/relations/country/nl/", "10"),
        ("/en/relations/country/de/", "29"),
    }
