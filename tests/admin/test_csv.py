"""CSV export of the admin's change lists; CSV import of people and events, all or nothing."""

import csv
import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Event
from ina_portal.features.contacts.models import Person
from tests.admin.forms import form_data
from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    PersonFactory,
    TwinCityFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
PORTAL_APPS = {
    "partnerships",
    "networks",
    "sdg",
    "events",
    "ina_portal",
    "contacts",
    "news",
    "pages",
    "enquiries",
    "outbox",
}
PORTAL_ADMINS = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model in admin.site._registry
    # The site profile is one record: its list opens the record's form.
    if model._meta.app_label in PORTAL_APPS and model._meta.label != "ina_portal.SiteProfile"
)


def export(client, app_label, model_name, query=""):
    """Open the list's export page and send its form as it comes: every column."""
    url = reverse(f"admin:{app_label}_{model_name}_export") + query
    page = client.get(url)
    assert page.status_code == 200
    response = client.post(url, form_data(page))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    return response


def rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "German Excel needs the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def upload(client, app_label, model_name, text, name="import.csv", encoding="utf-8"):
    """Send a CSV file through the list's import page; the page that answers."""
    url = reverse(f"admin:{app_label}_{model_name}_import")
    data = form_data(client.get(url))
    data["import_file"] = SimpleUploadedFile(name, text.encode(encoding), "text/csv")
    return client.post(url, data)


def confirm(client, app_label, model_name, preview):
    """Press "confirm import" on the preview page."""
    assert "confirm_form" in preview.context, "the preview offers no import"
    data = {
        name: value
        for name, value in form_data(preview).items()
        if name in {"csrfmiddlewaretoken", *preview.context["confirm_form"].fields}
    }
    url = reverse(f"admin:{app_label}_{model_name}_process_import")
    return client.post(url, data, follow=True)


def page_text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


@pytest.mark.parametrize(("app_label", "model_name"), PORTAL_ADMINS)
def test_every_change_list_offers_a_csv_export(admin_client, app_label, model_name):
    changelist = admin_client.get(reverse(f"admin:{app_label}_{model_name}_changelist"))
    assert reverse(f"admin:{app_label}_{model_name}_export") in changelist.text

    response = export(admin_client, app_label, model_name)

    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["Content-Disposition"].endswith('.csv"')
    header = response.content.decode("utf-8").removeprefix("\ufeff").splitlines()[0]
    assert header.count(";") >= 1


def test_the_export_has_the_rows_the_filtered_list_shows(admin_client):
    EventFactory(title_de="FAIR FRIENDS", slug="fair-friends", kind="fair")
    EventFactory(title_de="Urban Diplomacy Lecture", slug="udl", kind="lecture")

    exported = rows(export(admin_client, "events", "event", "?kind__exact=fair"))

    assert [row["slug"] for row in exported] == ["fair-friends"]


def test_translated_texts_come_in_one_column_per_language(admin_client):
    TwinCityFactory(
        city=CityFactory(name_de="Zwickau", name_en="Zwickau", slug="zwickau"),
        teaser_de="Partnerstadt in Sachsen",
        teaser_en="Twin city in Saxony",
    )

    [row] = rows(export(admin_client, "partnerships", "twincity"))

    assert row["teaser_de"] == "Partnerstadt in Sachsen"
    assert row["teaser_en"] == "Twin city in Saxony"
    assert "teaser" not in row


def test_cells_that_would_run_as_formulas_are_neutralised(admin_client):
    PersonFactory(last_name='=HYPERLINK("http://evil.example")', phone="+49 231 50-0")

    [row] = rows(export(admin_client, "contacts", "person"))

    assert row["last_name"] == '\'=HYPERLINK("http://evil.example")'
    assert row["phone"] == "'+49 231 50-0"


def test_the_file_is_named_after_the_list_in_the_readers_language(admin_client):
    response = export(admin_client, "events", "event")

    assert re.fullmatch(
        r'attachment; filename="veranstaltungen-\d{4}-\d\d-\d\d\.csv"',
        response["Content-Disposition"],
    )


def test_an_editor_may_export_events_but_not_the_users(editor_client):
    assert export(editor_client, "events", "event").status_code == 200
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403


def csv_text(*rows, delimiter=";"):
    return "".join(delimiter.join(row) + "\n" for row in rows)


PEOPLE = "\ufeff" + csv_text(
    ["slug", "first_name", "last_name", "function_de", "function_en", "unit", "email"]
    + ["phone", "countries", "twin_cities", "networks"],
    ["anna-berg", "Anna", "Berg", "Referentin Afrika", "Africa desk", "office"]
    + ["anna.berg@stadtdo.example", "'+49 231 50-1", "GH, pl", "", "eurocities"],
    ["ben-cor", "Ben", "Cor", "Referent Polen", "Poland desk", "office"]
    + ["ben.cor@stadtdo.example", "0231 50-2", "PL", "rostov,zwickau", ""],
)


def test_people_are_imported_after_a_preview(admin_client, admin_user):
    UnitFactory(slug="office")
    NetworkFactory(slug="eurocities")
    for slug in ["rostov", "zwickau"]:
        TwinCityFactory(city=CityFactory(slug=slug))

    preview = upload(admin_client, "contacts", "person", PEOPLE)

    assert preview.status_code == 200
    assert not Person.objects.exists(), "the preview saves nothing"
    response = confirm(admin_client, "contacts", "person", preview)

    assert response.status_code == 200
    anna = Person.objects.get(slug="anna-berg")
    assert (anna.first_name, anna.function_en, anna.phone) == (
        "Anna",
        "Africa desk",
        "+49 231 50-1",
    )
    assert [country.code for country in anna.countries] == ["GH", "PL"]
    assert list(anna.networks.values_list("slug", flat=True)) == ["eurocities"]
    ben = Person.objects.get(slug="ben-cor")
    assert sorted(ben.twin_cities.values_list("city__slug", flat=True)) == ["rostov", "zwickau"]
    assert ben.publication_status == "draft", "imported people wait for an editor to publish"
    assert anna.history.first().history_user == admin_user


BAD_PEOPLE = """slug,first_name,last_name,function_de,unit,email,countries
anna-berg,Anna,Berg,Referentin Afrika,office,anna.berg@stadtdo.example,GH
ben-cor,Ben,Cor,Referent,nowhere,not-an-e-mail,XX
"""


def test_a_file_with_one_bad_row_imports_nothing_and_names_each_error(admin_client):
    UnitFactory(slug="office")

    response = upload(admin_client, "contacts", "person", BAD_PEOPLE, name="people.csv")

    assert response.status_code == 200
    assert "confirm_form" not in response.context, "an invalid file cannot be confirmed"
    result = response.context["result"]
    [invalid] = result.invalid_rows
    assert invalid.number == 2
    assert set(invalid.field_specific_errors) == {"unit", "email", "countries"}
    text = page_text(response)
    assert "Organisationseinheit „nowhere“ gibt es nicht." in text
    assert "Gib eine gültige E-Mail Adresse an." in text or "gültige E-Mail" in text
    assert not Person.objects.exists()


def test_a_file_that_became_invalid_after_the_preview_imports_nothing(admin_client):
    office = UnitFactory(slug="office")
    valid_then = "\n".join(BAD_PEOPLE.splitlines()[:2]) + "\n"  # the header and Anna
    preview = upload(admin_client, "contacts", "person", valid_then)
    office.delete()  # meanwhile, someone removes the unit the file names

    response = confirm(admin_client, "contacts", "person", preview)

    assert not Person.objects.exists()
    assert "Nichts wurde importiert" in page_text(response)


EVENTS = csv_text(
    ["slug", "title_de", "title_en", "kind", "all_day", "start", "end", "teaser_de"]
    + ["teaser_en", "goals", "twin_cities"],
    ["fair-friends-2027", "FAIR FRIENDS 2027", "FAIR FRIENDS 2027", "fair", "1", "2027-09-03"]
    + ["2027-09-05", "Messe für fairen Handel", "Fair for fair trade", "12,17", ""],
    ["lecture-2027", "Urban Diplomacy Lecture", "Urban Diplomacy Lecture", "lecture", "0"]
    + ["2027-03-30 18:00", "2027-03-30 20:00", "Vortrag", "Lecture", "", "zwickau"],
)


def test_events_are_imported_in_the_citys_time_zone(admin_client):
    TwinCityFactory(city=CityFactory(slug="zwickau"))

    confirm(admin_client, "events", "event", upload(admin_client, "events", "event", EVENTS))

    lecture = Event.objects.get(slug="lecture-2027")
    assert lecture.start == datetime(2027, 3, 30, 18, 0, tzinfo=BERLIN)
    assert lecture.end == datetime(2027, 3, 30, 20, 0, tzinfo=BERLIN)
    assert list(lecture.twin_cities.values_list("city__slug", flat=True)) == ["zwickau"]
    fair = Event.objects.get(slug="fair-friends-2027")
    assert (fair.first_day.isoformat(), fair.last_day.isoformat()) == ("2027-09-03", "2027-09-05")
    assert sorted(fair.goals.values_list("number", flat=True)) == [12, 17]


def test_an_event_that_ends_before_it_starts_stops_the_whole_import(admin_client):
    bad = EVENTS.replace("2027-03-30 20:00", "2027-03-29 20:00")

    response = upload(admin_client, "events", "event", bad)

    [invalid] = response.context["result"].invalid_rows
    assert invalid.number == 2
    assert "Die Veranstaltung kann nicht enden, bevor sie beginnt." in page_text(response)
    assert "confirm_form" not in response.context
    assert not Event.objects.exists()


def test_exported_events_import_back_unchanged(admin_client):
    EventFactory(slug="dortbunt", title_de="DORTBUNT!", networks=[NetworkFactory(slug="cemr")])
    EventFactory(slug="iga-2027", title_de="IGA 2027", all_day=True)
    before = {
        event.slug: (event.start, event.end, event.updated_at) for event in Event.objects.all()
    }
    exported = export(admin_client, "events", "event").content.decode("utf-8")

    preview = upload(admin_client, "events", "event", exported)
    confirm(admin_client, "events", "event", preview)

    assert preview.context["result"].totals["skip"] == 2
    after = {
        event.slug: (event.start, event.end, event.updated_at) for event in Event.objects.all()
    }
    assert after == before


def test_a_file_excel_saved_in_windows_1252_keeps_its_umlauts(admin_client):
    UnitFactory(slug="office")
    text = csv_text(
        ["slug", "first_name", "last_name", "function_de", "unit"],
        ["joerg-mueller", "Jörg", "Müller", "Referent für Städtepartnerschaften", "office"],
    )

    preview = upload(admin_client, "contacts", "person", text, encoding="cp1252")
    confirm(admin_client, "contacts", "person", preview)

    person = Person.objects.get(slug="joerg-mueller")
    assert (person.first_name, person.last_name) == ("Jörg", "Müller")
    assert person.function_de == "Referent für Städtepartnerschaften"


@pytest.mark.parametrize("size", [2, 10])
def test_exporting_people_runs_the_same_queries_whatever_their_number(
    admin_client, django_assert_max_num_queries, size
):
    deputy = PersonFactory(slug="deputy")
    for n in range(size):
        twin_city = TwinCityFactory(city=CityFactory(slug=f"city-{n}"))
        PersonFactory(deputy=deputy, twin_cities=[twin_city], networks=[NetworkFactory()])
    url = reverse("admin:contacts_person_export")
    data = form_data(admin_client.get(url))

    with django_assert_max_num_queries(EXPORT_QUERIES):
        response = admin_client.post(url, data)

    assert len(rows(response)) == size + 1
    assert {row["twin_cities"] for row in rows(response)} >= {"city-0", "city-1"}


# Sign-in 4, the list's count and the people with their unit, deputy and responsible
# person, one per related column (twin cities and their cities, partnerships, networks,
# events, topics).
EXPORT_QUERIES = 12
