"""The public list of the city's SDG activities, filtered by goal, pillar and status."""

import pytest

from sdg.models import ActivityStatus, Pillar
from tests.factories import SdgActivityFactory
from tests.filters import offered_goals
from tests.urls import url

pytestmark = pytest.mark.django_db


def titles(response):
    return [activity.title for activity in response.context["object_list"]]


@pytest.fixture
def activities():
    return {
        "fairtrade": SdgActivityFactory(
            title_de="Fairtrade-Stadt",
            title_en="Fairtrade town",
            goals=[12, 17],
            pillar=Pillar.CIVIL_SOCIETY,
            status=ActivityStatus.ONGOING,
        ),
        "adaptation": SdgActivityFactory(
            title_de="Klimaanpassung",
            title_en="Climate adaptation",
            goals=[13],
            pillar=Pillar.ECOLOGY,
            status=ActivityStatus.PLANNED,
        ),
        "procurement": SdgActivityFactory(
            title_de="Faire Beschaffung",
            title_en="Fair procurement",
            goals=[12],
            pillar=Pillar.ECONOMY,
            status=ActivityStatus.COMPLETED,
        ),
        "draft": SdgActivityFactory(
            title_en="Draft activity",
            goals=[5],
            pillar=Pillar.SOCIAL,
            draft=True,
        ),
        "scheduled": SdgActivityFactory(
            title_en="Scheduled activity",
            goals=[6],
            pillar=Pillar.SOCIAL,
            scheduled=True,
        ),
    }


def test_list_lives_under_the_goals_in_both_languages():
    assert url("sdg:sdgactivity_list", "en") == "/en/sustainable-development-goals/activities/"
    assert url("sdg:sdgactivity_list", "de") == "/de/nachhaltigkeitsziele/aktivitaeten/"


def test_list_shows_every_published_activity_in_english(client, activities):
    response = client.get(url("sdg:sdgactivity_list", "en"))

    assert response.status_code == 200
    assert titles(response) == ["Climate adaptation", "Fair procurement", "Fairtrade town"]
    assert "<h1>Municipal activities</h1>" in response.text
    assert "3 municipal activities" in response.text
    assert "Pillar: Civil society" in response.text
    assert f'href="{activities["fairtrade"].get_absolute_url()}"' in response.text
    assert "Draft activity" not in response.text
    assert "Scheduled activity" not in response.text


def test_list_speaks_german_under_de(client, activities):
    response = client.get(url("sdg:sdgactivity_list", "de"))

    assert titles(response) == ["Faire Beschaffung", "Fairtrade-Stadt", "Klimaanpassung"]
    assert "<h1>Kommunale Aktivitäten</h1>" in response.text
    assert "3 kommunale Aktivitäten" in response.text
    assert "Säule: Zivilgesellschaft" in response.text


def test_draft_and_scheduled_activities_have_no_page(client, activities):
    for name in ("draft", "scheduled"):
        slug = activities[name].slug
        assert client.get(url("sdg:sdgactivity_detail", "en", slug=slug)).status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"goal": "12"}, ["Fair procurement", "Fairtrade town"]),
        ({"goal": "17"}, ["Fairtrade town"]),
        ({"pillar": "ecology"}, ["Climate adaptation"]),
        ({"status": "completed"}, ["Fair procurement"]),
        ({"goal": "12", "pillar": "economy"}, ["Fair procurement"]),
        ({"goal": "12", "status": "planned"}, []),
    ],
)
def test_filters_by_goal_pillar_and_status(client, activities, query, expected):
    response = client.get(url("sdg:sdgactivity_list", "en"), query)

    assert titles(response) == expected
    assert "(filtered)" in response.text


def test_filter_with_no_match_says_so_in_both_languages(client, activities):
    query = {"goal": "12", "status": "planned"}

    english = client.get(url("sdg:sdgactivity_list", "en"), query).text
    german = client.get(url("sdg:sdgactivity_list", "de"), query).text

    assert "No municipal activity matches these filters." in english
    assert "Keine kommunale Aktivität entspricht diesen Filtern." in german


def test_filter_form_offers_only_what_published_activities_use(client, activities):
    form = client.get(url("sdg:sdgactivity_list", "en")).context["filter"].form

    assert offered_goals(form) == [12, 13, 17]
    assert [value for value, _ in form.fields["pillar"].choices] == [
        "",
        "economy",
        "ecology",
        "civil_society",
    ]
    assert [value for value, _ in form.fields["status"].choices] == [
        "",
        "planned",
        "ongoing",
        "completed",
    ]
    SdgActivityFactory(status=ActivityStatus.PLANNED, pillar=Pillar.SOCIAL, draft=True)
    form = client.get(url("sdg:sdgactivity_list", "en")).context["filter"].form
    assert "social" not in [value for value, _ in form.fields["pillar"].choices]


def test_filter_form_speaks_german_under_de(client, activities):
    html = client.get(url("sdg:sdgactivity_list", "de"), {"goal": "13"}).text

    assert '<option value="13" selected>Ziel 13: Maßnahmen zum Klimaschutz</option>' in html
    assert "Alle Säulen" in html
    assert ">Ökologie</option>" in html


@pytest.mark.parametrize(
    "query", [{"goal": "18"}, {"goal": "x"}, {"pillar": "social"}, {"status": "nonsense"}]
)
def test_filters_of_drafts_or_unknown_values_show_a_message_and_the_whole_list(
    client, activities, query
):
    response = client.get(url("sdg:sdgactivity_list", "en"), query)

    assert response.status_code == 200
    assert "Some filters could not be applied" in response.text
    assert len(titles(response)) == 3


def test_a_goal_no_published_activity_serves_lists_none_and_is_not_offered(client, activities):
    SdgActivityFactory(goals=[5], draft=True)

    response = client.get(url("sdg:sdgactivity_list", "en"), {"goal": "5"})

    assert response.status_code == 200
    assert "Some filters could not be applied" not in response.text
    assert titles(response) == []
    assert 5 not in offered_goals(response.context["filter"].form)


def test_list_is_paginated_and_keeps_the_filters(client):
    SdgActivityFactory.create_batch(15, goals=[13])
    SdgActivityFactory.create_batch(2, goals=[7])

    first = client.get(url("sdg:sdgactivity_list", "en"), {"goal": "13"})
    second = client.get(url("sdg:sdgactivity_list", "en"), {"goal": "13", "page": "2"})

    assert len(titles(first)) == 12
    assert "15 municipal activities" in first.text
    assert 'href="?goal=13&amp;page=2" rel="next"' in first.text
    assert len(titles(second)) == 3
    assert set(titles(first)).isdisjoint(titles(second))
    assert client.get(url("sdg:sdgactivity_list", "en"), {"page": "3"}).status_code == 404


def test_goal_overview_and_activity_pages_lead_to_the_list(client, activities):
    list_url = url("sdg:sdgactivity_list", "en")
    detail_url = url("sdg:sdgactivity_detail", "en", slug=activities["fairtrade"].slug)

    assert f'href="{list_url}"' in client.get(url("sdg:goal_list", "en")).text
    assert f'href="{list_url}">Municipal activities</a>' in client.get(detail_url).text
    assert (
        f'href="{url("sdg:sdgactivity_list", "de")}"' in client.get(url("sdg:goal_list", "de")).text
    )


@pytest.mark.parametrize("size", [3, 50])
def test_list_runs_the_same_queries_whatever_the_number_of_activities(
    client, django_assert_num_queries, size
):
    for number in range(size):
        SdgActivityFactory(goals=[13, 1 + number % 17], pillar=list(Pillar)[number % 4])

    # goal lookup, count, page, goals of the page; the form's goals, pillars and statuses
    with django_assert_num_queries(7):
        response = client.get(url("sdg:sdgactivity_list", "en"), {"goal": "13"})

    assert response.context["paginator"].count == size


def test_the_filtered_list_and_the_goal_page_links_are_served_from_the_cache(
    client, activities, django_assert_num_queries
):
    paths = [
        url("sdg:sdgactivity_list", "de") + "?goal=12&pillar=economy&status=completed&page=1",
        url("sdg:goal_detail", "en", number=13) + "?pillar=ecology",
    ]
    for path in paths:
        assert client.get(path).status_code == 200

        with django_assert_num_queries(0):
            assert client.get(path).status_code == 200
