import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contacts.conftest import INTERNAL_TEXTS
from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


def lookup_url(language="de", **query):
    with translation.override(language):
        url = reverse("contacts:lookup")
    return f"{url}?{urlencode(query)}" if query else url


def found(response):
    return [person.name for person in response.context["people"]]


def marked(html):
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_lookup_has_translated_addresses():
    assert lookup_url("de") == "/de/intern/kontakte/"
    assert lookup_url("en") == "/en/internal/contacts/"


def test_kumasi_finds_who_answers_for_the_partnership_and_for_the_city_in_one_request(
    staff_client, kumasi
):
    response = staff_client.get(lookup_url("en", q="Kumasi"))

    assert response.status_code == 200
    assert found(response) == ["Felicia Schenkelberg", "Sara Stjepic"]
    html = response.text
    assert "2 people found" in html
    assert marked(html) == ["Climate partnership with Kumasi", "Ghana"]
    # The internal details are right there: no second step to call someone.
    assert "0231 0000-4711" in html
    assert "0151 0000 0815" in html
    assert "Geheimzimmer 3.33" in html
    assert "Esperanto, Klingonisch" in html


def test_lookup_in_german_marks_the_german_names(staff_client, kumasi):
    html = staff_client.get(lookup_url("de", q="kumasi")).text

    assert "2 Personen gefunden" in html
    assert marked(html) == ["Klimapartnerschaft mit Kumasi", "Ghana"]
    assert "<dt>Durchwahl</dt>" in html


def test_lookup_finds_by_country_in_either_language(staff_client, kumasi):
    assert found(staff_client.get(lookup_url("de", q="Ghana"))) == [
        "Felicia Schenkelberg",
        "Sara Stjepic",
    ]
    assert found(staff_client.get(lookup_url("en", q="Frankreich"))) == ["Alessa Heuser"]


def test_lookup_finds_by_name_with_umlauts_spelt_either_way(staff_client):
    PersonFactory(first_name="Helga", last_name="Jänsch")
    PersonFactory(first_name="Christoph", last_name="Struß")

    assert found(staff_client.get(lookup_url(q="Jaensch"))) == ["Helga Jänsch"]
    assert found(staff_client.get(lookup_url(q="jänsch"))) == ["Helga Jänsch"]
    assert found(staff_client.get(lookup_url(q="STRUSS"))) == ["Christoph Struß"]


def test_lookup_finds_by_twin_city_network_acronym_topic_event_and_unit(staff_client):
    leeds = TwinCityFactory(city=CityFactory(name_de="Leeds", name_en="Leeds", country="GB"))
    cemr = NetworkFactory(acronym_de="RGRE", acronym_en="CEMR")
    climate = TopicFactory(name_de="Klimaschutz", name_en="Climate protection")
    fair = EventFactory(title_de="FAIR FRIENDS 2027", title_en="FAIR FRIENDS 2027")
    environment = UnitFactory(slug="environment", name_de="Umweltamt", name_en="Environment")
    PersonFactory(last_name="Twin", twin_cities=[leeds])
    PersonFactory(last_name="Network", networks=[cemr])
    PersonFactory(last_name="Topic", topics=[climate])
    PersonFactory(last_name="Event", events=[fair])
    PersonFactory(last_name="Unit", unit=environment)

    def last_names(query):
        return [p.last_name for p in staff_client.get(lookup_url(q=query)).context["people"]]

    assert last_names("Leeds") == ["Twin"]
    assert last_names("Vereinigtes Königreich") == ["Twin"]
    assert last_names("CEMR") == ["Network"]
    assert last_names("klimaschutz") == ["Topic"]
    assert last_names("Friends") == ["Event"]
    assert last_names("Umweltamt") == ["Unit"]


def test_every_word_has_to_match(staff_client, kumasi):
    assert found(staff_client.get(lookup_url(q="Kumasi Stjepic"))) == ["Sara Stjepic"]
    assert found(staff_client.get(lookup_url(q="Kumasi Heuser"))) == []


def test_direct_responsibility_comes_before_the_country(staff_client):
    city = CityFactory(name_en="Dabola", country="GN")
    partnership = ProjectPartnershipFactory(partner_cities=[city])
    PersonFactory(first_name="Anna", last_name="Aaland", countries=["GN"])
    PersonFactory(first_name="Zoe", last_name="Zander", project_partnerships=[partnership])

    assert found(staff_client.get(lookup_url(q="Dabola"))) == ["Zoe Zander", "Anna Aaland"]


def test_people_who_left_are_not_found(staff_client, kumasi):
    kumasi["country_contact"].publication_status = "draft"
    kumasi["country_contact"].save()

    assert found(staff_client.get(lookup_url(q="Kumasi"))) == ["Felicia Schenkelberg"]


def test_nothing_found_says_how_to_search(staff_client, kumasi):
    html = staff_client.get(lookup_url("en", q="Atlantis")).text

    assert "0 people found" in html
    assert "Try a city, a country" in html


def test_empty_lookup_offers_the_whole_directory_as_csv(staff_client, kumasi):
    response = staff_client.get(lookup_url("en"))

    assert response.context["people"] == []
    assert 'href="/en/internal/contacts/export.csv"' in response.text


def test_overlong_query_gets_a_message_and_no_search(staff_client, kumasi):
    response = staff_client.get(lookup_url("en", q="Kumasi " * 50))

    assert response.status_code == 200
    assert response.context["people"] == []
    assert 'role="alert"' in response.text


def test_anonymous_visitors_are_sent_to_the_admin_login(client, kumasi):
    url = lookup_url("de", q="Kumasi")

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", ["lookup", "export", "person", "vcard"])
def test_signed_in_users_without_the_permission_are_refused(client, kumasi, name):
    user = User.objects.create_user("besucher", password="secret-password", is_staff=True)
    client.force_login(user)
    kwargs = {"slug": kumasi["partnership_contact"].slug} if name in {"person", "vcard"} else {}
    with translation.override("de"):
        url = reverse(f"contacts:{name}", kwargs=kwargs)

    response = client.get(url)

    assert response.status_code == 403
    assert "Zugriff verweigert" in response.text
    for text in INTERNAL_TEXTS:
        assert text not in response.text


@pytest.mark.parametrize("name", ["lookup", "export", "person", "vcard"])
def test_internal_answers_are_private_and_never_stored(staff_client, kumasi, name):
    kwargs = {"slug": kumasi["partnership_contact"].slug} if name in {"person", "vcard"} else {}

    response = staff_client.get(reverse(f"contacts:{name}", kwargs=kwargs), {"q": "Kumasi"})

    assert response.status_code == 200
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives


def test_person_page_shows_internal_details_deputy_and_whom_they_stand_in_for(staff_client):
    zeuch = PersonFactory(first_name="Fabian", last_name="Zeuch")
    head = PersonFactory(first_name="Martin", last_name="van der Pütten", deputy=zeuch)
    zeuch.deputy = head
    zeuch.save()

    response = staff_client.get(head.get_internal_url())

    html = response.text
    assert "<h1>Martin van der Pütten</h1>" in html
    assert "Geheimzimmer 3.33" in html
    assert f'<dt>Vertretung</dt><dd><a href="{zeuch.get_internal_url()}">Fabian Zeuch</a>' in html
    assert f'Vertretung für: <a href="{zeuch.get_internal_url()}">Fabian Zeuch</a>' in html
    assert f'href="{head.get_vcard_url()}"' in html


def test_person_page_of_someone_who_left_is_not_found(staff_client):
    person = PersonFactory(draft=True)

    assert staff_client.get(person.get_internal_url()).status_code == 404


@pytest.mark.parametrize("size", [3, 50])
def test_lookup_runs_the_same_queries_whatever_the_number_of_people(
    staff_client, django_assert_num_queries, size
):
    kumasi = CityFactory(name_en="Kumasi", country="GH")
    partnership = ProjectPartnershipFactory(partner_cities=[kumasi, CityFactory(country="GH")])
    network = NetworkFactory()
    PersonFactory.create_batch(
        size,
        project_partnerships=[partnership],
        networks=[network],
        twin_cities=[TwinCityFactory()],
        events=[EventFactory()],
        topics=[TopicFactory()],
        countries=["GH"],
        deputy=PersonFactory(),
    )
    staff_client.get(lookup_url(q="warm up the session"))

    with django_assert_num_queries(18):
        response = staff_client.get(lookup_url(q="Kumasi"))

    assert len(response.context["people"]) == size


@pytest.fixture
def hostile_setup(kumasi, city_staff):
    client = Client()
    client.force_login(city_staff)
    return client


def test_hostile_queries_never_break_the_lookup(hostile_setup):
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(query=st.text(max_size=300))
    def check(query):
        for name in ["contacts:lookup", "contacts:export"]:
            response = hostile_setup.get(reverse(name), {"q": query})
            assert response.status_code == 200, query

    check()
