from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from ina_portal.editorial.translation_status import translation_backlog
from tests.admin.forms import form_data
from tests.factories import CityFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def backlog_records():
    return [item.record for _type, items in translation_backlog() for item in items]


def test_dashboard_lists_a_published_record_with_missing_english_linked_to_its_admin_page(
    editor_client,
):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Netanja"), story_en="")

    page = editor_client.get("/admin/translations/")

    assert page.status_code == 200
    assert "Partnerstädte" in page.text
    assert f"/admin/partnerships/twincity/{twin_city.pk}/change/" in page.text
    assert "Geschichte" in page.text


def test_dashboard_drops_the_record_once_the_english_is_filled(editor_client):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Netanja"), story_en="")
    assert backlog_records() == [twin_city]

    twin_city.story_en = "Since 1981."
    twin_city.status_note_en = twin_city.status_note_de
    twin_city.save()

    assert backlog_records() == []


def test_dashboard_lists_a_record_whose_german_changed_after_the_english(editor_client):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Leeds"), story_en="Since 1969.")
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        twin_city.story_de = "Seit 1969, mit neuen Schulprojekten."
        twin_city.save()

    [(_type, [item])] = translation_backlog()
    assert item.record == twin_city
    assert item.outdated == ["story"]


def test_dashboard_lists_a_german_edit_saved_in_the_admin_after_the_english(editor_client):
    # The form sends the untouched English paragraphs back with CRLF line endings.
    twin_city = TwinCityFactory(
        story_de="Seit 1969.\n\nSchulen besuchen einander.",
        story_en="Since 1969.\n\nSchools visit each other.",
    )
    url = f"/admin/partnerships/twincity/{twin_city.pk}/change/"
    data = {
        **form_data(editor_client.get(url)),
        "story_de": "Seit 1969.\r\n\r\nSchulen und Chöre besuchen einander.",
    }
    with time_machine.travel(timezone.now() + timedelta(minutes=5)):
        assert editor_client.post(url, data).status_code == 302

    [(_type, [item])] = translation_backlog()
    assert item.record == twin_city
    assert item.outdated == ["story"]


def test_drafts_are_not_on_the_dashboard():
    TwinCityFactory(draft=True, story_en="")

    assert backlog_records() == []


def test_change_list_marks_records_with_missing_english(editor_client):
    TwinCityFactory(city=CityFactory(name_de="Netanja"), story_en="")

    page = editor_client.get("/admin/partnerships/twincity/")

    assert "EN fehlt" in page.text


def test_admin_index_links_the_translations_dashboard(editor_client):
    assert "/admin/translations/" in editor_client.get("/admin/").text


def test_with_the_setting_on_a_record_without_english_cannot_be_published(settings):
    settings.REQUIRE_ENGLISH_TO_PUBLISH = True
    twin_city = TwinCityFactory(story_en="")

    with translation.override("de"), pytest.raises(ValidationError) as error:
        twin_city.clean()

    assert error.value.message_dict["publication_status"][0].startswith(
        "Füllen Sie vor dem Veröffentlichen den englischen Text aus"
    )


def test_with_the_setting_on_the_admin_refuses_to_publish_without_english(editor_client, settings):
    settings.REQUIRE_ENGLISH_TO_PUBLISH = True
    twin_city = TwinCityFactory(draft=True, story_en="")
    url = f"/admin/partnerships/twincity/{twin_city.pk}/change/"

    response = editor_client.post(
        url, {**form_data(editor_client.get(url)), "publication_status": "published"}
    )

    assert response.status_code == 200
    twin_city.refresh_from_db()
    assert twin_city.publication_status == "draft"


def test_without_the_setting_a_record_without_english_can_be_published():
    TwinCityFactory(story_en="").clean()


def test_with_the_setting_on_the_publish_action_leaves_records_without_english(
    publisher_client, settings
):
    settings.REQUIRE_ENGLISH_TO_PUBLISH = True
    german_only = TwinCityFactory(city=CityFactory(name_de="Netanja"), draft=True, story_en="")
    bilingual = TwinCityFactory(city=CityFactory(name_de="Leeds"), draft=True)

    response = publisher_client.post(
        "/admin/partnerships/twincity/",
        {"action": "publish", "_selected_action": [german_only.pk, bilingual.pk]},
        follow=True,
    )

    german_only.refresh_from_db()
    bilingual.refresh_from_db()
    assert (german_only.publication_status, bilingual.publication_status) == (
        "draft",
        "published",
    )
    messages = [str(message) for message in response.context["messages"]]
    assert messages[0] == "1 Eintrag geändert."
    assert messages[1].startswith("Nicht geändert: Netanja (Füllen Sie vor dem Veröffentlichen")


@pytest.mark.parametrize("size", [2, 12])
def test_dashboard_runs_the_same_queries_whatever_the_number_of_records(
    editor_client, django_assert_max_num_queries, size
):
    for _n in range(size):
        TwinCityFactory(story_en="")

    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        response = editor_client.get("/admin/translations/")

    assert response.context["backlog"][0][1][0].record.city.name


# Sign-in 4, the published records of each publishable type with history (12), the
# changes of those that have records (here the twin cities), and the single-record
# pages of the admin's menu (4).
DASHBOARD_QUERIES = 21
