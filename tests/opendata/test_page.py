import pytest

from tests.urls import url

pytestmark = pytest.mark.django_db


def test_open_data_page_explains_the_api_the_downloads_and_the_licence_in_german(client):
    page = client.get(url("open_data", "de"))

    assert page.status_code == 200
    assert page.request["PATH_INFO"] == "/de/offene-daten/"
    assert "<h1>Offene Daten</h1>" in page.text
    assert "Datenlizenz Deutschland – Namensnennung – 2.0" in page.text
    assert 'href="/api/v1/?lang=de"' in page.text
    assert 'href="/api/schema/"' in page.text
    assert 'href="/api/v1/twin-cities.csv?lang=de"' in page.text
    assert 'href="/de/veranstaltungen/kalender.ics"' in page.text


def test_open_data_page_in_english(client):
    page = client.get(url("open_data", "en"))

    assert "<h1>Open data</h1>" in page.text
    assert 'href="/api/v1/events.csv?lang=en"' in page.text


def test_every_page_links_the_open_data_page_in_its_footer(client):
    assert 'href="/en/open-data/">Open data</a>' in client.get("/en/").text
