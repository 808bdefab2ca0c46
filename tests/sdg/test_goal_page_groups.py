"""A goal page shows the first cards of each kind of record and leads to the rest."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from sdg.groups import GOAL_PAGE_CARDS
from sdg.models import Pillar
from tests.factories import (
    EventFactory,
    NetworkFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TwinCityFactory,
)

pytestmark = pytest.mark.django_db


def goal_url(language, number=13):
    with translation.override(language):
        return reverse("sdg:goal_detail", kwargs={"number": number})


def section(html, related_name):
    return re.search(rf'<section aria-labelledby="group-{related_name}">.*?</section>', html, re.S)[
        0
    ]


def links(html):
    return {
        text: href.replace("&amp;", "&")
        for href, text in re.findall(r'<a href="([^"]*\?goal=[^"]*)">([^<]*)</a>', html)
    }


def served(response, related_name):
    return next(s for s in response.context["groups"] if s.group.related_name == related_name)


def test_goal_page_shows_six_partnerships_their_count_and_a_link_to_all_of_them(client):
    partnerships = ProjectPartnershipFactory.create_batch(15, goals=[13])
    ProjectPartnershipFactory(goals=[13], draft=True)
    ProjectPartnershipFactory(goals=[7])

    response = client.get(goal_url("en"))
    html = section(response.text, "project_partnerships")

    assert GOAL_PAGE_CARDS == 6
    assert html.count('<article class="card') == 6
    assert 'Project partnerships <span class="muted">(15)</span>' in html
    assert links(html) == {
        "All 15 project partnerships for goal 13": "/en/project-partnerships/?goal=13"
    }

    listed = []
    for page in (1, 2):
        page_response = client.get("/en/project-partnerships/", {"goal": 13, "page": page})
        listed += [partnership.pk for partnership in page_response.context["object_list"]]
    assert sorted(listed) == sorted(partnership.pk for partnership in partnerships)
    assert client.get("/en/project-partnerships/", {"goal": 13, "page": 3}).status_code == 404


def test_goal_page_links_to_all_partnerships_in_german_under_de(client):
    ProjectPartnershipFactory.create_batch(13, goals=[13])

    html = section(client.get(goal_url("de")).text, "project_partnerships")

    assert links(html) == {
        "Alle 13 Projektpartnerschaften zu Ziel 13": "/de/projektpartnerschaften/?goal=13"
    }


def test_goal_page_with_six_records_of_a_kind_shows_them_all_and_no_link(client):
    ProjectPartnershipFactory.create_batch(GOAL_PAGE_CARDS, goals=[13])
    NetworkFactory.create_batch(GOAL_PAGE_CARDS, goals=[13])
    TwinCityFactory.create_batch(GOAL_PAGE_CARDS, goals=[13], image=None)

    response = client.get(goal_url("en"))

    for name in ("project_partnerships", "networks", "twin_cities"):
        html = section(response.text, name)
        assert html.count('<article class="card') == GOAL_PAGE_CARDS
        assert f"({GOAL_PAGE_CARDS})" in html
        assert "/13/twin-cities/" not in html and links(html) == {}


def test_every_capped_kind_links_to_its_list_filtered_by_the_goal(client):
    SdgActivityFactory.create_batch(13, goals=[13])
    NetworkFactory.create_batch(14, goals=[13])
    EventFactory.create_batch(15, goals=[13])

    html = client.get(goal_url("en")).text

    assert links(section(html, "activities")) == {
        "All 13 municipal activities for goal 13": (
            "/en/sustainable-development-goals/activities/?goal=13"
        )
    }
    assert links(section(html, "networks")) == {
        "All 14 city networks for goal 13": "/en/city-networks/?goal=13"
    }
    # Upcoming and past events are two lists.
    assert links(section(html, "events")) == {
        "Upcoming events for goal 13": "/en/events/?goal=13",
        "Past events for goal 13": "/en/events/past/?goal=13",
    }


def test_goal_page_shows_six_twin_cities_and_links_to_the_goals_list_of_all_of_them(client):
    twin_cities = TwinCityFactory.create_batch(14, goals=[13], image=None)
    TwinCityFactory(goals=[13], image=None, draft=True)
    TwinCityFactory(goals=[7], image=None)

    html = section(client.get(goal_url("en")).text, "twin_cities")

    assert html.count('<article class="card') == GOAL_PAGE_CARDS
    url = "/en/sustainable-development-goals/13/twin-cities/"
    assert f'<a href="{url}">Twin cities for goal 13: all 14</a>' in html
    first, second = client.get(url), client.get(url, {"page": 2})
    assert first.context["paginator"].count == 14
    assert "<h1>Twin cities for goal 13: <span>Climate Action</span></h1>" in first.text
    assert first.text.count('<article class="card') == 12
    assert 'aria-label="Pages"' in first.text and 'rel="next"' in first.text
    listed = [twin_city.pk for twin_city in first.context["object_list"]]
    listed += [twin_city.pk for twin_city in second.context["object_list"]]
    assert sorted(listed) == sorted(twin_city.pk for twin_city in twin_cities)
    assert client.get(url, {"page": 3}).status_code == 404


def test_goals_list_of_twin_cities_keeps_the_goal_pages_pillar(client):
    TwinCityFactory.create_batch(7, goals=[13], pillar=Pillar.ECOLOGY, image=None)
    TwinCityFactory.create_batch(3, goals=[13], pillar=Pillar.ECONOMY, image=None)

    html = section(client.get(goal_url("en"), {"pillar": "ecology"}).text, "twin_cities")

    url = "/en/sustainable-development-goals/13/twin-cities/?pillar=ecology"
    assert f'<a href="{url}">Twin cities for goal 13: all 7</a>' in html
    response = client.get(url)
    assert response.context["paginator"].count == 7
    assert "Pillar: Ecology" in response.text


@pytest.mark.parametrize("kind", ["nothing", "project-partnerships-x"])
def test_goals_list_of_an_unknown_kind_is_a_404(client, kind):
    assert client.get(f"/en/sustainable-development-goals/13/{kind}/").status_code == 404


def test_goals_list_of_an_unknown_goal_is_a_404(client):
    assert client.get("/en/sustainable-development-goals/18/twin-cities/").status_code == 404


def test_goal_page_narrowed_to_a_pillar_counts_and_links_within_it(client):
    SdgActivityFactory.create_batch(13, goals=[13], pillar=Pillar.ECOLOGY)
    SdgActivityFactory.create_batch(2, goals=[13], pillar=Pillar.ECONOMY)
    ProjectPartnershipFactory.create_batch(13, goals=[13], pillar=Pillar.ECOLOGY)
    ProjectPartnershipFactory.create_batch(2, goals=[13], pillar=Pillar.ECONOMY)

    response = client.get(goal_url("en"), {"pillar": "ecology"})

    activities = section(response.text, "activities")
    assert "(13)" in activities
    assert links(activities) == {
        "All 13 municipal activities for goal 13": (
            "/en/sustainable-development-goals/activities/?goal=13&pillar=ecology"
        )
    }
    assert (
        client.get(links(activities)["All 13 municipal activities for goal 13"])
        .context["paginator"]
        .count
        == 13
    )
    # The partnerships list has no pillar filter: the link names no number it would not show.
    partnerships = section(response.text, "project_partnerships")
    assert "(13)" in partnerships
    assert links(partnerships) == {
        "All project partnerships for goal 13": "/en/project-partnerships/?goal=13"
    }


def test_goal_page_lists_upcoming_events_soonest_first_then_past_events_latest_first(client):
    now = timezone.now()

    def event(title, days, hours=2):
        start = now + timedelta(days=days)
        return EventFactory(
            title_en=title, goals=[13], start=start, end=start + timedelta(hours=hours)
        )

    event("A year ago", -365)
    event("Next month", 30)
    event("Last week", -7)
    event("Running since yesterday", -1, hours=48)
    event("Next week", 7)

    response = client.get(goal_url("en"))

    assert [event.title for event in served(response, "events").items] == [
        "Running since yesterday",
        "Next week",
        "Next month",
        "Last week",
        "A year ago",
    ]
    html = section(response.text, "events")
    assert html.index("Next month") < html.index("Last week") < html.index("A year ago")


def test_goal_page_with_many_events_shows_the_next_ones_before_any_past_one(client):
    now = timezone.now()
    for days in range(1, 11):
        EventFactory(goals=[13], title_en=f"In {days} days", start=now + timedelta(days=days))
    for days in range(1, 11):
        start = now - timedelta(days=days)
        EventFactory(goals=[13], title_en=f"{days} days ago", start=start, end=start)

    titles = [event.title for event in served(client.get(goal_url("en")), "events").items]

    assert titles == [f"In {days} days" for days in range(1, GOAL_PAGE_CARDS + 1)]
