"""Every public page costs the same at any data size (issue 16): the benchmark's pages, rendered
without the page cache at two data sizes, run the same number of SQL queries and stay bounded in
size. `make bench` measures the same pages at scale 1 and 100 on PostgreSQL.

An HTML page grows by at most GROWTH once the data fills its lists; feeds and API pages, whose
caps (100 calendar events, 50 feed entries, 25 API records) the small data does not fill, stay
under CEILING. The CSV download is the exception: the whole list by design (docs/open-data.md),
one file for those who want every row, so only its query count is pinned."""

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from bench import bulk
from bench.pages import public_pages

pytestmark = pytest.mark.django_db

# Enough for a page of every list at the small size (scale 10: 90 twin cities, 50 partnerships,
# 80 events, a month's page of events, a page of the Golden Book), three times as much at the
# large one.
SMALL, LARGE = 10, 30
GROWTH = 1.5  # at most this many times the page at the small size
CEILING = 100_000  # bytes of HTML (or feed, CSV, JSON) at most


@dataclass(frozen=True)
class Measured:
    queries: int
    size: int
    kind: str


def measure(client):
    measured = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for page in public_pages():
            with CaptureQueriesContext(connection) as queries:
                response = client.get(page.path)
            assert response.status_code == 200, page
            kind = response["Content-Type"].split(";")[0]
            measured[page.name, page.language] = Measured(len(queries), len(response.content), kind)
    return measured


def test_every_public_page_runs_the_same_queries_and_stays_small_as_the_data_grows(client):
    bulk.generate(scale=SMALL)
    small = measure(client)
    bulk.generate(scale=LARGE - SMALL)
    large = measure(client)

    assert small.keys() == large.keys()
    grown, more_queries = {}, {}
    for (name, language), before in small.items():
        after = large[name, language]
        grows = after.kind == "text/html" and after.size > GROWTH * before.size
        if after.kind != "text/csv" and (grows or after.size > CEILING):
            grown[f"{name} ({language})"] = f"{before.size:,} -> {after.size:,} bytes"
        if after.queries != before.queries:
            more_queries[f"{name} ({language})"] = f"{before.queries} -> {after.queries} queries"
    assert not grown, report(grown)
    assert not more_queries, report(more_queries)


def report(pages):
    return "\n".join(f"{page}: {change}" for page, change in pages.items())
