"""Twinning anniversaries in public: the events, home and twin-cities pages name the first
few of a year, the longest first; the year's own page lists them all, a page at a time."""

import re

import pytest
from django.utils import timezone

from tests.factories import CityFactory, TwinCityFactory
from tests.urls import url

pytestmark = pytest.mark.django_db


def anniversaries(count, year):
    """`count` twinnings that round 50 years in `year`, and one of 75 years."""
    TwinCityFactory(city=CityFactory(name_en="Oldtown"), since=year - 75)
    for n in range(count - 1):
        TwinCityFactory(city=CityFactory(name_en=f"City {n:02}"), since=year - 50)


def named_cities(html):
    section = html.split('id="anniversaries"')[1].split("</section>")[0]
    return re.findall(r'<a href="/en/twin-cities/[^"]+/">([^<]+)</a>', section)


@pytest.mark.parametrize("page", ["events:event_list", "home", "partnerships:twincity_list"])
def test_a_page_names_the_first_six_anniversaries_and_links_to_all_of_the_year(client, page):
    year = timezone.localdate().year
    anniversaries(9, year)

    html = client.get(url(page, "en")).text

    assert named_cities(html) == ["Oldtown", "City 00", "City 01", "City 02", "City 03", "City 04"]
    link = url("events:anniversary_list", "en", year=year)
    assert f'<a href="{link}">All 9 anniversaries of {year}</a>' in html


def test_with_six_anniversaries_or_fewer_there_is_no_link(client):
    year = timezone.localdate().year
    anniversaries(6, year)

    html = client.get(url("events:event_list", "en")).text

    assert len(named_cities(html)) == 6
    assert url("events:anniversary_list", "en", year=year) not in html


def test_the_year_s_page_lists_every_anniversary_24_a_page(client):
    year = timezone.localdate().year + 1
    anniversaries(30, year)
    path = url("events:anniversary_list", "en", year=year)

    first = client.get(path).text
    second = client.get(f"{path}?page=2").text

    assert f"Twinning anniversaries in {year}</h1>" in first
    assert "30 twinnings round an anniversary." in first
    assert "75 years of partnership" in first and "Oldtown" in first
    assert first.count("50 years of partnership") == 23
    assert second.count("50 years of partnership") == 6
    assert client.get(f"{path}?page=3").status_code == 404


def test_the_german_page_speaks_german(client):
    year = timezone.localdate().year
    anniversaries(2, year)

    html = client.get(url("events:anniversary_list", "de", year=year)).text

    assert f"Jubiläen der Städtepartnerschaften {year}" in html
    assert "50 Jahre Partnerschaft" in html


@pytest.mark.parametrize("offset", [-1, 2, 100])
def test_other_years_have_no_page(client, offset):
    year = timezone.localdate().year + offset

    assert client.get(url("events:anniversary_list", "en", year=year)).status_code == 404


@pytest.mark.parametrize("size", [3, 40])
def test_the_year_s_page_runs_the_same_queries_at_any_size(client, django_assert_num_queries, size):
    year = timezone.localdate().year
    anniversaries(size, year)
    path = url("events:anniversary_list", "en", year=year)

    with django_assert_num_queries(2):  # the count and the page
        assert client.get(path).status_code == 200
