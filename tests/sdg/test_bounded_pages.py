"""The SDG pages show the first few of each kind of record, whatever their number, and
lead to the rest: the goal page's targets and indicators, the reports, the indicator list
and the goals × pillars matrix."""

import re
from decimal import Decimal

import pytest

from sdg.groups import GOAL_PAGE_INDICATORS, GOAL_PAGE_TARGETS, MATRIX_CELL_TARGETS
from sdg.models import Goal, Pillar
from tests.factories import (
    IndicatorFactory,
    LocalTargetFactory,
    NetworkFactory,
    ObservationFactory,
    TwinCityFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


def measured_targets(count, **kwargs):
    """COUNT local targets of goal 13 (13.1 … ), each on track by its one indicator."""
    targets = []
    for n in range(1, count + 1):
        target = LocalTargetFactory(
            code=f"13.{n}", target_value=Decimal(10), target_year=2030, **kwargs
        )
        indicator = IndicatorFactory(local_target=target)
        for year, value in ((2015, 2), (2024, 12)):
            ObservationFactory(indicator=indicator, year=year, value=Decimal(value))
        targets.append(target)
    return targets


def test_goal_page_shows_its_first_targets_with_their_status_and_links_to_all_of_them(client):
    measured_targets(7)

    html = client.get(url("sdg:goal_detail", "en", number=13)).text

    assert html.count('<section class="target"') == GOAL_PAGE_TARGETS == 3
    assert html.index('id="target-13-1"') < html.index('id="target-13-3"')
    assert 'id="target-13-4"' not in html
    assert html.count('<p class="status status--on-track">') == 3  # their progress
    assert '<a href="/en/sustainable-development-goals/13/local-targets/">' in html
    assert "All 7 local targets of goal 13</a>" in html


def test_goal_page_with_three_targets_shows_them_all_and_no_link(client):
    measured_targets(3)

    html = client.get(url("sdg:goal_detail", "en", number=13)).text

    assert html.count('<section class="target"') == 3
    assert "/13/local-targets/" not in html


def test_goals_targets_page_shows_all_targets_five_a_page_with_their_status(client):
    measured_targets(7)
    LocalTargetFactory(goal=Goal.objects.get(number=7), code="7.1")

    first = client.get("/en/sustainable-development-goals/13/local-targets/")
    second = client.get("/en/sustainable-development-goals/13/local-targets/", {"page": 2})

    assert first.context["paginator"].count == 7
    assert '<p class="result-count" role="status">7 local targets</p>' in first.text
    assert first.text.count('<section class="target"') == 5
    assert second.text.count('<section class="target"') == 2
    assert 'id="target-13-7"' in second.text and 'id="target-7-1"' not in second.text
    assert second.text.count('<p class="status status--on-track">') == 2
    assert second.text.count('<svg class="chart"') == 2
    assert '<nav class="pagination" aria-label="Pages">' in first.text
    assert 'rel="next"' in first.text and 'rel="prev"' in second.text
    assert "<h1>Local targets of goal 13: <span>Climate Action</span></h1>" in first.text
    assert '<h2 id="target-13-1-title">' in first.text
    assert (
        client.get("/en/sustainable-development-goals/13/local-targets/?page=3").status_code == 404
    )
    assert client.get("/en/sustainable-development-goals/18/local-targets/").status_code == 404


def test_goal_page_shows_two_other_indicators_and_links_to_the_goals_indicators(client):
    measured_targets(1)
    IndicatorFactory.create_batch(4)
    IndicatorFactory(goal=Goal.objects.get(number=7))
    IndicatorFactory(draft=True)

    html = client.get(url("sdg:goal_detail", "en", number=13)).text

    # the target's indicator and two of the four others
    assert html.count('<article class="indicator"') == 1 + GOAL_PAGE_INDICATORS
    link = "/en/sustainable-development-goals/indicators/?goal=13"
    assert f'<a href="{link}">All 5 indicators of goal 13</a>' in html
    listed = client.get(link)
    assert listed.context["paginator"].count == 5
    assert listed.text.count('<td class="number">') == 5


def test_indicator_list_shows_fifty_a_page_and_filters_by_goal(client):
    IndicatorFactory.create_batch(52)
    IndicatorFactory(goal=Goal.objects.get(number=7), title_en="Renewables")

    first = client.get(url("sdg:indicator_list", "en"))
    second = client.get(url("sdg:indicator_list", "en"), {"page": 2})
    seven = client.get(url("sdg:indicator_list", "en"), {"goal": 7})

    assert first.text.count('<th scope="row">') == 50
    assert second.text.count('<th scope="row">') == 3
    assert '<p class="result-count" role="status">53 indicators</p>' in first.text
    assert '<nav class="pagination" aria-label="Pages">' in first.text
    assert [indicator.title for indicator in seven.context["object_list"]] == ["Renewables"]
    assert "(filtered)" in seven.text
    options = re.findall(r'<option value="(\d+)"', first.text)
    assert options == ["7", "13"]  # the goals with published indicators


def test_report_on_all_goals_names_the_first_two_of_a_kind_and_counts_them_all(client):
    for n in range(5):
        NetworkFactory(name_en=f"Network {n}", goals=[13])
    measured_targets(4)

    html = client.get(url("sdg:report", "en")).text
    goal = re.search(
        r'<section class="report__goal" aria-labelledby="report-goal-13">.*?</section>', html, re.S
    )[0]

    # the heading counts them all and leads to them on the goal page
    assert (
        '<h3><a href="/en/sustainable-development-goals/13/#group-networks">'
        "City networks (5)</a></h3>"
    ) in goal
    assert goal.count("Network ") == 2
    # the first three targets in a table with their status and values, no charts
    assert goal.count('<td class="status--on-track">') == 3
    assert "<svg" not in goal
    assert "All 4 local targets of goal 13" in goal
    assert '<a href="/en/sustainable-development-goals/13/report/">' in goal


def test_report_on_one_goal_shows_the_charts_of_its_first_six_targets(client):
    measured_targets(8)
    TwinCityFactory.create_batch(11, goals=[13], image=None)

    html = client.get(url("sdg:goal_report", "en", number=13)).text

    assert html.count('<section class="target"') == 6
    assert html.count('<svg class="chart"') == 6
    assert "All 8 local targets of goal 13" in html
    assert (
        '<h3><a href="/en/sustainable-development-goals/13/#group-twin_cities">'
        "Twin cities (11)</a></h3>"
    ) in html
    assert html.count('<ul class="report__served"><li>') == 1
    assert re.search(r'<ul class="report__served">(.*?)</ul>', html, re.S)[1].count("<li>") == 10


def test_matrix_cell_names_three_targets_and_counts_the_others(client):
    for n in range(1, 6):
        LocalTargetFactory(code=f"13.{n}", pillar=Pillar.ECOLOGY)

    html = client.get(url("sdg:pillar_matrix", "en")).text

    cells = re.findall(r'<ul class="matrix__targets">.*?</ul>', html, re.S)
    [cell] = cells
    assert (
        cell.count('href="/en/sustainable-development-goals/13/#target-13-') == MATRIX_CELL_TARGETS
    )
    assert (
        '<a href="/en/sustainable-development-goals/13/local-targets/">2 more'
        '<span class="visually-hidden"> local targets of goal 13</span></a>'
    ) in cell
