import re

import pytest
from django.utils import translation

from tests.factories import CityFactory, ProjectPartnershipFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def badges(html):
    """[(href, number, title), …] of the goal badges on a page."""
    return re.findall(
        r'<a class="goal-badge goal--\d+" href="([^"]+)">.*?'
        r'<span class="visually-hidden">[^<]+</span>(\d+)</span> <span[^>]*>([^<]+)</span></a>',
        html,
    )


def test_twin_city_page_shows_the_goals_it_serves_in_both_languages(client):
    TwinCityFactory(city=CityFactory(slug="leeds"), goals=[16, 17], pillar="civil_society")

    english = client.get("/en/twin-cities/leeds/").text
    german = client.get("/de/staedtepartnerschaften/leeds/").text

    assert badges(english) == [
        ("/en/sustainable-development-goals/16/", "16", "Peace, Justice and Strong Institutions"),
        ("/en/sustainable-development-goals/17/", "17", "Partnerships for the Goals"),
    ]
    assert "<dd>Civil society</dd>" in english
    assert badges(german)[0] == (
        "/de/nachhaltigkeitsziele/16/",
        "16",
        "Frieden, Gerechtigkeit und starke Institutionen",
    )
    assert "<dd>Zivilgesellschaft</dd>" in german


def test_badge_reads_goal_number_and_title_to_screen_readers(client):
    TwinCityFactory(city=CityFactory(slug="amiens"), goals=[13])

    html = client.get("/en/twin-cities/amiens/").text

    assert '<span class="visually-hidden">Goal </span>13</span> <span>Climate Action</span>' in html
    assert '<a class="goal-badge goal--13" href="/en/sustainable-development-goals/13/">' in html
    assert 'aria-label="Sustainable Development Goals served"' in html


def test_twin_city_list_cards_show_goals(client):
    TwinCityFactory(goals=[16])

    assert [b[1] for b in badges(client.get("/en/twin-cities/").text)] == ["16"]


def test_project_partnership_list_and_page_show_the_goals_in_both_languages(client):
    partnership = ProjectPartnershipFactory(goals=[13, 11], pillar="ecology")

    listing = client.get("/en/project-partnerships/").text
    detail = client.get(f"/de/projektpartnerschaften/{partnership.slug}/").text

    assert [b[1] for b in badges(listing)] == ["11", "13"]
    assert [b[2] for b in badges(detail)] == [
        "Nachhaltige Städte und Gemeinden",
        "Maßnahmen zum Klimaschutz",
    ]
    assert "<dd>Ökologie</dd>" in detail


def test_page_without_goals_shows_no_goal_list(client):
    partnership = ProjectPartnershipFactory()

    html = client.get(f"/en/project-partnerships/{partnership.slug}/").text

    assert "goal-badges" not in html
    assert "Pillar of the sustainability strategy" not in html


@pytest.mark.parametrize("language", ["de", "en"])
def test_home_page_shows_the_goals_of_the_latest_partnerships(client, language):
    ProjectPartnershipFactory(goals=[7])

    html = client.get(f"/{language}/").text

    assert [b[1] for b in badges(html)] == ["7"]
    with translation.override(language):
        assert "Bezahlbare und saubere Energie" in html or "Affordable and Clean Energy" in html


def test_reader_goes_from_a_goal_to_a_partnership_that_serves_it_and_back(client):
    ProjectPartnershipFactory(title_en="Climate partnership with Kumasi", goals=[13])

    goal_page = client.get("/en/sustainable-development-goals/13/").text
    link = re.search(r'<a href="([^"]+)">Climate partnership with Kumasi</a>', goal_page).group(1)
    partnership_page = client.get(link)

    assert partnership_page.status_code == 200
    assert ("/en/sustainable-development-goals/13/", "13", "Climate Action") in badges(
        partnership_page.text
    )
