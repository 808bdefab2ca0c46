from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from tests.factories import CityFactory, NewsItemFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return TwinCityFactory(city=CityFactory(name_de="Zwickau", slug="zwickau"), draft=True)


def test_staff_sees_a_draft_on_its_public_page_marked_as_a_preview(editor_client, draft):
    response = editor_client.get(f"{draft.get_absolute_url()}?preview=1")

    assert response.status_code == 200
    assert "Zwickau" in response.text
    assert "Vorschau – nicht öffentlich." in response.text
    assert "Dies ist ein Entwurf" in response.text
    assert f"/admin/partnerships/twincity/{draft.pk}/change/" in response.text
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_scheduled_record_preview_says_from_when_readers_see_it(editor_client):
    news = NewsItemFactory(
        title_en="Delegation from Xi'an",
        publish_at=timezone.now() + timedelta(days=1),
    )

    with translation.override("en"):
        response = editor_client.get(f"{news.get_absolute_url()}?preview=1")

    assert response.status_code == 200
    assert "Preview – not public." in response.text
    assert "Readers see this page from" in response.text


def test_nobody_else_sees_a_draft(client, draft):
    assert client.get(f"{draft.get_absolute_url()}?preview=1").status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404

    citizen = get_user_model().objects.create_user("citizen", password="x" * 12)
    client.force_login(citizen)
    assert client.get(f"{draft.get_absolute_url()}?preview=1").status_code == 404


def test_staff_without_the_preview_switch_sees_the_public_answer(editor_client, draft):
    assert editor_client.get(draft.get_absolute_url()).status_code == 404


def test_a_preview_is_never_stored_in_the_page_cache(client, editor_client, draft, settings):
    settings.PAGE_CACHE_SECONDS = 300
    editor_client.get(f"{draft.get_absolute_url()}?preview=1")

    client.logout()
    assert client.get(f"{draft.get_absolute_url()}?preview=1").status_code == 404


def test_public_record_has_no_preview_banner(editor_client):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Amiens"))

    response = editor_client.get(f"{twin_city.get_absolute_url()}?preview=1")

    assert "Vorschau" not in response.text


def test_admin_change_form_links_a_draft_to_its_preview(editor_client, draft):
    response = editor_client.get(f"/admin/partnerships/twincity/{draft.pk}/change/")

    assert f"{draft.get_absolute_url()}?preview=1" in response.text
