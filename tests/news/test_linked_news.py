"""News on the pages of the twin cities, partnerships, networks and goals they concern."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from ina_portal.features.news.models import LINKED_NEWS
from tests.factories import (
    NetworkFactory,
    NewsItemFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
)

pytestmark = pytest.mark.django_db


def goal_url(number, language="en"):
    with translation.override(language):
        return reverse("sdg:goal_detail", kwargs={"number": number})


def linked_pages():
    twin_city = TwinCityFactory()
    partnership = ProjectPartnershipFactory()
    network = NetworkFactory()
    links = {
        "twin_cities": [twin_city],
        "project_partnerships": [partnership],
        "networks": [network],
    }
    with translation.override("en"):
        urls = [record.get_absolute_url() for record in (twin_city, partnership, network)]
    return links, [*urls, goal_url(13)]


def test_news_appear_on_the_pages_they_are_linked_to(client):
    links, urls = linked_pages()
    NewsItemFactory(title_en="Plaque of Honour for Dortmund", goals=[13], **links)
    NewsItemFactory(draft=True, title_en="Draft news", goals=[13], **links)
    NewsItemFactory(title_en="Unrelated news", goals=[4])

    for url in urls:
        response = client.get(url)

        assert response.status_code == 200, url
        assert '<h2 id="news">News</h2>' in response.text, url
        assert "Plaque of Honour for Dortmund" in response.text, url
        assert "Draft news" not in response.text, url
        assert "Unrelated news" not in response.text, url


def test_a_page_shows_only_its_latest_news(client):
    twin_city = TwinCityFactory()
    for days in range(1, LINKED_NEWS + 2):
        NewsItemFactory(
            title_en=f"News {days} days old",
            publish_at=timezone.now() - timedelta(days=days),
            twin_cities=[twin_city],
        )

    with translation.override("en"):
        response = client.get(twin_city.get_absolute_url())

    assert "News 1 days old" in response.text
    assert f"News {LINKED_NEWS} days old" in response.text
    assert f"News {LINKED_NEWS + 1} days old" not in response.text


def test_untranslated_news_title_is_marked_as_german_on_a_goal_page(client):
    NewsItemFactory(title_de="Nur auf Deutsch", title_en="", goals=[13])

    response = client.get(goal_url(13))

    assert 'lang="de">Nur auf Deutsch</a>' in response.text


def test_pages_without_news_have_no_news_section(client):
    _links, urls = linked_pages()

    for url in urls:
        assert 'id="news"' not in client.get(url).text, url


def test_linked_news_cost_the_same_queries_whatever_their_number(client):
    links, urls = linked_pages()

    def query_counts():
        counts = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            counts.append(len(queries))
        return counts

    NewsItemFactory.create_batch(3, goals=[13], **links)
    few = query_counts()
    assert 0 not in few  # rendered, not taken from the page cache
    NewsItemFactory.create_batch(47, goals=[13], **links)

    assert query_counts() == few
