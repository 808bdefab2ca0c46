"""A page number a list does not have gets a clear answer, not a bare error."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

LISTS = [
    "partnerships:twincity_list",
    "partnerships:projectpartnership_list",
    "networks:network_list",
    "events:event_list",
    "events:event_list_past",
    "sdg:sdgactivity_list",
    "events:visitreport_list",
    "news:newsitem_list",
    "events:golden_book",
    "contacts:team",
    "overview:partner_cities",
]


def list_url(name, language):
    with translation.override(language):
        return reverse(name)


@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("page", ["99", "abc", "-1", "0", "1e3", "9" * 40])
def test_a_page_the_list_does_not_have_is_a_404_that_says_so(client, name, page):
    url = list_url(name, "de")

    response = client.get(url, {"page": page})

    assert response.status_code == 404
    assert "Diese Liste hat keine Seite mit dieser Nummer." in response.text
    assert f'<a href="{url}">Zur ersten Seite der Liste</a>' in response.text


def test_the_way_back_keeps_the_filters_and_speaks_english(client):
    url = list_url("events:event_list", "en")

    response = client.get(url, {"kind": "fair", "page": "7"})

    assert response.status_code == 404
    assert "This list has no page with that number." in response.text
    assert f'<a href="{url}?kind=fair">Go to the first page of the list</a>' in response.text


def test_other_missing_pages_keep_the_general_message(client):
    response = client.get("/de/staedtepartnerschaften/atlantis/")

    assert response.status_code == 404
    assert "Diese Liste hat keine Seite" not in response.text
    assert "Zur Startseite" in response.text
