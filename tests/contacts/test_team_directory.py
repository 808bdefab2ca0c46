"""The team page as a directory: a page of contacts at a time, filtered by name,
responsibility and unit, with the head of the office above it."""

import re

import pytest
from django.utils import translation

from tests.contacts.test_public_pages import assert_no_internal_details
from tests.factories import (
    CityFactory,
    NetworkFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

TEAM = "/en/team/"
FILTERS_IGNORED = "Some filters could not be applied. The list below ignores them."


def names_listed(html):
    """The names on the cards of the directory, in their order."""
    return re.findall(r'<h4 class="card__title"><a href="[^"]+">([^<]+)</a></h4>', html)


def people(count, **kwargs):
    return [
        PersonFactory(first_name="Person", last_name=f"{number:03d}", position=number, **kwargs)
        for number in range(1, count + 1)
    ]


def test_directory_shows_twenty_contacts_a_page_and_the_next_page_the_rest(client):
    people(25)

    first = client.get(TEAM).text
    second = client.get(f"{TEAM}?page=2").text

    assert names_listed(first) == [f"Person {number:03d}" for number in range(1, 21)]
    assert names_listed(second) == [f"Person {number:03d}" for number in range(21, 26)]
    assert "25 contacts" in first
    assert '<nav class="pagination" aria-label="Pages">' in first
    assert '<a href="?page=2" rel="next">Next page</a>' in first
    assert "Page 2 of 2" in second
    assert '<a href="?page=1" rel="prev">Previous page</a>' in second


def test_a_page_number_beyond_the_directory_is_not_found(client):
    people(3)

    assert client.get(f"{TEAM}?page=9").status_code == 404


def test_contacts_of_other_units_follow_the_office_under_their_unit(client):
    environment = UnitFactory(slug="environment", name_en="Environmental office", is_office=False)
    PersonFactory(first_name="Uma", last_name="Umwelt", unit=environment)
    PersonFactory(first_name="Olga", last_name="Office")

    html = client.get(TEAM).text

    assert names_listed(html) == ["Olga Office", "Uma Umwelt"]
    assert '<h3 id="unit-environment">Environmental office</h3>' in html


def test_box_above_the_directory_names_the_head_of_the_office_and_how_to_reach_it(client):
    PersonFactory(
        first_name="Hanna", last_name="Head", function_en="Head of the office", position=1
    )
    PersonFactory(first_name="Sam", last_name="Staff", position=5)
    PersonFactory(
        first_name="Other",
        last_name="Head",
        position=1,
        unit=UnitFactory(slug="economy", name_en="Economic development", is_office=False),
    )

    html = client.get(TEAM).text
    box = html.split('<section class="contact-box team-office"', 1)[1].split("</section>", 1)[0]

    assert "Hanna Head" in box
    assert "Head of the office" in box
    assert "Sam Staff" not in box
    assert "Other Head" not in box
    assert "Send an enquiry" in box


def test_name_search_finds_people_by_first_and_last_name(client):
    PersonFactory(first_name="Martin", last_name="van der Pütten")
    PersonFactory(first_name="Martina", last_name="Meier")
    PersonFactory(first_name="Sara", last_name="Stjepic")

    # Within a unit in the order of the last names.
    assert names_listed(client.get(f"{TEAM}?name=martin").text) == [
        "Martina Meier",
        "Martin van der Pütten",
    ]
    assert names_listed(client.get(f"{TEAM}?name=Martin+Pütten").text) == ["Martin van der Pütten"]
    html = client.get(f"{TEAM}?name=Nobody").text
    assert names_listed(html) == []
    assert "No contact matches these filters." in html
    assert "0 contacts" in html


def test_responsibility_search_finds_people_by_partner_city_country_network_and_topic(
    client, kumasi
):
    leeds = TwinCityFactory(city__name_en="Leeds", city__name_de="Leeds", city__country="GB")
    PersonFactory(first_name="Tim", last_name="Twin", twin_cities=[leeds])
    PersonFactory(
        first_name="Nele", last_name="Net", networks=[NetworkFactory(name_en="Eurocities")]
    )
    PersonFactory(first_name="Kai", last_name="Klima", topics=[TopicFactory(name_en="Climate")])

    def found(text):
        return set(names_listed(client.get(TEAM, {"responsible_for": text}).text))

    assert found("Kumasi") == {"Felicia Schenkelberg"}
    assert found("Ghana") == {"Felicia Schenkelberg", "Sara Stjepic"}
    assert found("leeds") == {"Tim Twin"}
    assert found("United Kingdom") == {"Tim Twin"}
    assert found("Eurocities") == {"Nele Net"}
    assert found("Climate") == {"Kai Klima", "Felicia Schenkelberg"}


def test_responsibility_search_finds_nobody_through_a_draft(client):
    draft = ProjectPartnershipFactory(draft=True, title_en="Secret draft partnership")
    PersonFactory(first_name="Dora", last_name="Draft", project_partnerships=[draft])

    assert names_listed(client.get(TEAM, {"responsible_for": "Secret draft"}).text) == []


def test_kind_of_responsibility_keeps_only_people_with_such_a_responsibility(client):
    PersonFactory(first_name="Nele", last_name="Net", networks=[NetworkFactory()])
    PersonFactory(first_name="Cora", last_name="Country", countries=["GH"])
    PersonFactory(first_name="Dora", last_name="Draft", networks=[NetworkFactory(draft=True)])
    PersonFactory(first_name="Nora", last_name="Nothing")

    assert names_listed(client.get(TEAM, {"responsibility": "city-networks"}).text) == ["Nele Net"]
    assert names_listed(client.get(TEAM, {"responsibility": "countries"}).text) == ["Cora Country"]


def test_unit_filter_keeps_the_people_of_one_unit_and_keeps_the_other_filters(client):
    economy = UnitFactory(slug="economy", name_en="Economic development", is_office=False)
    PersonFactory(first_name="Eva", last_name="Economy", unit=economy, countries=["GH"])
    PersonFactory(first_name="Ede", last_name="Economy", unit=economy)
    PersonFactory(first_name="Olga", last_name="Office", countries=["GH"])
    people(21, unit=economy)

    html = client.get(TEAM, {"unit": "economy", "responsibility": "countries"}).text
    assert names_listed(html) == ["Eva Economy"]
    assert '<option value="economy" selected>Economic development</option>' in html

    html = client.get(TEAM, {"unit": "economy"}).text
    assert "23 contacts" in html
    assert '<a href="?unit=economy&amp;page=2" rel="next">Next page</a>' in html


@pytest.mark.parametrize(
    "query",
    [
        {"unit": "no-such-unit"},
        {"responsibility": "everything"},
        {"name": "x" * 101},
        {"responsible_for": "\x00"},
    ],
)
def test_an_invalid_filter_says_so_and_the_whole_directory_stays(client, query):
    PersonFactory(first_name="Olga", last_name="Office")
    PersonFactory(first_name="Uma", last_name="Umwelt")

    response = client.get(TEAM, query)

    assert response.status_code == 200
    assert FILTERS_IGNORED in response.text
    assert names_listed(response.text) == ["Olga Office", "Uma Umwelt"]


def test_an_invalid_filter_is_explained_in_german_under_de(client):
    PersonFactory()

    html = client.get("/de/team/", {"unit": "no-such-unit"}).text

    assert "Einige Filter konnten nicht angewendet werden" in html


@pytest.mark.parametrize("size", [1, 40])
def test_filter_form_offers_the_same_choices_whatever_the_number_of_partners(client, size):
    for number in range(size):
        city = CityFactory(name_en=f"City {number}", slug=f"city-{number}")
        PersonFactory(
            twin_cities=[TwinCityFactory(city=city)],
            networks=[NetworkFactory()],
            topics=[TopicFactory()],
        )

    form = client.get(TEAM).text.split('<form class="filters"', 1)[1].split("</form>", 1)[0]

    # The kinds of responsibility and the one unit, each with "any".
    assert form.count("<option") == 6 + 2
    assert "City 0" not in form


@pytest.mark.parametrize("size", [3, 50])
@pytest.mark.parametrize(
    ("query", "queries"),
    [
        # Every state of the page costs the queries of the unfiltered page (8) ...
        ({"page": "2"}, 8),
        ({"name": "Jänsch"}, 8),
        ({"responsible_for": "Ghana"}, 8),
        ({"responsibility": "twin-cities"}, 8),
        # ... and a unit looks its slug up once more.
        ({"unit": "office", "name": "Helga", "responsibility": "topics"}, 9),
        ({"unit": "no-such-unit"}, 9),
    ],
)
def test_directory_runs_the_same_queries_in_every_state_whatever_the_number_of_people(
    client, django_assert_num_queries, size, query, queries
):
    twin_city = TwinCityFactory(city__country="GH")
    PersonFactory.create_batch(
        size, twin_cities=[twin_city], networks=[NetworkFactory()], topics=[TopicFactory()]
    )
    if query.get("page") == "2" and size < 21:
        query = {}

    with django_assert_num_queries(queries):
        response = client.get(TEAM, query)

    assert response.status_code == 200


def test_each_contact_has_a_public_page_of_their_own_linked_from_the_directory(client):
    leeds = TwinCityFactory(city__name_en="Leeds", city__slug="leeds")
    person = PersonFactory(
        first_name="Tim",
        last_name="Twin",
        slug="tim-twin",
        function_en="Twin cities coordinator",
        twin_cities=[leeds],
    )

    with translation.override("en"):
        assert person.get_absolute_url() == "/en/team/tim-twin/"
    assert '<a href="/en/team/tim-twin/">Tim Twin</a>' in client.get(TEAM).text
    html = client.get("/en/team/tim-twin/").text
    assert "<h1>Tim Twin</h1>" in html
    assert "Twin cities coordinator" in html
    assert '<a href="/en/twin-cities/leeds/">Leeds</a>' in html
    assert person.email in html
    assert '<a href="/en/team/?unit=office">' in html
    assert_no_internal_details(html)


def test_your_contact_box_links_to_the_contact_s_page(client, records_with_contacts):
    twin_city, person = records_with_contacts["twin_city"]

    box = client.get(twin_city.get_absolute_url()).text.split('class="contact-box"', 1)[1]

    assert f'<a href="{person.get_absolute_url()}">{person.name}</a>' in box
    assert client.get(person.get_absolute_url()).status_code == 200


def test_a_person_who_left_has_no_page(client):
    person = PersonFactory(draft=True)

    assert client.get(person.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("size", [1, 30])
def test_a_contact_s_page_runs_the_same_queries_whatever_their_responsibilities(
    client, django_assert_num_queries, size
):
    person = PersonFactory(
        twin_cities=TwinCityFactory.create_batch(size),
        networks=NetworkFactory.create_batch(size),
        topics=TopicFactory.create_batch(size),
    )

    # The person and their four kinds of responsibility.
    with django_assert_num_queries(5):
        assert client.get(person.get_absolute_url()).status_code == 200
