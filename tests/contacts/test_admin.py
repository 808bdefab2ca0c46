import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from ina_portal.base.models import PublicationStatus
from ina_portal.editorial.roles import roles
from ina_portal.features.contacts.models import Person
from tests.factories import NetworkFactory, PersonFactory, TwinCityFactory, UnitFactory

pytestmark = pytest.mark.django_db


def person_form(unit, **overrides):
    data = {
        "first_name": "Fabian",
        "last_name": "Zeuch",
        "slug": "fabian-zeuch",
        "function_de": "Koordinator Globale Städte-Diplomatie",
        "function_en": "Coordinator for Global Urban Diplomacy",
        "unit": unit.pk,
        "position": "2",
        "email": "fabian.zeuch@stadtdo.example",
        "phone": "0231 0000-1000",
        "direct_line": "0231 0000-1002",
        "mobile": "",
        "room": "Raum 2.02",
        "deputy": "",
        "languages": "Deutsch, Englisch",
        "countries": ["US", "CA"],
        "publication_status": PublicationStatus.PUBLISHED,
        "publish_at_0": "2024-01-01",
        "publish_at_1": "09:00:00",
    }
    data.update(overrides)
    return data


def test_editor_adds_a_person_with_responsibilities(admin_client, client):
    unit = UnitFactory()
    network = NetworkFactory(slug="eurocities")
    twin_city = TwinCityFactory()

    response = admin_client.post(
        reverse("admin:contacts_person_add"),
        person_form(unit, networks=[network.pk], twin_cities=[twin_city.pk]),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    person = Person.objects.get(slug="fabian-zeuch")
    assert person.function_en == "Coordinator for Global Urban Diplomacy"
    assert [country.code for country in person.countries] == ["CA", "US"]
    assert list(person.networks.all()) == [network]
    assert "Fabian Zeuch" in client.get(network.get_absolute_url()).text


def test_phone_numbers_must_be_numbers(admin_client):
    response = admin_client.post(
        reverse("admin:contacts_person_add"), person_form(UnitFactory(), phone="=1+1")
    )

    assert response.status_code == 200
    assert "phone" in response.context["adminform"].form.errors
    assert not Person.objects.exists()


def test_a_person_cannot_deputise_for_themselves(admin_client):
    person = PersonFactory(slug="fabian-zeuch")

    response = admin_client.post(
        reverse("admin:contacts_person_change", args=[person.pk]),
        person_form(person.unit, deputy=person.pk),
    )

    assert response.status_code == 200
    assert "eigene Vertretung" in response.text or "own deputy" in response.text


def test_person_list_searches_and_filters_by_unit_and_state(admin_client):
    PersonFactory(last_name="Jänsch")
    PersonFactory(last_name="Zeuch", function_de="Koordinator", draft=True)
    url = reverse("admin:contacts_person_changelist")

    assert admin_client.get(url, {"q": "Koordinator"}).context["cl"].result_count == 1
    assert (
        admin_client.get(url, {"publication_status__exact": "draft"}).context["cl"].result_count
        == 1
    )
    assert (
        admin_client.get(url, {"unit__id__exact": UnitFactory().pk}).context["cl"].result_count == 2
    )


def test_change_form_has_tabs_autocomplete_and_the_internal_section(admin_client):
    person = PersonFactory()

    html = admin_client.get(reverse("admin:contacts_person_change", args=[person.pk])).text

    assert "Interne Kontaktdaten (nur für Beschäftigte der Stadt)" in html
    assert 'id="id_function_de"' in html
    assert 'id="id_function_en"' in html
    assert 'class="admin-autocomplete' in html
    assert 'id="id_countries" multiple class="selectfilter"' in html


def test_autocomplete_finds_people_for_the_deputy_field(admin_client):
    PersonFactory(first_name="Felicia", last_name="Schenkelberg")

    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Schenk",
            "app_label": "contacts",
            "model_name": "person",
            "field_name": "deputy",
        },
    )

    assert [result["text"] for result in response.json()["results"]] == ["Felicia Schenkelberg"]


def test_selected_people_export_as_csv(admin_client):
    people = PersonFactory.create_batch(3)

    response = admin_client.post(
        reverse("admin:contacts_person_changelist"),
        {"action": "export_csv", "_selected_action": [person.pk for person in people[:2]]},
    )

    body = response.content.decode("utf-8").removeprefix("\ufeff")
    assert len(list(csv.reader(io.StringIO(body), delimiter=";"))) == 3


def test_city_staff_group_exists_after_migrating_with_the_lookup_permissions():
    group = Group.objects.get(name="City staff")

    assert {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()} == set(
        roles()["City staff"]
    )


def test_setup_roles_restores_the_group_and_keeps_what_was_added_by_hand():
    group = Group.objects.get(name="City staff")
    extra = Permission.objects.get(codename="view_twincity")
    group.permissions.set([extra])

    call_command("setup_roles", verbosity=0)
    call_command("setup_roles", verbosity=0)

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {"view_twincity", "view_person", "view_internal_details"}
    assert Group.objects.filter(name="City staff").count() == 1
