import pytest

from partnerships.models import TwinCityStatus
from tests.factories import CityFactory, ImageFactory, TwinCityFactory
from tests.urls import url

pytestmark = pytest.mark.django_db


def test_twin_city_list_shows_published_twin_cities_in_german(client):
    TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", name_en="Rostov-on-Don", country="RU")
    )

    response = client.get(url("partnerships:twincity_list", "de"))

    assert response.status_code == 200
    assert "Rostow am Don" in response.text
    assert "Russland" in response.text
    assert "<title>Städtepartnerschaften" in response.text


def test_twin_city_list_shows_published_twin_cities_in_english(client):
    TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", name_en="Rostov-on-Don", country="RU")
    )

    response = client.get(url("partnerships:twincity_list", "en"))

    assert "Rostov-on-Don" in response.text
    assert "Russia" in response.text
    assert "<title>Twin cities" in response.text


def test_draft_twin_city_is_neither_listed_nor_reachable(client):
    twin_city = TwinCityFactory(draft=True, city=CityFactory(name_de="Entwurfsstadt"))

    assert "Entwurfsstadt" not in client.get(url("partnerships:twincity_list", "de")).text
    detail = client.get(url("partnerships:twincity_detail", "de", slug=twin_city.city.slug))
    assert detail.status_code == 404


def test_twin_city_scheduled_for_tomorrow_is_not_public_yet(client):
    twin_city = TwinCityFactory(scheduled=True, city=CityFactory(name_en="Future City"))

    assert "Future City" not in client.get(url("partnerships:twincity_list", "en")).text
    assert (
        client.get(url("partnerships:twincity_detail", "en", slug=twin_city.city.slug)).status_code
        == 404
    )


def test_twin_city_detail_shows_story_facts_and_credited_image(client):
    twin_city = TwinCityFactory(
        city=CityFactory(name_en="Leeds", country="GB"),
        since=1969,
        story_en="<p>Structural change from coal to culture.</p>",
    )

    response = client.get(url("partnerships:twincity_detail", "en", slug=twin_city.city.slug))

    assert response.status_code == 200
    assert "<h1>Leeds</h1>" in response.text
    assert "1969" in response.text
    assert "United Kingdom" in response.text
    assert "Structural change from coal to culture." in response.text
    assert f'alt="{twin_city.image.alt_text_en}"' in response.text
    assert "Picture: Stadt Dortmund / Roland Gorecki" in response.text


def test_suspended_twin_city_says_so_and_why(client):
    twin_city = TwinCityFactory(
        status=TwinCityStatus.SUSPENDED,
        status_note_de="Die offiziellen Beziehungen ruhen.",
        status_note_en="Official relations are suspended.",
    )

    german = client.get(url("partnerships:twincity_detail", "de", slug=twin_city.city.slug)).text
    english = client.get(url("partnerships:twincity_detail", "en", slug=twin_city.city.slug)).text

    assert "ruhend" in german
    assert "Die offiziellen Beziehungen ruhen." in german
    assert "suspended" in english
    assert "Official relations are suspended." in english


def test_missing_english_story_falls_back_to_german_marked_as_german(client):
    twin_city = TwinCityFactory(story_de="<p>Nur auf Deutsch erzählt.</p>", story_en="")

    response = client.get(url("partnerships:twincity_detail", "en", slug=twin_city.city.slug))

    assert '<div class="prose" lang="de"><p>Nur auf Deutsch erzählt.</p></div>' in response.text


def test_english_story_is_not_marked_as_german(client):
    twin_city = TwinCityFactory(story_en="<p>Told in English.</p>")

    response = client.get(url("partnerships:twincity_detail", "en", slug=twin_city.city.slug))

    assert '<div class="prose"><p>Told in English.</p></div>' in response.text


def test_unknown_twin_city_is_a_404_page_in_the_readers_language(client):
    response = client.get(url("partnerships:twincity_detail", "en", slug="atlantis"))

    assert response.status_code == 404
    assert "Page not found" in response.text


@pytest.mark.parametrize("size", [3, 50])
def test_twin_city_list_runs_the_same_queries_whatever_the_number_of_cities(
    client, django_assert_num_queries, size
):
    TwinCityFactory.create_batch(size, goals=[16, 17], image=ImageFactory())

    # with the partner map's, this year's and next year's anniversaries and the open
    # funding calls
    with django_assert_num_queries(8):
        response = client.get(url("partnerships:twincity_list", "de"))

    assert response.context["paginator"].count == size


@pytest.mark.parametrize("size", [3, 50])
def test_twin_city_detail_runs_the_same_queries_whatever_the_number_of_links(
    client, django_assert_num_queries, size
):
    twin_city = TwinCityFactory(goals=[16, 17])
    for position in range(size):
        twin_city.links.create(label_de=f"Link {position}", url=f"https://example.org/{position}")

    # with the partner map's, the latest news, its organisations and programmes
    with django_assert_num_queries(9):
        response = client.get(url("partnerships:twincity_detail", "en", slug=twin_city.city.slug))

    assert response.text.count('href="https://example.org/') == size
