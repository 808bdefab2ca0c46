"""sitemap.xml and robots.txt: every public page in both languages, nothing else."""

import contextlib
import re
import xml.etree.ElementTree as ET

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tests.factories import EventFactory, NewsItemFactory, TwinCityFactory
from tests.test_robustness import public_url_patterns

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
ORIGIN = "http://testserver"

# Public addresses without arguments that are not pages for a search engine.
NOT_IN_SITEMAP = {
    "events:event_calendar": "a calendar subscription",
    "events:event_feed_atom": "a feed",
    "events:event_feed_rss": "a feed",
    "news:newsitem_feed_atom": "a feed",
    "news:newsitem_feed_rss": "a feed",
    "exchanges:fundingcall_atom": "a feed",
    "exchanges:fundingcall_rss": "a feed",
    "pages:feedback_thanks": "shown after the feedback form is sent",
    "contacts:lookup": "internal: signed-in city staff only",
    "contacts:export": "internal: signed-in city staff only",
    "search:results": "the results of a query",
}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 (the portal's own answer)


def locations(root):
    return {loc.text.removeprefix(ORIGIN) for loc in root.findall("s:url/s:loc", NS)}


def public_pages():
    """Every argument-less public page and the page of every published record, both languages."""
    paths = set()
    for name, _pattern in public_url_patterns():
        if name in NOT_IN_SITEMAP:
            continue
        for language in ("de", "en"):
            with translation.override(language), contextlib.suppress(NoReverseMatch):
                paths.add(reverse(name))
    for model in apps.get_models():
        if not hasattr(model, "get_absolute_url"):
            continue
        records = model._default_manager.all()
        if hasattr(records, "published"):
            records = records.published()
        for record in records:
            for language in ("de", "en"):
                with translation.override(language):
                    paths.add(record.get_absolute_url())
    # The team page links its people by anchor: the page is what is listed.
    return {path.split("#")[0] for path in paths if path.startswith(("/de/", "/en/"))}


def test_sitemap_lists_every_public_page_of_the_demo_content_in_both_languages(client):
    call_command("load_demo_content", verbosity=0)

    listed = locations(sitemap(client))

    assert public_pages() <= listed
    assert {"/de/aktuelles/", "/en/news/", "/de/impressum/", "/en/accessibility/"} <= listed
    assert "/en/twin-cities/leeds/" in listed
    assert "/de/staedtepartnerschaften/leeds/" in listed
    assert "/en/relations/leeds/" in listed
    assert "/de/beziehungen/land/gb/" in listed
    # Beyond the pages found above only the relations pages of the partner cities.
    assert {path.split("/")[2] for path in listed - public_pages()} == {
        "beziehungen",
        "relations",
    }


def test_sitemap_names_the_other_language_of_each_page(client):
    TwinCityFactory(city__slug="amiens")

    root = sitemap(client)
    entry = next(
        url
        for url in root.findall("s:url", NS)
        if url.find("s:loc", NS).text.endswith("/en/twin-cities/amiens/")
    )

    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)}
    assert alternates == {
        "de": f"{ORIGIN}/de/staedtepartnerschaften/amiens/",
        "en": f"{ORIGIN}/en/twin-cities/amiens/",
    }


def test_sitemap_lists_no_draft_and_nothing_scheduled(client):
    published = NewsItemFactory(slug="published-news")
    NewsItemFactory(draft=True, slug="draft-news")
    NewsItemFactory(scheduled=True, slug="scheduled-news")
    TwinCityFactory(draft=True, city__slug="draft-city")

    listed = locations(sitemap(client))

    assert f"/en/news/{published.slug}/" in listed
    assert not [path for path in listed if "draft" in path or "scheduled" in path]


def test_sitemap_lists_no_month_page_of_the_events(client):
    EventFactory()

    listed = locations(sitemap(client))

    assert "/en/events/" in listed
    assert not [path for path in listed if re.search(r"/(events|veranstaltungen)/\d+/", path)]


@pytest.mark.parametrize("size", [3, 50])
def test_sitemap_runs_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, size
):
    NewsItemFactory.create_batch(size)
    TwinCityFactory.create_batch(size)

    # one per kind of record
    with django_assert_num_queries(16):
        root = sitemap(client)

    assert len(root.findall("s:url", NS)) >= 4 * size


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_internal_pages(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.text.splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /de/intern/kontakte/" in lines
    assert "Disallow: /en/internal/contacts/" in lines
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
