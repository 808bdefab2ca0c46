import re
from html import unescape

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

HIT_LINK = re.compile(r'class="search-hit__title"><a href="([^"]+)"')

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search of PostgreSQL"
)
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite fallback")


def search_url(language="de"):
    with translation.override(language):
        return reverse("search:results")


def hits(response):
    """The addresses of the results on a search page, in order."""
    assert response.status_code == 200
    return [unescape(url) for url in HIT_LINK.findall(response.text)]


def url_of(record, language):
    with translation.override(language):
        return record.get_absolute_url()


@pytest.fixture
def search(client):
    """`search("Kumasi", "en", type="people")`: the search page's response."""

    def get(query=None, language="de", **params):
        if query is not None:
            params = {"q": query, **params}
        return client.get(search_url(language), params)

    return get
