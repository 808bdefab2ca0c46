import pytest

from partnerships.models import ProjectStatus
from tests.factories import (
    CityFactory,
    ImageFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    goals,
)
from tests.filters import offered_goals
from tests.urls import url

pytestmark = pytest.mark.django_db


def titles(response):
    return [partnership.title for partnership in response.context["object_list"]]


@pytest.fixture
def partnerships():
    climate = TopicFactory(slug="climate", name_de="Klimaschutz", name_en="Climate protection")
    innovation = TopicFactory(slug="innovation", name_de="Innovation", name_en="Innovation")
    kumasi = CityFactory(name_en="Kumasi", country="GH")
    pittsburgh = CityFactory(name_en="Pittsburgh", country="US")
    vancouver = CityFactory(name_en="Vancouver", country="CA")
    return {
        "kumasi": ProjectPartnershipFactory(
            title_en="Climate partnership with Kumasi",
            partner_cities=[kumasi],
            topics=[climate],
        ),
        "pittsburgh": ProjectPartnershipFactory(
            title_en="Innovation partnership with Pittsburgh",
            partner_cities=[pittsburgh],
            topics=[innovation],
            status=ProjectStatus.COMPLETED,
        ),
        "bridge": ProjectPartnershipFactory(
            title_en="Transatlantic Climate Bridge",
            partner_cities=[vancouver, pittsburgh],
            topics=[climate],
        ),
    }


def test_list_shows_every_published_partnership_with_its_partner_cities(client, partnerships):
    response = client.get(url("partnerships:projectpartnership_list", "en"))

    assert response.status_code == 200
    assert titles(response) == [
        "Climate partnership with Kumasi",
        "Innovation partnership with Pittsburgh",
        "Transatlantic Climate Bridge",
    ]
    assert "Pittsburgh (United States of America), Vancouver (Canada)" in response.text
    assert "3 project partnerships" in response.text


def test_list_speaks_german_under_de(client, partnerships):
    response = client.get(url("partnerships:projectpartnership_list", "de"))

    assert "3 Projektpartnerschaften" in response.text
    assert '<label for="id_topic">Thema</label>' in response.text
    assert "Vereinigte Staaten von Amerika" in response.text


def test_filter_by_topic(client, partnerships):
    response = client.get(url("partnerships:projectpartnership_list", "en"), {"topic": "climate"})

    assert titles(response) == ["Climate partnership with Kumasi", "Transatlantic Climate Bridge"]


def test_filter_by_country_lists_a_trilateral_partnership_once(client, partnerships):
    response = client.get(url("partnerships:projectpartnership_list", "en"), {"country": "US"})

    assert titles(response) == [
        "Innovation partnership with Pittsburgh",
        "Transatlantic Climate Bridge",
    ]


def test_filters_combine(client, partnerships):
    response = client.get(
        url("partnerships:projectpartnership_list", "en"), {"topic": "climate", "country": "US"}
    )

    assert titles(response) == ["Transatlantic Climate Bridge"]


def test_filter_by_status(client, partnerships):
    response = client.get(
        url("partnerships:projectpartnership_list", "en"), {"status": "completed"}
    )

    assert titles(response) == ["Innovation partnership with Pittsburgh"]


def test_filter_form_offers_only_countries_and_topics_in_use(client, partnerships):
    response = client.get(url("partnerships:projectpartnership_list", "en"))
    form = response.context["filter"].form

    assert [code for code, _ in form.fields["country"].choices][1:] == ["CA", "GH", "US"]
    assert [topic.slug for topic in form.fields["topic"].queryset] == ["climate", "innovation"]


def test_unknown_filter_value_shows_the_list_with_a_clear_message(client, partnerships):
    response = client.get(
        url("partnerships:projectpartnership_list", "en"), {"topic": "no-such-topic", "status": "x"}
    )

    assert response.status_code == 200
    assert "Some filters could not be applied" in response.text
    assert 'id="id_status_error"' in response.text
    assert len(titles(response)) == 3


def test_unknown_filter_value_message_is_german_under_de(client, partnerships):
    response = client.get(url("partnerships:projectpartnership_list", "de"), {"status": "x"})

    assert "Einige Filter konnten nicht angewendet werden" in response.text
    assert "Bitte eine gültige Auswahl treffen" in response.text


@pytest.mark.parametrize("page", ["99", "abc", "-1", "0", "1e9"])
def test_page_out_of_range_is_a_404_not_a_server_error(client, partnerships, page):
    response = client.get(url("partnerships:projectpartnership_list", "en"), {"page": page})

    assert response.status_code == 404


def test_pagination_keeps_the_filters_in_the_url(client):
    topic = TopicFactory(slug="climate")
    ProjectPartnershipFactory.create_batch(13, topics=[topic])

    response = client.get(url("partnerships:projectpartnership_list", "en"), {"topic": "climate"})

    assert 'href="?topic=climate&amp;page=2"' in response.text
    second = client.get(
        url("partnerships:projectpartnership_list", "en"), {"topic": "climate", "page": 2}
    )
    assert len(titles(second)) == 1


def test_draft_and_scheduled_partnerships_are_invisible(client):
    draft = ProjectPartnershipFactory(draft=True, title_en="Draft partnership")
    scheduled = ProjectPartnershipFactory(scheduled=True, title_en="Scheduled partnership")

    listing = client.get(url("partnerships:projectpartnership_list", "en")).text
    assert "Draft partnership" not in listing
    assert "Scheduled partnership" not in listing
    for partnership in (draft, scheduled):
        detail = client.get(
            url("partnerships:projectpartnership_detail", "en", slug=partnership.slug)
        )
        assert detail.status_code == 404


def test_detail_shows_facts_in_english(client, partnerships):
    bridge = partnerships["bridge"]

    response = client.get(url("partnerships:projectpartnership_detail", "en", slug=bridge.slug))

    assert "<h1>Transatlantic Climate Bridge</h1>" in response.text
    assert "Environmental Office" in response.text
    assert "Federal Ministry" in response.text
    assert "since 2018" in response.text
    assert "Climate protection" in response.text
    assert "Together for the climate." in response.text


def test_detail_falls_back_to_german_title_marked_as_german(client):
    partnership = ProjectPartnershipFactory(title_de="Nur Deutsch", title_en="")

    response = client.get(
        url("partnerships:projectpartnership_detail", "en", slug=partnership.slug)
    )

    assert '<h1 lang="de">Nur Deutsch</h1>' in response.text


@pytest.mark.parametrize("size", [3, 50])
def test_list_runs_the_same_queries_whatever_the_number_of_partnerships(
    client, django_assert_num_queries, size
):
    topics = TopicFactory.create_batch(3)
    image = ImageFactory()
    for _ in range(size):
        ProjectPartnershipFactory(
            topics=topics,
            partner_cities=[CityFactory(), CityFactory(country="GH")],
            goals=[13, 17],
            image=image,
        )

    # topic lookup, count, page, partner cities, topics, goals, the form's countries,
    # topics and goals, the partner map
    with django_assert_num_queries(10):
        response = client.get(
            url("partnerships:projectpartnership_list", "en"), {"topic": topics[0].slug}
        )

    assert response.context["paginator"].count == size


@pytest.mark.parametrize("size", [3, 50])
def test_detail_runs_the_same_queries_whatever_the_number_of_partners(
    client, django_assert_num_queries, size
):
    partnership = ProjectPartnershipFactory(
        partner_cities=CityFactory.create_batch(size),
        topics=TopicFactory.create_batch(size),
        goals=range(1, 18),
    )

    # with the partner map's and the exchange programmes it runs
    with django_assert_num_queries(9):
        response = client.get(
            url("partnerships:projectpartnership_detail", "en", slug=partnership.slug)
        )

    assert response.status_code == 200


def test_filter_form_offers_no_topic_or_country_known_only_from_drafts(client, partnerships):
    ProjectPartnershipFactory(
        draft=True,
        topics=[TopicFactory(slug="secret-topic")],
        partner_cities=[CityFactory(country="NZ")],
    )

    form = client.get(url("partnerships:projectpartnership_list", "en")).context["filter"].form

    assert "NZ" not in [code for code, _ in form.fields["country"].choices]
    assert "secret-topic" not in [topic.slug for topic in form.fields["topic"].queryset]


def test_filter_by_goal_offers_only_goals_of_published_partnerships(client, partnerships):
    ProjectPartnershipFactory(title_en="Draft on goal 6", goals=[6], draft=True)
    ProjectPartnershipFactory(title_en="Scheduled on goal 7", goals=[7], scheduled=True)
    partnerships["kumasi"].goals.set(goals(13, 17))
    partnerships["bridge"].goals.set(goals(13))

    response = client.get(url("partnerships:projectpartnership_list", "en"), {"goal": "13"})
    form = response.context["filter"].form

    assert offered_goals(form) == [13, 17]
    assert titles(response) == ["Climate partnership with Kumasi", "Transatlantic Climate Bridge"]
    assert '<option value="13" selected>Goal 13: Climate Action</option>' in response.text
    assert "All goals" in response.text


def test_goal_filter_speaks_german_under_de(client, partnerships):
    partnerships["kumasi"].goals.set(goals(13))

    html = client.get(url("partnerships:projectpartnership_list", "de"), {"goal": "13"}).text

    assert "Nachhaltigkeitsziel" in html
    assert "Alle Ziele" in html
    assert '<option value="13" selected>Ziel 13: Maßnahmen zum Klimaschutz</option>' in html
