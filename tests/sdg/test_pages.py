import re

import pytest
from django.urls import reverse
from django.utils import translation

from sdg.groups import GOAL_PAGE_CARDS
from sdg.models import Pillar
from tests.factories import (
    CityFactory,
    EventFactory,
    LocalTargetFactory,
    NetworkFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TopicFactory,
    TwinCityFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


def group_titles(response):
    """{"activities": [str(item), …], …} as the goal page lists them."""
    return {
        served.group.related_name: [str(item) for item in served.items]
        for served in response.context["groups"]
    }


@pytest.fixture
def climate_action():
    """Published, draft and scheduled records of every kind; some serve goal 13."""
    return {
        "activity": SdgActivityFactory(
            title_de="Klimapartnerschaften", title_en="Climate partnerships", goals=[13, 17]
        ),
        "draft_activity": SdgActivityFactory(title_en="Draft activity", goals=[13], draft=True),
        "twin_city": TwinCityFactory(
            city=CityFactory(name_de="Amiens", name_en="Amiens", slug="amiens"),
            goals=[13],
            pillar=Pillar.CIVIL_SOCIETY,
        ),
        "scheduled_twin_city": TwinCityFactory(
            city=CityFactory(name_en="Future twin"), goals=[13], scheduled=True
        ),
        "partnership": ProjectPartnershipFactory(
            title_de="Klimapartnerschaft mit Kumasi",
            title_en="Climate partnership with Kumasi",
            goals=[13, 11],
            pillar=Pillar.ECOLOGY,
        ),
        "draft_partnership": ProjectPartnershipFactory(
            title_en="Draft partnership", goals=[13], draft=True
        ),
        "network": NetworkFactory(
            name_de="Global Nachhaltige Kommune NRW",
            name_en="Global Sustainable Municipality NRW",
            goals=[13],
            pillar=Pillar.ECOLOGY,
        ),
        "scheduled_network": NetworkFactory(
            name_en="Scheduled network", goals=[13], scheduled=True
        ),
        "other_goal": NetworkFactory(name_en="Mayors for Peace", goals=[16]),
        "event": EventFactory(
            title_de="FAIR FRIENDS", title_en="FAIR FRIENDS", goals=[13], pillar=""
        ),
        "draft_event": EventFactory(title_en="Draft event", goals=[13], draft=True),
    }


def test_goal_page_lists_exactly_the_published_records_tagged_with_it(client, climate_action):
    response = client.get(url("sdg:goal_detail", "en", number=13))

    assert response.status_code == 200
    assert group_titles(response) == {
        "activities": ["Climate partnerships"],
        "twin_cities": ["Amiens"],
        "project_partnerships": ["Climate partnership with Kumasi"],
        "networks": ["Global Sustainable Municipality NRW"],
        "events": ["FAIR FRIENDS"],
    }
    for hidden in (
        "Draft activity",
        "Draft event",
        "Future twin",
        "Draft partnership",
        "Scheduled network",
        "Mayors for Peace",
    ):
        assert hidden not in response.text


def test_goal_page_groups_records_under_headings_in_english(client, climate_action):
    html = client.get(url("sdg:goal_detail", "en", number=13)).text

    assert '<h2 id="group-activities">Municipal activities <span class="muted">(1)</span></h2>' in (
        html
    )
    assert "Twin cities <span" in html
    assert "Project partnerships <span" in html
    assert "City networks <span" in html
    assert 'href="/en/project-partnerships/' in html


def test_goal_page_speaks_german_under_de(client, climate_action):
    response = client.get(url("sdg:goal_detail", "de", number=13))

    assert response.status_code == 200
    assert "<title>Ziel 13: Maßnahmen zum Klimaschutz – Nachhaltigkeitsziele" in response.text
    assert '<span class="goal-header__number">Ziel 13</span>' in response.text
    assert "Umgehend Maßnahmen zur Bekämpfung des Klimawandels" in response.text
    assert "Kommunale Aktivitäten <span" in response.text
    assert "Städtenetzwerke <span" in response.text
    assert "Klimapartnerschaft mit Kumasi" in response.text
    assert "Global Nachhaltige Kommune NRW" in response.text
    assert "Draft partnership" not in response.text


def test_goal_page_shows_the_official_titles_in_english(client):
    html = client.get(url("sdg:goal_detail", "en", number=13)).text

    assert "<title>Goal 13: Climate Action – Sustainable Development Goals" in html
    assert (
        '<h1><span class="goal-header__number">Goal 13</span> <span>Climate Action</span></h1>'
        in (html)
    )
    assert "Take urgent action to combat climate change and its impacts" in html
    assert html.count("Nothing here yet.") == 5


def test_goal_page_can_be_narrowed_to_one_pillar(client, climate_action):
    response = client.get(url("sdg:goal_detail", "en", number=13), {"pillar": "ecology"})

    assert group_titles(response) == {
        "activities": ["Climate partnerships"],
        "twin_cities": [],
        "project_partnerships": ["Climate partnership with Kumasi"],
        "networks": ["Global Sustainable Municipality NRW"],
        "events": [],
    }
    assert "(filtered)" in response.text


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Some filters could not be applied"),
        ("de", "Einige Filter konnten nicht angewendet werden"),
    ],
)
def test_unknown_pillar_shows_a_message_and_the_whole_goal_page(
    client, climate_action, language, message
):
    response = client.get(url("sdg:goal_detail", language, number=13), {"pillar": "<script>"})

    assert response.status_code == 200
    assert message in response.text
    assert "<script>" not in response.text
    assert len(group_titles(response)["networks"]) == 1


@pytest.mark.parametrize("number", ["0", "18", "99"])
def test_unknown_goal_number_is_a_404(client, number):
    assert client.get(f"/en/sustainable-development-goals/{number}/").status_code == 404


def test_goal_page_lists_its_local_targets_with_anchors(client):
    LocalTargetFactory(
        code="13.2.1",
        title_de="Klimaneutrale Verwaltung",
        title_en="Climate-neutral administration",
    )
    LocalTargetFactory(code="13.1.1", title_de="Nur auf Deutsch", title_en="")

    english = client.get(url("sdg:goal_detail", "en", number=13)).text
    german = client.get(url("sdg:goal_detail", "de", number=13)).text

    assert '<h2 id="local-targets">Local targets and indicators</h2>' in english
    assert english.index("13.1.1") < english.index("13.2.1")
    assert '<section class="target" id="target-13-2-1"' in english
    assert (
        '<h3 id="target-13-2-1-title"><span class="targets__code">13.2.1</span> '
        "<span>Climate-neutral administration</span></h3>"
    ) in english
    assert '<span lang="de">Nur auf Deutsch</span>' in english
    assert '<h2 id="local-targets">Lokale Ziele und Indikatoren</h2>' in german
    assert "Klimaneutrale Verwaltung" in german


def goal_tile(html, number):
    tiles = re.findall(r'<li class="goal-tile.*?</ul>\s*</li>', html, re.S)
    return next(tile for tile in tiles if f"/{number}/" in tile)


def test_overview_shows_the_17_goals_in_their_colours(client):
    html = client.get(url("sdg:goal_list", "en")).text

    assert html.count('<li class="goal-tile') == 17
    assert 'class="goal-tile goal--13"' in goal_tile(html, 13)
    assert 'class="goal-tile goal--7"' in goal_tile(html, 7)
    assert "<span>Life on Land</span>" in goal_tile(html, 15)


def test_overview_counts_what_serves_each_goal_in_english(client, climate_action):
    tile = goal_tile(client.get(url("sdg:goal_list", "en")).text, 13)

    assert "<li>1 activity</li>" in tile
    assert "<li>2 partnerships</li>" in tile  # a twin city and a project partnership
    assert "<li>1 network</li>" in tile


def test_overview_counts_what_serves_each_goal_in_german(client, climate_action):
    html = client.get(url("sdg:goal_list", "de")).text

    assert "<h1>Nachhaltigkeitsziele</h1>" in html
    tile = goal_tile(html, 13)
    assert "Maßnahmen zum Klimaschutz" in tile
    assert "<li>1 Aktivität</li>" in tile
    assert "<li>2 Partnerschaften</li>" in tile
    assert "<li>1 Netzwerk</li>" in tile
    assert "<li>0 Aktivitäten</li>" in goal_tile(html, 16)


def matrix_cell(html, number, pillar):
    row = re.search(rf'<tr>\s*<th scope="row"><a [^>]*href="[^"]*/{number}/".*?</tr>', html, re.S)
    cells = re.findall(r"<td.*?</td>", row.group(0), re.S)
    return cells[list(Pillar).index(pillar)]


def test_matrix_is_a_table_of_goals_and_pillars_with_caption_and_headers(client):
    html = client.get(url("sdg:pillar_matrix", "en")).text

    assert "<caption" in html
    assert '<th scope="col">Economy</th>' in html
    assert '<th scope="col">Civil society</th>' in html
    assert html.count('<th scope="row">') == 17


def test_matrix_counts_published_records_and_links_each_cell_to_them(client, climate_action):
    html = client.get(url("sdg:pillar_matrix", "en")).text

    ecology = matrix_cell(html, 13, Pillar.ECOLOGY)
    assert 'href="/en/sustainable-development-goals/13/?pillar=ecology">3<' in ecology
    assert "goal 13, Ecology" in ecology
    assert 'href="/en/sustainable-development-goals/13/?pillar=civil_society">1<' in (
        matrix_cell(html, 13, Pillar.CIVIL_SOCIETY)
    )
    gap = matrix_cell(html, 13, Pillar.SOCIAL)
    assert gap.startswith('<td class="matrix__gap">0')
    assert "a gap" in gap


def test_matrix_cell_leads_to_exactly_the_records_it_counts(client, climate_action):
    response = client.get(url("sdg:goal_detail", "en", number=13), {"pillar": "ecology"})

    assert sum(len(served.items) for served in response.context["groups"]) == 3


def test_matrix_speaks_german_under_de(client, climate_action):
    html = client.get(url("sdg:pillar_matrix", "de")).text

    assert "<h1>Ziele und Säulen</h1>" in html
    assert '<th scope="col">Zivilgesellschaft</th>' in html
    assert 'href="/de/nachhaltigkeitsziele/13/?pillar=ecology">3<' in matrix_cell(
        html, 13, Pillar.ECOLOGY
    )
    assert "eine Lücke" in matrix_cell(html, 13, Pillar.SOCIAL)


def test_activity_page_shows_its_facts_and_goals_in_both_languages(client):
    activity = SdgActivityFactory(
        title_de="Messe FAIR FRIENDS",
        title_en="FAIR FRIENDS fair",
        start_year=2012,
        goals=[12],
        pillar=Pillar.CIVIL_SOCIETY,
    )

    english = client.get(url("sdg:sdgactivity_detail", "en", slug=activity.slug)).text
    german = client.get(url("sdg:sdgactivity_detail", "de", slug=activity.slug)).text

    assert "<h1>FAIR FRIENDS fair</h1>" in english
    assert "since 2012" in english
    assert "Civil society" in english
    assert "Responsible Consumption and Production" in english
    assert 'href="/en/sustainable-development-goals/12/"' in english
    assert "<h1>Messe FAIR FRIENDS</h1>" in german
    assert "seit 2012" in german
    assert "Zivilgesellschaft" in german
    assert "Nachhaltige/r Konsum und Produktion" in german
    assert 'href="/de/nachhaltigkeitsziele/12/"' in german


def test_draft_activity_has_no_page(client):
    activity = SdgActivityFactory(draft=True)

    assert client.get(url("sdg:sdgactivity_detail", "en", slug=activity.slug)).status_code == 404


@pytest.mark.parametrize(
    ("language", "networks", "goals"),
    [("en", "Networks", "Sustainability goals"), ("de", "Netzwerke", "Nachhaltigkeitsziele")],
)
def test_main_navigation_leads_to_networks_and_goals(client, language, networks, goals):
    html = client.get(url("sdg:goal_detail", language, number=13)).text
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)

    assert f'href="{url("sdg:goal_list", language)}" aria-current="true">{goals}</a>' in nav
    with translation.override(language):
        assert f'href="{reverse("networks:network_list")}">{networks}</a>' in nav


def served_by_goal(size):
    topics = TopicFactory.create_batch(2)
    for _ in range(size):
        SdgActivityFactory(goals=[13, 17], pillar=Pillar.ECOLOGY)
        TwinCityFactory(goals=[13, 16], pillar=Pillar.CIVIL_SOCIETY, image=None)
        ProjectPartnershipFactory(
            goals=[13, 11], topics=topics, partner_cities=[CityFactory(), CityFactory()]
        )
        NetworkFactory(goals=[13], topics=topics, pillar=Pillar.ECONOMY)
        EventFactory(goals=[13], pillar=Pillar.SOCIAL)
    LocalTargetFactory.create_batch(size)


@pytest.mark.parametrize("size", [3, 50])
def test_overview_runs_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, size
):
    served_by_goal(size)

    # the goals, their local targets, indicators and activities
    with django_assert_num_queries(4):
        response = client.get(url("sdg:goal_list", "en"))

    assert f"<li>{2 * size} partnerships</li>" in goal_tile(response.text, 13)


@pytest.mark.parametrize("size", [3, 50])
def test_goal_page_runs_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, size
):
    served_by_goal(size)

    # goal, local targets, news; activities + goals; twin cities + goals; project
    # partnerships + cities, topics, goals; networks + topics, goals; events + goals;
    # the indicators with their latest observations
    with django_assert_num_queries(19):
        response = client.get(url("sdg:goal_detail", "en", number=13))

    groups = {served.group.related_name: served for served in response.context["groups"]}
    assert all(served.count == size for served in groups.values())
    for name in ("activities", "twin_cities", "project_partnerships", "networks", "events"):
        assert len(groups[name].items) == min(size, GOAL_PAGE_CARDS)


@pytest.mark.parametrize("size", [3, 50])
def test_matrix_runs_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, size
):
    served_by_goal(size)

    # one grouped count per kind of record, and the goals
    with django_assert_num_queries(9):
        response = client.get(url("sdg:pillar_matrix", "en"))

    assert f'/13/?pillar=ecology">{size}<' in response.text


@pytest.mark.parametrize("size", [3, 50])
def test_activity_page_runs_the_same_queries_whatever_the_number_of_goals(
    client, django_assert_num_queries, size
):
    activity = SdgActivityFactory(goals=range(1, 4 if size == 3 else 18))

    with django_assert_num_queries(2):
        response = client.get(url("sdg:sdgactivity_detail", "en", slug=activity.slug))

    assert response.status_code == 200
