"""Review before publishing: editors write and submit for review, publishers publish;
every way to publish checks the right on the server, whatever the page offered."""

from datetime import timedelta
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from ina_portal.base import content
from ina_portal.base.models import PublicationState, PublicationStatus
from ina_portal.editorial.publishing import publish_permission
from ina_portal.editorial.roles import roles_apply
from partnerships.models import TwinCity
from tests.admin.forms import form_data
from tests.factories import (
    CityFactory,
    NetworkFactory,
    TwinCityFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

PUBLISHABLE = [kind.model for kind in content.kinds() if kind.is_publishable]
CHANGELIST = "/admin/partnerships/twincity/"


def change_url(record):
    return f"/admin/partnerships/twincity/{record.pk}/change/"


def status_options(response):
    field = response.context["adminform"].form.fields["publication_status"]
    return [value for value, _label in field.choices]


# --- Roles


@pytest.mark.parametrize("model", PUBLISHABLE, ids=lambda model: model._meta.label)
def test_only_publishers_hold_the_right_to_publish_each_publishable_kind(model):
    roles_apply()
    app_label, codename = publish_permission(model).split(".")

    def holds(group):
        return group.permissions.filter(
            content_type__app_label=app_label, codename=codename
        ).exists()

    assert holds(Group.objects.get(name="Publishers"))
    assert not holds(Group.objects.get(name="Editors"))


def test_publishers_may_read_and_correct_what_they_publish_but_add_and_delete_nothing():
    codenames = set(
        Group.objects.get(name="Publishers").permissions.values_list("codename", flat=True)
    )

    assert {"view_twincity", "change_twincity", "publish_twincity"} <= codenames
    assert not {codename for codename in codenames if codename.startswith(("add_", "delete_"))}


def test_editors_keep_every_other_right_on_content():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )

    assert {"add_twincity", "change_twincity", "delete_twincity", "view_twincity"} <= codenames


def test_on_upgrade_everyone_in_editors_also_joins_publishers(editor):
    migration = import_module("ina_portal.base.migrations.0004_editors_keep_publishing")
    Group.objects.filter(name="Publishers").delete()
    get_user_model().objects.create_user("gast", is_staff=True)

    migration.editors_keep_publishing(django_apps, None)
    roles_apply()

    assert list(Group.objects.get(name="Publishers").user_set.all()) == [editor]
    editor = get_user_model().objects.get(pk=editor.pk)  # without cached permissions
    assert editor.has_perm("partnerships.publish_twincity")


def test_on_a_new_database_the_upgrade_adds_nobody_to_publishers():
    migration = import_module("ina_portal.base.migrations.0004_editors_keep_publishing")
    Group.objects.filter(name="Publishers").delete()

    migration.editors_keep_publishing(django_apps, None)

    assert not Group.objects.filter(name="Publishers").exists()


# --- States


@pytest.mark.parametrize(
    ("options", "state"),
    [
        ({"draft": True}, PublicationState.DRAFT),
        ({"publication_status": PublicationStatus.IN_REVIEW}, PublicationState.IN_REVIEW),
        ({"scheduled": True}, PublicationState.SCHEDULED),
        ({}, PublicationState.PUBLISHED),
        ({"publish_until": timezone.now() - timedelta(hours=1)}, PublicationState.EXPIRED),
    ],
)
def test_a_record_is_in_one_state_which_the_list_shows_and_filters_by(
    publisher_client, options, state
):
    record = TwinCityFactory(**options)
    TwinCityFactory(**({"draft": True} if state != PublicationState.DRAFT else {}))

    assert record.publication_state == state
    assert list(TwinCity.objects.in_state(state)) == [record]
    listed = publisher_client.get(CHANGELIST, {"state": state})
    assert list(listed.context["cl"].result_list) == [record]
    assert f'class="publication-state state-{state}"' in listed.text


def test_a_scheduled_record_reads_scheduled_with_its_date_in_list_and_form(publisher_client):
    publish_at = timezone.make_aware(timezone.datetime(2099, 3, 30, 9, 0))
    twin_city = TwinCityFactory(publish_at=publish_at)

    listed = publisher_client.get(CHANGELIST).text
    form = publisher_client.get(change_url(twin_city)).text

    for page in (listed, form):
        assert "Geplant ab 30.03.2099 09:00" in page
        assert "state-scheduled" in page


def test_the_list_filters_by_state_instead_of_the_bare_status(publisher_client):
    filters = publisher_client.get(CHANGELIST).context["cl"].filter_specs

    assert not [
        spec for spec in filters if getattr(spec, "field_path", None) == "publication_status"
    ]
    assert [spec for spec in filters if getattr(spec, "parameter_name", None) == "state"]


# --- Editors without the right to publish


def test_an_editor_is_offered_draft_and_in_review_only(editor_client):
    twin_city = TwinCityFactory(draft=True)

    assert status_options(editor_client.get(change_url(twin_city))) == ["draft", "in_review"]
    assert status_options(editor_client.get("/admin/partnerships/twincity/add/")) == [
        "draft",
        "in_review",
    ]


def test_a_publisher_is_offered_every_status(publisher_client):
    twin_city = TwinCityFactory(draft=True)

    assert status_options(publisher_client.get(change_url(twin_city))) == [
        "draft",
        "in_review",
        "published",
    ]


def test_an_editor_submits_a_draft_for_review_in_the_form(editor_client):
    twin_city = TwinCityFactory(draft=True)
    data = form_data(editor_client.get(change_url(twin_city)))
    data["publication_status"] = PublicationStatus.IN_REVIEW

    response = editor_client.post(change_url(twin_city), data)

    assert response.status_code == 302
    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.IN_REVIEW


def test_an_editors_forged_form_that_publishes_is_refused(editor_client):
    twin_city = TwinCityFactory(draft=True)
    data = form_data(editor_client.get(change_url(twin_city)))
    data["publication_status"] = PublicationStatus.PUBLISHED

    response = editor_client.post(change_url(twin_city), data)

    assert response.status_code == 200
    assert "publication_status" in response.context["adminform"].form.errors
    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.DRAFT


def test_an_editor_corrects_a_published_record_but_not_its_status_or_dates(editor_client):
    twin_city = TwinCityFactory(teaser_de="Alt")
    published_at = twin_city.publish_at
    data = form_data(editor_client.get(change_url(twin_city)))
    data.update(
        teaser_de="Neu",
        publication_status=PublicationStatus.DRAFT,
        publish_at_0="01.01.2099",
        publish_until_0="02.01.2099",
        publish_until_1="10:00:00",
    )

    response = editor_client.post(change_url(twin_city), data)

    assert response.status_code == 302
    twin_city.refresh_from_db()
    assert twin_city.teaser_de == "Neu"
    assert (twin_city.publication_status, twin_city.publish_at, twin_city.publish_until) == (
        PublicationStatus.PUBLISHED,
        published_at,
        None,
    )


def test_an_editor_cannot_publish_by_restoring_a_published_version(editor_client, publisher):
    twin_city = TwinCityFactory(teaser_de="Erste Fassung")
    published = twin_city.history.get()
    twin_city.publication_status = PublicationStatus.DRAFT
    twin_city.save()
    url = f"/admin/partnerships/twincity/{twin_city.pk}/history/{published.history_id}/"

    form = editor_client.get(url)
    response = editor_client.post(url, form_data(form))

    assert status_options(form) == ["draft", "in_review"]
    assert response.status_code == 302
    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.DRAFT


def test_the_publish_action_is_neither_offered_to_an_editor_nor_run_for_one(editor_client):
    twin_city = TwinCityFactory(draft=True)

    actions = editor_client.get(CHANGELIST).context["action_form"].fields["action"].choices
    response = editor_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [twin_city.pk]}, follow=True
    )

    assert "publish" not in [name for name, _label in actions]
    assert "submit_for_review" in [name for name, _label in actions]
    assert response.status_code == 200
    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.DRAFT


def test_an_editor_submits_records_for_review_with_the_action(editor_client):
    drafts = TwinCityFactory.create_batch(2, draft=True)

    editor_client.post(
        CHANGELIST,
        {"action": "submit_for_review", "_selected_action": [record.pk for record in drafts]},
    )

    assert set(TwinCity.objects.values_list("publication_status", flat=True)) == {"in_review"}


def test_an_editor_cannot_take_a_published_record_back_to_draft(editor_client):
    published = TwinCityFactory(city=CityFactory(name_de="Leeds"))
    waiting = TwinCityFactory(publication_status=PublicationStatus.IN_REVIEW)

    response = editor_client.post(
        CHANGELIST,
        {"action": "unpublish", "_selected_action": [published.pk, waiting.pk]},
        follow=True,
    )

    published.refresh_from_db()
    waiting.refresh_from_db()
    assert (published.publication_status, waiting.publication_status) == ("published", "draft")
    assert "Leeds (only a publisher may change what is published)" in response.text


def list_edit(client, record, status):
    return client.post(
        CHANGELIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": record.pk,
            "form-0-publication_status": status,
            "_save": "Save",
        },
    )


def test_an_editor_cannot_publish_from_the_list(editor_client):
    twin_city = TwinCityFactory(draft=True)

    list_edit(editor_client, twin_city, PublicationStatus.PUBLISHED)

    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.DRAFT


def test_an_editor_cannot_unpublish_from_the_list_and_sees_the_status_fixed(editor_client):
    twin_city = TwinCityFactory()

    page = editor_client.get(CHANGELIST)
    list_edit(editor_client, twin_city, PublicationStatus.DRAFT)

    assert page.context["cl"].formset.forms[0].fields["publication_status"].disabled
    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.PUBLISHED


def test_an_editor_submits_for_review_from_the_list(editor_client):
    twin_city = TwinCityFactory(draft=True)

    assert list_edit(editor_client, twin_city, PublicationStatus.IN_REVIEW).status_code == 302

    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.IN_REVIEW


def test_a_publisher_publishes_from_the_list_and_with_the_action(publisher_client):
    listed, selected = TwinCityFactory.create_batch(
        2, publication_status=PublicationStatus.IN_REVIEW
    )

    list_edit(publisher_client, listed, PublicationStatus.PUBLISHED)
    publisher_client.post(CHANGELIST, {"action": "publish", "_selected_action": [selected.pk]})

    assert set(TwinCity.objects.values_list("publication_status", flat=True)) == {"published"}


def test_a_publisher_outside_editors_reviews_and_publishes(client):
    reviewer = get_user_model().objects.create_user("amtsleitung", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Publishers"))
    twin_city = TwinCityFactory(publication_status=PublicationStatus.IN_REVIEW)
    client.force_login(reviewer)

    assert client.get(change_url(twin_city)).status_code == 200
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [twin_city.pk]})

    twin_city.refresh_from_db()
    assert twin_city.publication_status == PublicationStatus.PUBLISHED
    assert client.get("/admin/partnerships/twincity/add/").status_code == 403


def test_an_editors_csv_import_cannot_publish(editor_client):
    UnitFactory(slug="office")
    rows = (
        "slug;first_name;last_name;function_de;unit;email;publication_status\n"
        "anna-berg;Anna;Berg;Referentin;office;anna@stadt.example;published\n"
    )
    url = reverse("admin:contacts_person_import")
    data = form_data(editor_client.get(url))
    data["import_file"] = SimpleUploadedFile("people.csv", rows.encode(), "text/csv")

    preview = editor_client.post(url, data)

    assert preview.status_code == 200
    assert "confirm_form" not in preview.context
    assert (
        "Nur wer veröffentlichen darf, kann veröffentlichen oder Veröffentlichtes ändern."
        in preview.text
    )


# --- The start page


def test_a_publisher_sees_what_waits_for_review_on_the_start_page(publisher_client):
    TwinCityFactory(
        city=CityFactory(name_de="Amiens"), publication_status=PublicationStatus.IN_REVIEW
    )
    NetworkFactory(name_de="Eurocities", publication_status=PublicationStatus.IN_REVIEW)
    TwinCityFactory(city=CityFactory(name_de="Leeds"), draft=True)

    page = publisher_client.get("/admin/")

    waiting = [str(item["record"]) for item in page.context["waiting_for_review"]]
    assert sorted(waiting) == ["Amiens", "Eurocities"]
    table = page.text.split('<table class="waiting-for-review">')[1].split("</table>")[0]
    assert "Amiens" in table
    assert "Leeds" not in table


def test_an_editor_without_the_right_to_publish_gets_no_review_list(editor_client):
    TwinCityFactory(publication_status=PublicationStatus.IN_REVIEW)

    page = editor_client.get("/admin/")

    assert page.context["waiting_for_review"] is None
    assert 'class="waiting-for-review"' not in page.text


def test_the_start_page_shows_the_twenty_waiting_longest_and_counts_the_rest(publisher_client):
    for _n in range(23):
        TwinCityFactory(publication_status=PublicationStatus.IN_REVIEW)

    page = publisher_client.get("/admin/")

    assert len(page.context["waiting_for_review"]) == 20
    assert page.context["waiting_for_review_more"] == 3


@pytest.mark.parametrize("size", [2, 12])
def test_the_review_list_runs_the_same_queries_whatever_the_number_waiting(
    publisher_client, django_assert_num_queries, size
):
    for _n in range(size):
        TwinCityFactory(publication_status=PublicationStatus.IN_REVIEW)
        NetworkFactory(publication_status=PublicationStatus.IN_REVIEW)

    # The editor's 57 (test_start_page.py), and one query per publishable kind (12) for
    # what waits for review, its count included.
    with django_assert_num_queries(69):
        publisher_client.get("/admin/")


# --- The preview


def test_the_preview_of_a_record_in_review_says_it_waits_for_review(publisher_client):
    twin_city = TwinCityFactory(publication_status=PublicationStatus.IN_REVIEW)

    page = publisher_client.get(twin_city.get_absolute_url() + "?preview=1")

    assert "Diese Seite wartet auf Prüfung: Leserinnen und Leser sehen sie noch nicht." in page.text
