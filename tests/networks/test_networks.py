import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from networks.models import NetworkLevel, NetworkRole
from tests.factories import ImageFactory, NetworkFactory, TopicFactory
from tests.filters import offered_goals
from tests.urls import url

pytestmark = pytest.mark.django_db


def names(response):
    return [network.name for network in response.context["object_list"]]


@pytest.fixture
def networks():
    europe = TopicFactory(slug="europe", name_de="Europa", name_en="Europe")
    peace = TopicFactory(slug="peace", name_de="Frieden", name_en="Peace")
    fair_trade = TopicFactory(slug="fair-trade", name_de="Fairer Handel", name_en="Fair trade")
    return {
        "eurocities": NetworkFactory(
            name_de="Eurocities",
            name_en="Eurocities",
            level=NetworkLevel.EUROPEAN,
            topics=[europe],
            goals=[11, 17],
        ),
        "cemr": NetworkFactory(
            name_de="Rat der Gemeinden und Regionen Europas",
            name_en="Council of European Municipalities and Regions",
            acronym_de="RGRE",
            acronym_en="CEMR",
            level=NetworkLevel.EUROPEAN,
            role=NetworkRole.BOARD,
            topics=[europe],
            goals=[16, 17],
        ),
        "mayors": NetworkFactory(
            name_de="Mayors for Peace",
            name_en="Mayors for Peace",
            level=NetworkLevel.GLOBAL,
            topics=[peace],
            goals=[16],
            member_since=None,
        ),
        "fairtrade": NetworkFactory(
            name_de="Fairtrade-Towns",
            name_en="Fairtrade Towns",
            level=NetworkLevel.GLOBAL,
            topics=[fair_trade],
            goals=[8, 12],
        ),
    }


def test_list_shows_every_published_network_with_level_and_role_in_english(client, networks):
    response = client.get(url("networks:network_list", "en"))

    assert response.status_code == 200
    assert names(response) == [
        "Council of European Municipalities and Regions",
        "Eurocities",
        "Fairtrade Towns",
        "Mayors for Peace",
    ]
    assert "4 city networks" in response.text
    assert "(CEMR)" in response.text
    assert "European · Board seat · since 1994" in response.text
    assert "Global · Member</p>" in response.text


def test_list_speaks_german_under_de(client, networks):
    response = client.get(url("networks:network_list", "de"))

    assert "<h1>Städtenetzwerke</h1>" in response.text
    assert "4 Städtenetzwerke" in response.text
    assert "(RGRE)" in response.text
    assert "Europäisch · Sitz im Vorstand · seit 1994" in response.text
    assert '<label for="id_level">Ebene</label>' in response.text
    assert '<label for="id_goal">Nachhaltigkeitsziel</label>' in response.text
    assert "Ziel 16: Frieden, Gerechtigkeit und starke Institutionen" in response.text


def test_list_cards_show_the_goals_a_network_serves(client, networks):
    html = client.get(url("networks:network_list", "en")).text

    assert 'href="/en/sustainable-development-goals/16/"' in html
    assert "Peace, Justice and Strong Institutions" in html


def test_filter_by_level(client, networks):
    response = client.get(url("networks:network_list", "en"), {"level": "global"})

    assert names(response) == ["Fairtrade Towns", "Mayors for Peace"]


def test_filter_by_topic(client, networks):
    response = client.get(url("networks:network_list", "en"), {"topic": "europe"})

    assert names(response) == ["Council of European Municipalities and Regions", "Eurocities"]


def test_filter_by_goal(client, networks):
    response = client.get(url("networks:network_list", "en"), {"goal": "16"})

    assert names(response) == ["Council of European Municipalities and Regions", "Mayors for Peace"]


def test_filters_combine(client, networks):
    level_and_goal = client.get(
        url("networks:network_list", "en"), {"level": "global", "goal": "16"}
    )
    all_three = client.get(
        url("networks:network_list", "en"), {"level": "european", "topic": "europe", "goal": "16"}
    )
    nothing = client.get(url("networks:network_list", "en"), {"level": "regional", "goal": "16"})

    assert names(level_and_goal) == ["Mayors for Peace"]
    assert names(all_three) == ["Council of European Municipalities and Regions"]
    assert names(nothing) == []
    assert "No city network matches these filters." in nothing.text


def test_filters_are_in_the_url_and_survive_the_language_switch(client, networks):
    response = client.get(url("networks:network_list", "en"), {"level": "global", "goal": "16"})

    assert 'href="/de/staedtenetzwerke/?level=global&amp;goal=16"' in response.text
    assert (
        '<option value="16" selected>Goal 16: Peace, Justice and Strong Institutions</option>'
        in (response.text)
    )


def test_filter_form_offers_only_topics_and_goals_in_use(client, networks):
    form = client.get(url("networks:network_list", "en")).context["filter"].form

    assert [topic.slug for topic in form.fields["topic"].queryset] == [
        "europe",
        "fair-trade",
        "peace",
    ]
    assert offered_goals(form) == [8, 11, 12, 16, 17]


def test_filter_form_offers_no_topic_known_only_from_drafts(client, networks):
    NetworkFactory(draft=True, topics=[TopicFactory(slug="secret-topic")])

    form = client.get(url("networks:network_list", "en")).context["filter"].form

    assert "secret-topic" not in [topic.slug for topic in form.fields["topic"].queryset]


@pytest.mark.parametrize(
    "query",
    [
        {"goal": "99"},
        {"goal": "abc"},
        {"level": "galactic"},
        {"topic": "no-such-topic"},
        {"goal": "1e9", "level": "x", "topic": "<b>"},
    ],
)
def test_bad_filter_values_show_a_message_and_the_whole_list(client, networks, query):
    response = client.get(url("networks:network_list", "en"), query)

    assert response.status_code == 200
    assert "Some filters could not be applied" in response.text
    assert len(names(response)) == 4


def test_bad_filter_value_message_is_german_under_de(client, networks):
    response = client.get(url("networks:network_list", "de"), {"goal": "99"})

    assert response.status_code == 200
    assert "Einige Filter konnten nicht angewendet werden" in response.text
    assert "Bitte eine gültige Auswahl treffen" in response.text


@pytest.mark.parametrize("page", ["99", "abc", "0"])
def test_page_out_of_range_is_a_404_not_a_server_error(client, networks, page):
    assert client.get(url("networks:network_list", "en"), {"page": page}).status_code == 404


def test_pagination_keeps_the_filters_in_the_url(client):
    NetworkFactory.create_batch(13, level=NetworkLevel.GLOBAL, goals=[17])

    response = client.get(url("networks:network_list", "en"), {"level": "global", "goal": "17"})

    assert 'href="?level=global&amp;goal=17&amp;page=2"' in response.text
    second = client.get(
        url("networks:network_list", "en"), {"level": "global", "goal": "17", "page": 2}
    )
    assert len(names(second)) == 1


def test_draft_and_scheduled_networks_are_invisible(client):
    draft = NetworkFactory(draft=True, name_en="Draft network")
    scheduled = NetworkFactory(scheduled=True, name_en="Scheduled network")

    listing = client.get(url("networks:network_list", "en")).text
    assert "Draft network" not in listing
    assert "Scheduled network" not in listing
    for network in (draft, scheduled):
        assert (
            client.get(url("networks:network_detail", "en", slug=network.slug)).status_code == 404
        )


def test_detail_shows_the_facts_in_english(client, networks):
    cemr = networks["cemr"]

    response = client.get(url("networks:network_detail", "en", slug=cemr.slug))

    assert response.status_code == 200
    assert "<h1>Council of European Municipalities and Regions</h1>" in response.text
    assert "<dt>Acronym</dt><dd>CEMR</dd>" in response.text
    assert "<dt>Level</dt><dd>European</dd>" in response.text
    assert "<dt>Role of the city</dt><dd>Board seat</dd>" in response.text
    assert "<dt>Member since</dt><dd>1994</dd>" in response.text
    assert "Cities learn from each other." in response.text
    assert 'href="/en/sustainable-development-goals/16/"' in response.text


def test_detail_shows_the_facts_in_german(client, networks):
    response = client.get(url("networks:network_detail", "de", slug=networks["cemr"].slug))

    assert "<h1>Rat der Gemeinden und Regionen Europas</h1>" in response.text
    assert "<dt>Abkürzung</dt><dd>RGRE</dd>" in response.text
    assert "<dt>Ebene</dt><dd>Europäisch</dd>" in response.text
    assert "<dt>Rolle der Stadt</dt><dd>Sitz im Vorstand</dd>" in response.text
    assert "Städte lernen voneinander." in response.text
    assert 'href="/de/nachhaltigkeitsziele/17/"' in response.text


def test_detail_leaves_out_what_the_office_does_not_know(client, networks):
    html = client.get(url("networks:network_detail", "en", slug=networks["mayors"].slug)).text

    assert "Member since" not in html
    assert "Acronym" not in html


def test_detail_falls_back_to_german_text_marked_as_german(client):
    network = NetworkFactory(
        description_de="<p>Nur auf Deutsch beschrieben.</p>", description_en=""
    )

    html = client.get(url("networks:network_detail", "en", slug=network.slug)).text

    assert '<div class="prose" lang="de"><p>Nur auf Deutsch beschrieben.</p></div>' in html


STAFF_ONLY = {
    "representatives": "Ratsmitglied Erika Geheimvertreterin",
    "working_groups": "AG Vertrauliche Finanzen",
    "annual_fee": Decimal("12345.67"),
    "renewal_date": datetime.date(2031, 7, 15),
    "reports_due": "Jahresbericht Interna bis 31. März",
}
STAFF_ONLY_TEXTS = [
    "Geheimvertreterin",
    "Vertrauliche Finanzen",
    "12345",
    "12.345",
    "12,345",
    "2031",
    "Jahresbericht Interna",
]


@pytest.mark.parametrize("language", ["de", "en"])
def test_staff_only_fields_never_reach_the_public_pages(client, language):
    network = NetworkFactory(goals=[17], **STAFF_ONLY)

    pages = [
        client.get(url("networks:network_list", language)).text,
        client.get(url("networks:network_detail", language, slug=network.slug)).text,
        client.get(url("networks:network_list", language), {"goal": "17"}).text,
    ]
    with translation.override(language):
        pages.append(client.get(reverse("sdg:goal_detail", kwargs={"number": 17})).text)

    for html in pages:
        assert network.name_de in html or network.name_en in html
        for text in STAFF_ONLY_TEXTS:
            assert text not in html


@pytest.mark.parametrize("size", [3, 50])
def test_list_runs_the_same_queries_whatever_the_number_of_networks(
    client, django_assert_num_queries, size
):
    topics = TopicFactory.create_batch(3)
    NetworkFactory.create_batch(
        size, topics=topics, goals=[11, 17], level=NetworkLevel.GLOBAL, logo=ImageFactory()
    )

    # topic and goal lookups, count, page, topics, goals, the form's topics and goals
    with django_assert_num_queries(8):
        response = client.get(
            url("networks:network_list", "en"),
            {"topic": topics[0].slug, "goal": "17", "level": "global"},
        )

    assert response.context["paginator"].count == size


@pytest.mark.parametrize("size", [3, 50])
def test_detail_runs_the_same_queries_whatever_the_number_of_topics_and_goals(
    client, django_assert_num_queries, size
):
    network = NetworkFactory(
        topics=TopicFactory.create_batch(size), goals=range(1, 4 if size == 3 else 18)
    )

    with django_assert_num_queries(6):
        response = client.get(url("networks:network_detail", "en", slug=network.slug))

    assert response.status_code == 200
