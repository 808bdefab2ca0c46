import pytest
from django.urls import reverse
from django.utils import translation

from tests.contacts.conftest import INTERNAL_LABELS, INTERNAL_TEXTS
from tests.factories import (
    NetworkFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en"]


def team_url(language):
    with translation.override(language):
        return reverse("contacts:team")


def detail_url(record, language):
    with translation.override(language):
        return record.get_absolute_url()


def assert_no_internal_details(html):
    for text in INTERNAL_TEXTS:
        assert text not in html
    for language in LANGUAGES:
        for label in INTERNAL_LABELS[language]:
            assert f"<dt>{label}</dt>" not in html


def test_team_page_has_translated_addresses(client):
    assert team_url("de") == "/de/team/"
    assert team_url("en") == "/en/team/"


def test_team_page_lists_the_office_first_with_public_details_in_german(client):
    PersonFactory(
        first_name="Martin",
        last_name="van der Pütten",
        function_de="Leiter des Büros",
        function_en="Head of the office",
        email="martin.vanderpuetten@stadtdo.example",
        position=1,
    )
    PersonFactory(
        first_name="Uma",
        last_name="Umwelt",
        unit=UnitFactory(slug="environment", name_de="Umweltamt", is_office=False),
    )

    html = client.get(team_url("de")).text

    assert "<title>Team und Ansprechpersonen" in html
    assert html.index("Büro für Internationale Beziehungen") < html.index("Umweltamt")
    assert "Martin van der Pütten" in html
    assert "Leiter des Büros" in html
    assert '<a href="mailto:martin.vanderpuetten@stadtdo.example">' in html
    assert '<dt>Telefon</dt><dd><a href="tel:023100001000">0231 0000-1000</a></dd>' in html
    assert 'id="person-' in html


def test_team_page_speaks_english_under_en(client):
    PersonFactory(function_de="Leiter des Büros", function_en="Head of the office")

    html = client.get(team_url("en")).text

    assert "<h1>Team and contacts</h1>" in html
    assert "Head of the office" in html
    assert "Office for International Relations" in html
    assert "<dt>Phone</dt>" in html


def test_function_without_english_falls_back_to_german_marked_as_german(client):
    PersonFactory(function_de="Mitarbeiterin", function_en="")

    html = client.get(team_url("en")).text

    assert '<p class="card__meta" lang="de">Mitarbeiterin</p>' in html


def test_team_page_shows_what_each_person_is_responsible_for_linked(client):
    twin_city = TwinCityFactory(city__name_en="Leeds", city__slug="leeds")
    network = NetworkFactory(name_en="Eurocities", slug="eurocities")
    climate = TopicFactory(name_en="Climate protection")
    PersonFactory(twin_cities=[twin_city], networks=[network], topics=[climate], countries=["GH"])

    html = client.get(team_url("en")).text

    assert "Responsible for" in html
    assert '<a href="/en/twin-cities/leeds/">Leeds</a>' in html
    assert '<a href="/en/city-networks/eurocities/">Eurocities</a>' in html
    assert "Ghana" in html
    assert "Climate protection" in html


def test_team_page_links_only_published_records(client):
    draft = ProjectPartnershipFactory(draft=True, title_en="Secret draft partnership")
    PersonFactory(project_partnerships=[draft])

    assert "Secret draft partnership" not in client.get(team_url("en")).text


def test_people_who_left_or_start_later_are_not_on_the_team_page(client):
    PersonFactory(last_name="Ausgeschieden", draft=True)
    PersonFactory(last_name="Zukünftig", scheduled=True)
    PersonFactory(last_name="Dabei")

    html = client.get(team_url("de")).text

    assert "Dabei" in html
    assert "Ausgeschieden" not in html
    assert "Zukünftig" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_team_page_never_shows_internal_details(client, language):
    PersonFactory(deputy=PersonFactory(last_name="Vertreterin"))

    html = client.get(team_url(language)).text

    assert_no_internal_details(html)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["twin_city", "partnership", "network", "event"])
def test_detail_pages_show_the_contact_but_never_internal_details(
    client, records_with_contacts, kind, language
):
    record, person = records_with_contacts[kind]

    response = client.get(detail_url(record, language))

    assert response.status_code == 200
    box = response.text.split('<section class="contact-box"', 1)[1].split("</section>", 1)[0]
    assert {"de": "Ihre Ansprechperson", "en": "Your contact"}[language] in box
    assert person.name in box
    assert person.email in box
    assert "0231 0000-1000" in box
    assert_no_internal_details(response.text)


def test_signed_in_city_staff_get_the_same_public_pages_without_internal_details(
    staff_client, records_with_contacts
):
    for kind in ["twin_city", "partnership", "network", "event"]:
        record, _person = records_with_contacts[kind]
        assert_no_internal_details(staff_client.get(detail_url(record, "de")).text)
    html = staff_client.get(team_url("de")).text
    assert_no_internal_details(html)
    assert "Internes Kontaktverzeichnis" in html


def test_record_without_a_published_contact_has_no_contact_box(client):
    twin_city = TwinCityFactory()
    PersonFactory(draft=True, twin_cities=[twin_city])

    html = client.get(detail_url(twin_city, "en")).text

    assert "contact-box" not in html


def test_several_contacts_are_headed_in_the_plural(client):
    network = NetworkFactory()
    PersonFactory.create_batch(2, networks=[network])

    html = client.get(detail_url(network, "de")).text

    assert '<h2 id="contact-box">Ihre Ansprechpersonen</h2>' in html


def test_network_page_shows_its_contact_instead_of_the_old_text_field(client):
    network = NetworkFactory()
    PersonFactory(
        first_name="Fabian",
        last_name="Zeuch",
        function_en="Coordinator for Global Urban Diplomacy",
        networks=[network],
    )

    html = client.get(detail_url(network, "en")).text

    assert "Fabian Zeuch" in html
    assert "Coordinator for Global Urban Diplomacy" in html
    assert "Contact at the office" not in html


def test_footer_links_to_the_team_page(client):
    assert '<a href="/en/team/">Team and contacts</a>' in client.get("/en/").text


@pytest.mark.parametrize("size", [3, 50])
def test_team_page_runs_the_same_queries_whatever_the_number_of_people(
    client, django_assert_num_queries, size
):
    twin_city = TwinCityFactory()
    network = NetworkFactory()
    topic = TopicFactory()
    PersonFactory.create_batch(
        size, twin_cities=[twin_city], networks=[network], topics=[topic], countries=["GH", "GN"]
    )

    # The people of the page and their four kinds of responsibility, the number of people
    # for the pagination, the units for the filter form and the head of the office.
    with django_assert_num_queries(8):
        response = client.get(team_url("de"))

    assert response.text.count('class="card person"') == min(size, 20)
