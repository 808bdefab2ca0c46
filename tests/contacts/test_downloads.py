import csv
import io

import pytest
import vobject
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    NetworkFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tricky_person():
    """Commas, semicolons, a backslash, line breaks and umlauts: all to be escaped."""
    deputy = PersonFactory(first_name="Fabian", last_name="Zeuch")
    return PersonFactory(
        first_name="Martin",
        last_name="van der Pütten",
        slug="martin-van-der-putten",
        function_de="Leiter des Büros; Internationales, Europa\\Nachhaltigkeit",
        function_en="Head of the office; international affairs, Europe\\sustainability",
        unit=UnitFactory(
            slug="ina",
            name_de="Büro für Internationale Beziehungen; Amt 01",
            name_en="Office for International Relations; department 01",
        ),
        email="martin.vanderpuetten@stadtdo.example",
        room="Rathaus, Raum 2.01\nZugang über Südeingang",
        languages="Deutsch, Englisch, Niederländisch",
        deputy=deputy,
    )


def vcard_of(client, person, language="de"):
    with translation.override(language):
        response = client.get(person.get_vcard_url())
    assert response.status_code == 200
    return response


def test_vcard_is_a_utf8_vcard_3_download_named_after_the_person(staff_client, tricky_person):
    response = vcard_of(staff_client, tricky_person)

    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="martin-van-der-putten.vcf"'
    text = response.content.decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_vcard_parses_with_every_field_and_its_escaping_undone(staff_client, tricky_person):
    card = vobject.readOne(vcard_of(staff_client, tricky_person).content.decode("utf-8"))

    assert card.fn.value == "Martin van der Pütten"
    assert card.n.value.family == "van der Pütten"
    assert card.n.value.given == "Martin"
    assert card.title.value == "Leiter des Büros; Internationales, Europa\\Nachhaltigkeit"
    assert card.org.value == ["Stadt Dortmund", "Büro für Internationale Beziehungen; Amt 01"]
    assert card.email.value == "martin.vanderpuetten@stadtdo.example"
    phones = {tel.value: tel.params["TYPE"] for tel in card.contents["tel"]}
    assert phones == {
        "0231 0000-4711": ["WORK", "VOICE", "PREF"],
        "0231 0000-1000": ["WORK", "VOICE"],
        "0151 0000 0815": ["CELL", "VOICE"],
    }
    assert card.note.value == (
        "Raum: Rathaus, Raum 2.01\nZugang über Südeingang\n"
        "Vertretung: Fabian Zeuch\n"
        "Sprachkenntnisse: Deutsch, Englisch, Niederländisch"
    )


def test_vcard_speaks_the_language_of_the_address(staff_client, tricky_person):
    card = vobject.readOne(vcard_of(staff_client, tricky_person, "en").content.decode())

    assert card.title.value == "Head of the office; international affairs, Europe\\sustainability"
    assert card.org.value == [
        "City of Dortmund",
        "Office for International Relations; department 01",
    ]
    assert card.note.value.startswith("Room: Rathaus")


def test_long_lines_are_folded_without_splitting_a_character(staff_client):
    # 159 characters: within the field's 200, more than twice vCard's 75-octet lines.
    person = PersonFactory(function_de=" ".join(["Zuständigkeit für Städtepartnerschaften"] * 4))

    text = vcard_of(staff_client, person).content.decode("utf-8")

    assert "\r\n " in text
    assert vobject.readOne(text).title.value == person.function_de


def test_vcard_without_internal_details_leaves_them_out(staff_client):
    person = PersonFactory(direct_line="", mobile="", room="", languages="", email="")

    card = vobject.readOne(vcard_of(staff_client, person).content.decode())

    assert [tel.value for tel in card.contents["tel"]] == ["0231 0000-1000"]
    assert "note" not in card.contents
    assert "email" not in card.contents


def export(client, language="de", **query):
    with translation.override(language):
        response = client.get(reverse("contacts:export"), query)
    assert response.status_code == 200
    return response


def rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_csv_export_has_every_public_and_internal_field_for_german_excel(staff_client):
    leeds = TwinCityFactory(city__name_de="Leeds")
    PersonFactory(
        first_name="Helga",
        last_name="Jänsch",
        function_de="Agenda 2030; Nachhaltigkeit",
        twin_cities=[leeds],
        project_partnerships=[ProjectPartnershipFactory(title_de="Klimapartnerschaft")],
        networks=[NetworkFactory(name_de="Global Nachhaltige Kommune NRW")],
        topics=[TopicFactory(name_de="Fairer Handel")],
        countries=["GH", "GN"],
        deputy=PersonFactory(first_name="Felicia", last_name="Schenkelberg"),
    )

    response = export(staff_client)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="kontakte-')
    header, *records = rows(response)
    assert header[:12] == [
        "Nachname",
        "Vorname",
        "Funktion (Deutsch)",
        "Funktion (Englisch)",
        "Organisationseinheit",
        "dienstliche E-Mail",
        "Telefon (Büro)",
        "Durchwahl",
        "Mobil",
        "Raum",
        "Vertretung",
        "Sprachkenntnisse",
    ]
    by_name = {record[0]: dict(zip(header, record, strict=True)) for record in records}
    assert set(by_name) == {"Jänsch", "Schenkelberg"}
    helga = by_name["Jänsch"]
    assert helga["Funktion (Deutsch)"] == "Agenda 2030; Nachhaltigkeit"
    assert helga["Durchwahl"] == "0231 0000-4711"
    assert helga["Mobil"] == "0151 0000 0815"
    assert helga["Raum"] == "Geheimzimmer 3.33"
    assert helga["Vertretung"] == "Felicia Schenkelberg"
    assert helga["Partnerstädte"] == "Leeds"
    assert helga["Projektpartnerschaften"] == "Klimapartnerschaft"
    assert helga["Städtenetzwerke"] == "Global Nachhaltige Kommune NRW"
    assert helga["Länder"] == "Ghana, Guinea"
    assert helga["Themen"] == "Fairer Handel"


def test_csv_export_of_a_search_has_only_its_results(staff_client, kumasi):
    names = [record[1] for record in rows(export(staff_client, q="Kumasi"))[1:]]

    assert sorted(names) == ["Felicia", "Sara"]


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(staff_client):
    PersonFactory(first_name='=HYPERLINK("http://evil.example")', last_name="+Plus")

    (_header, record) = rows(export(staff_client))

    assert record[0] == "'+Plus"
    assert record[1] == '\'=HYPERLINK("http://evil.example")'
