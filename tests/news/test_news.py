from datetime import datetime, timedelta

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from events.models import local_zone
from tests.factories import (
    ImageFactory,
    NetworkFactory,
    NewsItemFactory,
    ProjectPartnershipFactory,
    TwinCityFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_news_list_shows_published_news_newest_first_in_german(client):
    NewsItemFactory(title_de="Ehrenplakette des Europarates", publish_at=days_ago(2))
    NewsItemFactory(title_de="Zukunftsforum in Münster", publish_at=days_ago(1))

    response = client.get(url("news:newsitem_list", "de"))

    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/de/aktuelles/"
    assert "<title>Aktuelles" in response.text
    assert response.text.index("Zukunftsforum in Münster") < response.text.index(
        "Ehrenplakette des Europarates"
    )


def test_news_list_shows_published_news_in_english(client):
    NewsItemFactory(title_en="Plaque of Honour for Dortmund", teaser_en="An award for Europe.")

    response = client.get(url("news:newsitem_list", "en"))

    assert response.request["PATH_INFO"] == "/en/news/"
    assert "<title>News" in response.text
    assert "Plaque of Honour for Dortmund" in response.text
    assert "An award for Europe." in response.text


def test_news_shows_its_date_in_the_readers_language(client):
    news = NewsItemFactory(publish_at=datetime(2022, 11, 3, 17, tzinfo=local_zone()))

    german = client.get(url("news:newsitem_detail", "de", slug=news.slug)).text
    english = client.get(url("news:newsitem_detail", "en", slug=news.slug)).text

    assert '<time datetime="2022-11-03T17:00:00+01:00">3. November 2022</time>' in german
    assert "Nov. 3, 2022</time>" in english


def test_draft_and_scheduled_news_are_neither_listed_nor_reachable(client):
    draft = NewsItemFactory(draft=True, title_de="Entwurf einer Meldung")
    scheduled = NewsItemFactory(scheduled=True, title_de="Meldung von morgen")

    listed = client.get(url("news:newsitem_list", "de")).text

    assert "Entwurf einer Meldung" not in listed
    assert "Meldung von morgen" not in listed
    for news in (draft, scheduled):
        assert client.get(url("news:newsitem_detail", "de", slug=news.slug)).status_code == 404


def test_empty_news_list_says_so(client):
    assert "There is no news yet." in client.get(url("news:newsitem_list", "en")).text


def test_news_list_is_paginated_and_a_page_beyond_the_last_is_not_found(client):
    NewsItemFactory.create_batch(11)

    second = client.get(url("news:newsitem_list", "en"), {"page": 2})

    assert second.status_code == 200
    assert len(second.context["object_list"]) == 1
    assert "Page 2 of 2" in second.text
    assert client.get(url("news:newsitem_list", "en"), {"page": 3}).status_code == 404


def test_news_detail_shows_text_credited_image_and_what_it_is_linked_to(client):
    twin_city = TwinCityFactory(city__name_en="Leeds")
    partnership = ProjectPartnershipFactory(title_en="Innovation partnership with Pittsburgh")
    network = NetworkFactory(name_en="Eurocities")
    news = NewsItemFactory(
        title_en="Dortmund at the Future Forum",
        body_en="<p>Some 140 guests met in Münster.</p><p>Cities belong at the table.</p>",
        twin_cities=[twin_city],
        project_partnerships=[partnership],
        networks=[network],
        goals=[16, 17],
    )

    response = client.get(url("news:newsitem_detail", "en", slug=news.slug))

    assert response.status_code == 200
    assert "<h1>Dortmund at the Future Forum</h1>" in response.text
    assert "<p>Some 140 guests met in Münster.</p>" in response.text
    assert f'alt="{news.image.alt_text_en}"' in response.text
    assert "Picture: Stadt Dortmund / Roland Gorecki" in response.text
    assert f'href="{twin_city.get_absolute_url()}"' in response.text
    assert "Innovation partnership with Pittsburgh" in response.text
    assert "Eurocities" in response.text
    assert "Peace, Justice and Strong Institutions" in response.text


def test_draft_partners_are_not_linked_from_a_news_item(client):
    news = NewsItemFactory(networks=[NetworkFactory(draft=True, name_en="Secret network")])

    response = client.get(url("news:newsitem_detail", "en", slug=news.slug))

    assert "Secret network" not in response.text
    assert "More on this" not in response.text


def test_missing_english_text_falls_back_to_german_marked_as_german(client):
    news = NewsItemFactory(title_en="", body_de="<p>Nur auf Deutsch.</p>", body_en="")

    response = client.get(url("news:newsitem_detail", "en", slug=news.slug))

    assert f'<h1 lang="de">{news.title_de}</h1>' in response.text
    assert '<div class="prose" lang="de"><p>Nur auf Deutsch.</p></div>' in response.text


TITLES = {"de": "Aktuelles", "en": "News"}


@pytest.mark.parametrize(
    ("language", "atom", "rss"),
    [
        ("de", "/de/aktuelles/feed.atom", "/de/aktuelles/feed.rss"),
        ("en", "/en/news/feed.atom", "/en/news/feed.rss"),
    ],
)
def test_news_pages_and_the_home_page_name_the_news_feeds_in_the_head(client, language, atom, rss):
    news = NewsItemFactory()
    with translation.override(language):
        paths = [reverse("news:newsitem_list"), news.get_absolute_url(), reverse("home")]

    for path in paths:
        head = client.get(path).text.split("</head>")[0]

        title = TITLES[language]
        assert f'type="application/atom+xml" title="{title} (Atom)" href="{atom}">' in head
        assert f'type="application/rss+xml" title="{title} (RSS)" href="{rss}">' in head


def test_atom_feed_lists_only_published_news_in_english(client):
    NewsItemFactory(title_en="Plaque of Honour", teaser_en="An award.", publish_at=days_ago(1))
    NewsItemFactory(title_en="Older news", publish_at=days_ago(5))
    NewsItemFactory(draft=True, title_en="Draft news")
    NewsItemFactory(scheduled=True, title_en="Tomorrow's news")

    response = client.get(url("news:newsitem_feed_atom", "en"))
    parsed = feedparser.parse(response.content)

    assert response["Content-Type"].startswith("application/atom+xml")
    assert not parsed.bozo
    assert parsed.feed.title.startswith("News of the Office for International Relations")
    assert parsed.feed.language == "en"
    assert [entry.title for entry in parsed.entries] == ["Plaque of Honour", "Older news"]
    assert parsed.entries[0].summary == "An award."
    assert parsed.entries[0].link.startswith("http://testserver/en/news/")


def test_german_rss_feed_speaks_german(client):
    NewsItemFactory(title_de="Ehrenplakette für Dortmund", title_en="Plaque for Dortmund")

    parsed = feedparser.parse(client.get(url("news:newsitem_feed_rss", "de")).content)

    assert not parsed.bozo
    assert parsed.feed.title.startswith("Aktuelles: Büro für Internationale Beziehungen")
    assert [entry.title for entry in parsed.entries] == ["Ehrenplakette für Dortmund"]
    assert parsed.entries[0].link.startswith("http://testserver/de/aktuelles/")


def test_home_page_shows_the_latest_three_news_items(client):
    for days, title in enumerate(["Newest", "Second", "Third", "Fourth"], start=1):
        NewsItemFactory(title_en=f"{title} news", publish_at=days_ago(days))
    NewsItemFactory(draft=True, title_en="Draft news")

    response = client.get("/en/")

    assert "Newest news" in response.text
    assert "Second news" in response.text
    assert "Third news" in response.text
    assert "Fourth news" not in response.text
    assert "Draft news" not in response.text
    assert 'href="/en/news/">All news</a>' in response.text


def test_home_page_without_news_has_no_news_section(client):
    assert 'id="latest-news"' not in client.get("/de/").text


@pytest.mark.parametrize("size", [3, 50])
def test_news_list_runs_the_same_queries_whatever_the_number_of_news(
    client, django_assert_num_queries, size
):
    NewsItemFactory.create_batch(size, goals=[16, 17], image=ImageFactory())

    with django_assert_num_queries(2):
        response = client.get(url("news:newsitem_list", "de"))

    assert response.context["paginator"].count == size


@pytest.mark.parametrize("size", [3, 50])
def test_news_detail_runs_the_same_queries_whatever_the_number_of_links(
    client, django_assert_num_queries, size
):
    news = NewsItemFactory(
        twin_cities=TwinCityFactory.create_batch(size),
        project_partnerships=ProjectPartnershipFactory.create_batch(size),
        networks=NetworkFactory.create_batch(size),
        goals=list(range(1, 18)),
    )

    with django_assert_num_queries(5):
        response = client.get(url("news:newsitem_detail", "en", slug=news.slug))

    assert response.text.count('href="/en/twin-cities/city-') == size


@pytest.mark.parametrize("size", [3, 50])
@pytest.mark.parametrize("feed", ["news:newsitem_feed_atom", "news:newsitem_feed_rss"])
def test_news_feeds_run_the_same_queries_whatever_the_number_of_news(
    client, django_assert_num_queries, size, feed
):
    NewsItemFactory.create_batch(size)

    with django_assert_num_queries(1):
        response = client.get(url(feed, "en"))

    assert response.status_code == 200
