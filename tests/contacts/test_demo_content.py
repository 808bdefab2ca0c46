import pytest
from django.core.management import call_command
from django.urls import reverse

from ina_portal.features.contacts.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content", verbosity=0)


def test_demo_team_is_the_office_team_of_the_sources_with_their_roles(demo):
    team = {person.name: person.function_en for person in Person.objects.published()}

    assert team == {
        "Martin van der Pütten": "Head of the office",
        "Fabian Zeuch": "Coordinator for Global Urban Diplomacy",
        "Helga Jänsch": "2030 Agenda and sustainability",
        "Christoph Struß": "Team member",
        "Felicia Schenkelberg": "Team member",
        "Claudia Schütz": "Team member",
        "Sara Stjepic": "Team member",
        "Alessa Heuser": "Team member",
    }


def test_demo_contact_details_are_obviously_not_real(demo):
    for person in Person.objects.all():
        assert person.email.endswith("@stadtdo.example")
        for number in (person.phone, person.direct_line, person.mobile):
            # No German subscriber number starts with 0: these reach nobody.
            assert number.split()[1].startswith("0000")


def test_demo_team_page_starts_with_the_head_of_the_office(client, demo):
    html = client.get("/de/team/").text

    assert html.index("Martin van der Pütten") < html.index("Fabian Zeuch")
    assert "Leiter des Büros" in html


def test_demo_networks_keep_the_contacts_their_text_field_named(client, demo):
    assert "Fabian Zeuch" in client.get("/en/city-networks/eurocities/").text
    assert (
        "Helga Jänsch" in client.get("/en/city-networks/global-sustainable-municipality-nrw/").text
    )


def test_demo_lookup_answers_who_to_call_about_kumasi(staff_client, demo):
    response = staff_client.get(reverse("contacts:lookup"), {"q": "Kumasi"})

    assert [person.name for person in response.context["people"]] == [
        "Felicia Schenkelberg",
        "Sara Stjepic",
    ]
