"""A list's filter by topic, partner city, network or twin city offers a bounded number of
choices, however many records there are, and still reaches every one of them."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ina_portal.base.filters import CHOICES_SHOWN
from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


def topics_with_partnerships(count):
    """`count` topics, "Topic 00" used by the most partnerships, then fewer and fewer."""
    topics = [
        TopicFactory(slug=f"topic-{n:02}", name_en=f"Topic {n:02}", name_de=f"Thema {n:02}")
        for n in range(count)
    ]
    for n in range(count):
        # Topic n is used by the partnerships of topics 0..n: the first by the most.
        ProjectPartnershipFactory(title_en=f"Partnership {n:02}", topics=topics[: n + 1])
    return topics


def offered(response, name):
    return [
        str(value)
        for value, _label in response.context["filter"].form.fields[name].widget.choices
        if value
    ]


def list_titles(response):
    return [partnership.title for partnership in response.context["object_list"]]


def test_a_few_topics_are_a_select_of_them_all(client):
    topics_with_partnerships(3)

    response = client.get(url("partnerships:projectpartnership_list", "en"))

    assert offered(response, "topic") == ["topic-00", "topic-01", "topic-02"]
    assert '<select name="topic"' in response.text


def test_many_topics_are_a_search_field_suggesting_the_most_used(client):
    topics_with_partnerships(CHOICES_SHOWN + 5)

    response = client.get(url("partnerships:projectpartnership_list", "en"))

    assert '<select name="topic"' not in response.text
    field = re.search(r'<input type="search" name="topic"[^>]*>', response.text)[0]
    assert 'list="id_topic_list"' in field
    suggestions = re.search(r'<datalist id="id_topic_list">(.*?)</datalist>', response.text)[1]
    names = re.findall(r'<option value="([^"]*)">', suggestions)
    # The most used, alphabetically; the five least used are not suggested.
    assert names == [f"Topic {n:02}" for n in range(CHOICES_SHOWN)]
    assert "the most used are suggested" in response.text


def test_a_topic_beyond_the_suggestions_is_reached_by_its_name_or_slug(client):
    topics_with_partnerships(CHOICES_SHOWN + 5)
    rare = f"Topic {CHOICES_SHOWN + 4:02}"
    only_partnership = [f"Partnership {CHOICES_SHOWN + 4:02}"]
    page = url("partnerships:projectpartnership_list", "en")

    by_name = client.get(page, {"topic": rare.lower()})
    by_slug = client.get(page, {"topic": f"topic-{CHOICES_SHOWN + 4:02}"})

    assert list_titles(by_name) == list_titles(by_slug) == only_partnership
    # The field shows the chosen topic's name.
    assert f'value="{rare}"' in by_slug.text


def test_a_part_of_one_name_is_enough(client):
    TopicFactory(slug="water", name_en="Water management")
    TopicFactory(slug="energy", name_en="Energy")
    ProjectPartnershipFactory(title_en="Wells", topics=[TopicFactory(slug="water")])
    ProjectPartnershipFactory(title_en="Solar", topics=[TopicFactory(slug="energy")])

    response = client.get(url("partnerships:projectpartnership_list", "en"), {"topic": "water"})

    assert list_titles(response) == ["Wells"]


def test_a_name_matching_several_or_none_says_so_and_lists_everything(client):
    for slug, name in [("water", "Water management"), ("wastewater", "Wastewater")]:
        ProjectPartnershipFactory(title_en=name, topics=[TopicFactory(slug=slug, name_en=name)])
    page = url("partnerships:projectpartnership_list", "en")

    several = client.get(page, {"topic": "ater"})
    none = client.get(page, {"topic": "Atlantis"})

    assert several.status_code == none.status_code == 200
    assert "Several match “ater”: Wastewater, Water management. Please choose one." in several.text
    assert "Nothing matches “Atlantis”." in none.text
    assert len(list_titles(several)) == len(list_titles(none)) == 2


def test_a_topic_only_drafts_use_is_neither_offered_nor_found(client):
    ProjectPartnershipFactory(topics=[TopicFactory(slug="public", name_en="Public")])
    ProjectPartnershipFactory(topics=[TopicFactory(slug="secret", name_en="Secret")], draft=True)

    response = client.get(url("partnerships:projectpartnership_list", "en"), {"topic": "secret"})

    assert offered(response, "topic") == ["public"]
    assert "Nothing matches “secret”." in response.text


@pytest.mark.parametrize("count", [3, CHOICES_SHOWN + 5])
def test_the_choices_cost_the_same_queries_at_any_number(client, count):
    topics_with_partnerships(count)
    page = url("partnerships:projectpartnership_list", "en")
    client.get(page)  # warms up (site profile, content types, the drawn partner map)

    with CaptureQueriesContext(connection) as queries:
        client.get(page, {"topic": "topic-01"})

    assert len(queries) == QUERIES_OF_FILTERED_LIST


QUERIES_OF_FILTERED_LIST = 9


def test_events_city_typed_by_its_name_goes_to_the_feeds_by_its_slug(client):
    lyon = TwinCityFactory(city=CityFactory(slug="lyon", name_en="Lyon"))
    EventFactory(title_en="Lyon week", twin_cities=[lyon])

    response = client.get(url("events:event_list", "en"), {"city": "lyon "})

    assert [event.title for event in response.context["object_list"]] == ["Lyon week"]
    assert f"{url('events:event_calendar', 'en')}?city=lyon" in response.text


def test_many_networks_are_searched_in_the_events_list(client):
    networks = NetworkFactory.create_batch(CHOICES_SHOWN + 1)
    for network in networks:
        EventFactory(networks=[network])
    last = networks[-1]

    response = client.get(url("events:event_list", "en"), {"network": last.name_en})

    assert '<input type="search" name="network"' in response.text
    assert response.context["filter"].form.fields["network"].chosen == last
    assert len(response.context["object_list"]) == 1


def test_the_most_used_choices_follow_an_edit(client):
    topics = topics_with_partnerships(CHOICES_SHOWN + 5)
    page = url("partnerships:projectpartnership_list", "en")
    least_used = topics[-1]
    assert least_used.slug not in offered(client.get(page), "topic")

    for n in range(len(topics) + 1):  # now used by more partnerships than any other
        ProjectPartnershipFactory(title_en=f"More {n:02}", topics=[least_used])

    assert least_used.slug in offered(client.get(page, {"page": 1}), "topic")


def test_the_ranking_of_the_choices_is_worked_out_once_per_edit(client):
    topics_with_partnerships(CHOICES_SHOWN + 5)
    page = url("partnerships:projectpartnership_list", "en")

    with CaptureQueriesContext(connection) as first:
        client.get(page, {"topic": "topic-01"})
    with CaptureQueriesContext(connection) as second:
        client.get(page, {"topic": "topic-02"})

    def ranks(queries):
        return [
            q["sql"] for q in queries if "COUNT(DISTINCT" in q["sql"] and "LIMIT 31" in q["sql"]
        ]

    assert len(ranks(first)) == 1
    assert ranks(second) == []  # the offered topics are read by their keys instead
