import re
from datetime import UTC, datetime

import pytest

from networks.models import Network
from partnerships.models import TwinCity
from tests.admin.forms import form_data
from tests.factories import CityFactory, ImageFactory, NetworkFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def twin_city():
    return TwinCityFactory(
        city=CityFactory(name_de="Leeds", name_en="Leeds"),
        story_de="Die alte Geschichte.",
        story_en="The old story.",
    )


@pytest.fixture
def twin_city_with_paragraphs():
    # Paragraphs, which the form's text areas send back with CRLF, and a publication
    # time with microseconds, which the admin's date and time inputs do not show.
    return TwinCityFactory(
        city=CityFactory(name_de="Amiens", name_en="Amiens"),
        story_de="Seit 1960.\n\nSchulen besuchen einander.",
        story_en="Since 1960.\n\nSchools visit each other.",
        status_note_de="Erste Zeile.\nZweite Zeile.",
        publish_at=datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC),
    )


def change(client, twin_city, **fields):
    url = f"/admin/partnerships/twincity/{twin_city.pk}/change/"
    data = {**form_data(client.get(url)), **fields}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_history_keeps_the_german_and_the_english_text_of_every_version(editor_client, twin_city):
    change(editor_client, twin_city, story_en="The new story.")

    versions = TwinCity.history.filter(id=twin_city.pk).order_by("history_date")
    assert [(v.story_de, v.story_en) for v in versions] == [
        ("Die alte Geschichte.", "The old story."),
        ("Die alte Geschichte.", "The new story."),
    ]
    assert versions.last().history_user.username == "redaktion"


def test_history_page_shows_who_changed_the_english_story_and_its_old_value(
    editor_client, twin_city
):
    change(editor_client, twin_city, story_en="The new story.")

    page = editor_client.get(f"/admin/partnerships/twincity/{twin_city.pk}/history/")

    assert page.status_code == 200
    # In the "changed by" cell; the admin's header greets "redaktion" on every page.
    assert re.search(r"<td>\s*(<a [^>]*>)?redaktion", page.text)
    assert "The old story." in page.text
    assert "The new story." in page.text


def test_an_earlier_version_can_be_restored(editor_client, twin_city):
    first = TwinCity.history.get(id=twin_city.pk)
    change(editor_client, twin_city, story_en="The new story.")
    url = f"/admin/partnerships/twincity/{twin_city.pk}/history/{first.history_id}/"

    response = editor_client.post(url, form_data(editor_client.get(url)))

    assert response.status_code == 302
    twin_city.refresh_from_db()
    assert twin_city.story_en == "The old story."
    assert TwinCity.history.filter(id=twin_city.pk).count() == 3


def test_saving_an_unchanged_record_in_the_admin_adds_no_history_entry(
    editor_client, twin_city_with_paragraphs
):
    twin_city = twin_city_with_paragraphs
    stored = TwinCity.objects.values().get(pk=twin_city.pk)

    change(editor_client, twin_city)

    assert TwinCity.history.filter(id=twin_city.pk).count() == 1
    saved = TwinCity.objects.values().get(pk=twin_city.pk)
    assert {key: value for key, value in saved.items() if key != "updated_at"} == {
        key: value for key, value in stored.items() if key != "updated_at"
    }


def test_text_areas_sent_back_with_crlf_line_endings_are_no_change(editor_client):
    network = NetworkFactory(
        representatives="Die Oberbürgermeisterin\nDas Büro für Internationales",
        reports_due="Jahresbericht im März\nFinanzbericht im Juni",
    )
    url = f"/admin/networks/network/{network.pk}/change/"
    data = form_data(editor_client.get(url))
    assert "\r\n" in data["representatives"][0]

    assert editor_client.post(url, data).status_code == 302

    assert Network.history.filter(id=network.pk).count() == 1
    network.refresh_from_db()
    assert network.representatives == "Die Oberbürgermeisterin\nDas Büro für Internationales"


def test_history_of_an_admin_save_records_only_the_field_the_editor_changed(
    editor_client, twin_city_with_paragraphs
):
    twin_city = twin_city_with_paragraphs

    change(editor_client, twin_city, story_en="Since 1960.\r\n\r\nPupils visit each other.")

    new, old = TwinCity.history.filter(id=twin_city.pk)[:2]
    assert new.diff_against(old).changed_fields == ["story_en"]
    assert new.story_en == "Since 1960.\n\nPupils visit each other."
    assert new.publish_at == datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)


def test_a_publication_time_the_editor_changes_is_saved_as_entered(
    publisher_client, twin_city_with_paragraphs
):
    twin_city = twin_city_with_paragraphs

    change(publisher_client, twin_city, publish_at_0="02.03.2026", publish_at_1="08:00:00")

    twin_city.refresh_from_db()
    assert twin_city.publish_at == datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    assert TwinCity.history.filter(id=twin_city.pk).count() == 2


def test_a_save_in_code_that_changes_nothing_adds_no_history_entry(twin_city):
    twin_city.save()
    TwinCity.objects.get(pk=twin_city.pk).save()

    assert TwinCity.history.filter(id=twin_city.pk).count() == 1


def test_history_shows_a_picture_added_to_an_empty_field_as_empty_before(editor_client, twin_city):
    picture = ImageFactory(alt_text_de="Der Hafen von Leeds", alt_text_en="Leeds harbour")
    change(editor_client, twin_city, image="")
    change(editor_client, twin_city, image=str(picture.pk))

    page = editor_client.get(f"/admin/partnerships/twincity/{twin_city.pk}/history/")

    assert "pk=None" not in page.text
    assert re.search(r"–\s*&nbsp;&rarr;&nbsp;&nbsp;Der Hafen von Leeds", page.text)


def test_history_names_a_picture_deleted_since_without_its_python_form(editor_client, twin_city):
    picture = ImageFactory()
    change(editor_client, twin_city, image=str(picture.pk))
    change(editor_client, twin_city, image="")
    picture_pk = picture.pk
    picture.delete()

    page = editor_client.get(f"/admin/partnerships/twincity/{twin_city.pk}/history/")

    assert "pk=" not in page.text
    assert f"(Nr. {picture_pk})" in page.text
