"""The CSV import's preview for office staff: column labels from the admin form, a
summary before confirming, every error of every cell, clear messages for a file that
cannot be imported, and a bounded number of queries whatever the number of rows."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from events.models import Event
from ina_portal.base.cache import content_generation
from ina_portal.features.contacts.models import Person
from tests.admin.test_csv import confirm, csv_text, page_text, upload
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


@pytest.fixture
def english_admin(admin_client):
    """The admin in English: the portal's new interface strings are translated later."""
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client


EVENTS = csv_text(
    ["slug", "title_de", "title_en", "kind", "all_day", "start", "end", "teaser_de"],
    ["udl-2027", "Urban Diplomacy Lecture", "Urban Diplomacy Lecture", "lecture", "0"]
    + ["2027-03-30 18:00", "2027-03-30 20:00", "Vortrag"],
    ["fair-2027", "FAIR FRIENDS", "FAIR FRIENDS", "fair", "1", "2027-09-03", "2027-09-05"]
    + ["Messe"],
)


def preview_header(response):
    head = re.search(r'<table class="import-preview".*?<thead>(.*?)</thead>', response.text, re.S)
    assert head, "the preview shows no table"
    return re.findall(r"<th[^>]*>(.*?)</th>", head.group(1))


def preview_cells(response):
    body = re.search(r'<table class="import-preview".*?<tbody>(.*?)</tbody>', response.text, re.S)
    return [
        re.findall(r"<td>(.*?)</td>", row, re.S)
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1), re.S)
    ]


def test_the_preview_labels_columns_as_the_admin_form_does(english_admin):
    preview = upload(english_admin, "events", "event", EVENTS)

    header = preview_header(preview)
    assert header[2:6] == ["Slug", "Title (Deutsch)", "Title (English)", "Kind"]
    assert "All-day" in header or "All day" in header
    assert not {"slug", "title_de", "TITLE_DE", "all_day"} & set(header)


def test_the_preview_shows_yes_and_no_and_the_label_of_a_choice(english_admin, admin_client):
    preview = upload(english_admin, "events", "event", EVENTS)

    header = preview_header(preview)
    all_day = next(n for n, label in enumerate(header) if label.startswith("All"))
    lecture, fair = preview_cells(preview)
    assert "no" in lecture[all_day] and "yes" in fair[all_day]
    assert not re.search(r">[01]<", lecture[all_day] + fair[all_day])
    assert "Draft" in lecture[header.index("Publication status")]

    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    preview = upload(admin_client, "events", "event", EVENTS)

    lecture, fair = preview_cells(preview)
    assert "Vortrag" in lecture[preview_header(preview).index("Art")]


def test_the_preview_table_scrolls_inside_its_own_box(english_admin):
    preview = upload(english_admin, "events", "event", EVENTS)

    assert re.search(
        r'<div class="import-table-box">\s*<table class="import-preview"', preview.text
    )
    assert "css/admin-import" in preview.text
    assert ' style="' not in preview.text.split('id="content"', 1)[1], (
        "the CSP blocks inline styles"
    )


def test_the_summary_counts_new_changed_unchanged_and_invalid_rows(english_admin):
    times = {
        "start": datetime(2027, 3, 30, 18, tzinfo=BERLIN),
        "end": datetime(2027, 3, 30, 20, tzinfo=BERLIN),
    }
    for slug, title in [("udl-2027", "Alt"), ("iga-2027", "IGA 2027")]:
        EventFactory(
            slug=slug, title_de=title, kind="lecture", all_day=False, teaser_de="Teaser", **times
        )
    start, end = "2027-03-30 18:00", "2027-03-30 20:00"
    text = csv_text(
        ["slug", "title_de", "kind", "all_day", "start", "end", "teaser_de"],
        ["udl-2027", "Urban Diplomacy Lecture", "lecture", "0", start, end, "Teaser"],
        ["iga-2027", "IGA 2027", "lecture", "0", start, end, "Teaser"],
        ["dortbunt", "DORTBUNT!", "lecture", "0", start, end, "Teaser"],
        ["late", "Zu spät", "lecture", "0", end, start, "Teaser"],
    )

    preview = upload(english_admin, "events", "event", text)

    report = preview.context["report"]
    assert (report.new, report.changed, report.unchanged, report.error_rows) == (1, 1, 1, 1)
    summary = page_text(preview).split("What the file would do", 1)[1]
    assert summary.startswith(" New 1 Changed 1 Unchanged 1 Rows with errors 1 ")
    assert "confirm_form" not in preview.context

    preview = upload(english_admin, "events", "event", text.rsplit("late;", 1)[0])

    assert "confirm_form" in preview.context
    assert (
        page_text(preview)
        .split("What the file would do", 1)[1]
        .startswith(" New 1 Changed 1 Unchanged 1 Rows with errors 0 ")
    )
    assert not Event.objects.filter(slug="dortbunt").exists(), "the preview saves nothing"


def test_every_error_of_every_cell_names_its_row_and_column(english_admin):
    UnitFactory(slug="office")
    TwinCityFactory(city=CityFactory(slug="zwickau"))
    text = csv_text(
        ["slug", "first_name", "last_name", "function_de", "unit", "email", "twin_cities"]
        + ["countries"],
        ["anna-berg", "Anna", "Berg", "Referentin", "office", "anna@stadtdo.example", "zwickau"]
        + ["GH"],
        ["ben-cor", "Ben", "Cor", "Referent", "nowhere", "not-an-e-mail", "rostov,zwickau,x,y"]
        + ["XX,PL,QQ"],
    )

    preview = upload(english_admin, "contacts", "person", text)

    report = preview.context["report"]
    assert report.error_rows == 1
    assert (report.new, report.changed, report.unchanged) == (1, 0, 0)
    errors = report.errors
    assert (3, "Twin cities", "There is no twin city “rostov”.") in errors
    assert (3, "Twin cities", "There is no twin city “x”.") in errors
    assert (3, "Twin cities", "There is no twin city “y”.") in errors
    assert (3, "Unit", "There is no unit “nowhere”.") in errors
    assert (3, "Countries", "There is no country with the code “XX”.") in errors
    assert (3, "Countries", "There is no country with the code “QQ”.") in errors
    assert [label for row, label, _message in errors].count("Office e-mail") == 1
    assert {row for row, _label, _message in errors} == {3}
    text = page_text(preview)
    assert "3 Twin cities There is no twin city “x”." in text
    assert "confirm_form" not in preview.context
    assert not Person.objects.exists()


def test_a_file_without_a_slug_column_says_so_instead_of_a_traceback(english_admin):
    text = csv_text(["title_de", "start", "end"], ["DORTBUNT!", "2027-05-01", "2027-05-02"])

    preview = upload(english_admin, "events", "event", text)

    assert preview.status_code == 200
    shown = page_text(preview)
    assert "The file has no column “slug” (Slug)" in shown
    assert "Traceback" not in shown and "FieldError" not in shown
    assert "confirm_form" not in preview.context
    assert not Event.objects.exists()


@override_settings(IMPORT_MAX_ROWS=2)
def test_a_file_over_the_row_limit_is_refused_with_a_message_and_saves_nothing(english_admin):
    rows = [[f"event-{n}", f"Event {n}", "2027-05-01", "2027-05-02"] for n in range(3)]
    text = csv_text(["slug", "title_de", "start", "end"], *rows)

    preview = upload(english_admin, "events", "event", text)

    assert "The file has 3 rows; an import takes at most 2." in page_text(preview)
    assert "confirm_form" not in preview.context
    assert not Event.objects.exists()


def test_a_record_named_twice_in_a_file_is_an_error_of_the_second_row(english_admin):
    rows = [["dortbunt", title, "2027-05-01", "2027-05-02"] for title in ["A", "B"]]

    preview = upload(
        english_admin, "events", "event", csv_text(["slug", "title_de", "start", "end"], *rows)
    )

    assert (3, "Slug", "Row 2 of the file has this record already.") in preview.context[
        "report"
    ].errors


def test_a_confirmed_import_saves_changes_with_history_and_sanitised_rich_text(
    admin_client, admin_user
):
    network = NetworkFactory(slug="cemr")
    event = EventFactory(slug="udl-2027", title_de="Alt", networks=[network])
    untouched = EventFactory(slug="iga-2027", title_de="IGA 2027", networks=[network])
    relations_only = EventFactory(slug="fair-2027", title_de="FAIR FRIENDS")
    history = {e.slug: e.history.count() for e in (event, untouched, relations_only)}
    generation = content_generation()
    text = csv_text(
        ["slug", "title_de", "description_de", "networks"],
        ["udl-2027", "Urban Diplomacy Lecture", "<p>Vortrag</p><script>alert(1)</script>", ""],
        ["iga-2027", "IGA 2027", untouched.description_de, "cemr"],
        ["fair-2027", "FAIR FRIENDS", relations_only.description_de, "cemr"],
    )

    preview = upload(admin_client, "events", "event", text)
    confirm(admin_client, "events", "event", preview)

    event.refresh_from_db()
    assert event.title_de == "Urban Diplomacy Lecture"
    assert "<script>" not in event.description_de and "Vortrag" in event.description_de
    assert not event.networks.exists()
    assert event.updated_at > untouched.updated_at
    assert event.history.count() == history["udl-2027"] + 1
    assert event.history.first().history_user == admin_user
    assert list(relations_only.networks.all()) == [network]
    assert relations_only.history.count() == history["fair-2027"], "relations are no field edit"
    untouched.refresh_from_db()
    assert untouched.history.count() == history["iga-2027"]
    assert content_generation() != generation, "the cached pages are stale"


def people_file(size, *, function="Referentin"):
    header = ["slug", "first_name", "last_name", "function_de", "unit", "deputy", "twin_cities"]
    rows = [
        [f"p-{n}", "Anna", f"Berg {n}", f"{function} {n}", "office", "deputy"]
        + [f"city-{n % 3},city-{(n + 1) % 3}", "eurocities", "GH,PL"]
        for n in range(size)
    ]
    return csv_text([*header, "networks", "countries"], *rows)


@pytest.fixture
def people_relations():
    UnitFactory(slug="office")
    PersonFactory(slug="deputy")
    NetworkFactory(slug="eurocities")
    for n in range(3):
        TwinCityFactory(city=CityFactory(slug=f"city-{n}"))


def import_people(client, text, django_assert_num_queries, *, preview_queries, confirm_queries):
    upload = SimpleUploadedFile("people.csv", text.encode(), "text/csv")
    ContentType.objects.clear_cache()  # as in a fresh process, whichever test ran before
    with django_assert_num_queries(preview_queries):
        preview = client.post(
            reverse("admin:contacts_person_import"), {"import_file": upload, "format": "0"}
        )
    form = preview.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    with django_assert_num_queries(confirm_queries):
        response = client.post(reverse("admin:contacts_person_process_import"), data)
    assert response.status_code == 302
    return preview


@pytest.mark.parametrize("size", [10, 100])
def test_importing_new_people_runs_the_same_queries_whatever_their_number(
    admin_client, people_relations, django_assert_num_queries, size
):
    import_people(
        admin_client,
        people_file(size),
        django_assert_num_queries,
        preview_queries=NEW_PREVIEW_QUERIES,
        confirm_queries=NEW_CONFIRM_QUERIES,
    )

    assert Person.objects.filter(slug__startswith="p-").count() == size
    assert Person.objects.get(slug="p-1").twin_cities.count() == 2


@pytest.mark.parametrize("size", [10, 100])
def test_updating_people_runs_the_same_queries_whatever_their_number(
    admin_client, people_relations, django_assert_num_queries, size
):
    upload_and_confirm = upload(admin_client, "contacts", "person", people_file(size))
    confirm(admin_client, "contacts", "person", upload_and_confirm)

    preview = import_people(
        admin_client,
        people_file(size, function="Referent"),
        django_assert_num_queries,
        preview_queries=UPDATE_PREVIEW_QUERIES,
        confirm_queries=UPDATE_CONFIRM_QUERIES,
    )

    assert preview.context["report"].changed == size
    assert Person.objects.get(slug="p-1").function_de == "Referent 1"


# Preview: the session, user and permissions, the records the file names (one query per
# column: unit, deputy, twin cities, networks), the people it updates and their
# relations (one per relation), the page. Confirm: the same reads, and the writes in
# bulk: the people, their history rows, one insert (and for updates one delete) per
# relation, the admin's log entries, the savepoints around them; after new rows,
# django-import-export resets the id sequence, which only PostgreSQL has.
NEW_PREVIEW_QUERIES = 20
NEW_CONFIRM_QUERIES = 21 + (connection.vendor == "postgresql")
UPDATE_PREVIEW_QUERIES = 25
UPDATE_CONFIRM_QUERIES = 24
