import re

import pytest

from partnerships.models import TwinCity
from tests.admin.forms import form_data
from tests.factories import CityFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def twin_city():
    return TwinCityFactory(
        city=CityFactory(name_de="Leeds", name_en="Leeds"),
        story_de="Die alte Geschichte.",
        story_en="The old story.",
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
