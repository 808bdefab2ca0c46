"""The search page: the box in every header, results grouped by type with counts, pages,
and a clear page for every query, however empty, long or hostile."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    EventFactory,
    NetworkFactory,
    NewsItemFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TwinCityFactory,
    VisitReportFactory,
)

from .conftest import hits, search_url, url_of

pytestmark = pytest.mark.django_db

WORD = "Zollverein"


def test_the_search_page_has_a_translated_address():
    assert search_url("de") == "/de/suche/"
    assert search_url("en") == "/en/search/"


@pytest.mark.parametrize(
    ("language", "home", "action", "label"),
    [("de", "/de/", "/de/suche/", "Portal durchsuchen"), ("en", "/en/", "/en/search/", "Search")],
)
def test_every_page_has_the_search_box_in_its_header(client, language, home, action, label):
    twin_city = TwinCityFactory()
    for path in [home, url_of(twin_city, language), search_url(language)]:
        header = client.get(path).text.split("</header>")[0]

        assert f'<form class="site-search" role="search" method="get" action="{action}"' in header
        assert '<label class="visually-hidden" for="site-search-query">' in header
        assert '<input type="search" id="site-search-query" name="q"' in header
        assert label in header


def test_an_empty_search_invites_a_search_and_lists_nothing(search):
    TwinCityFactory()

    for response in [search(), search(""), search("   ")]:
        assert response.status_code == 200
        assert "Ein Suchfeld für Städtepartnerschaften" in response.text
        assert 'href="?q=Kumasi"' in response.text
        assert hits(response) == []
        assert "Treffer" not in response.text


def test_the_results_show_title_type_and_highlighted_snippet(search):
    partnership = ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        teaser_de="Dortmund und Kumasi lernen voneinander.",
    )

    response = search("Kumasi")

    assert f'<a href="{url_of(partnership, "de")}">Klimapartnerschaft mit Kumasi</a>' in (
        response.text
    )
    assert '<p class="search-hit__type">Projektpartnerschaft</p>' in response.text
    assert "Dortmund und <mark>Kumasi</mark> lernen voneinander" in response.text
    assert "1 Treffer für „Kumasi“" in response.text


def test_results_are_grouped_by_type_with_a_heading_and_count_each(search):
    TwinCityFactory.create_batch(5, story_de=f"Begegnungen auf {WORD}.", image=None)
    NetworkFactory.create_batch(2, description_de=f"Treffen auf {WORD}.")

    response = search(WORD)

    assert "7 Treffer für „Zollverein“" in response.text
    assert '<h2 id="results-twin-cities">Städtepartnerschaften (5)</h2>' in response.text
    assert '<h2 id="results-networks">Städtenetzwerke (2)</h2>' in response.text
    assert 'id="results-events"' not in response.text
    twin_cities, networks = response.text.split('id="results-networks"')
    assert len(hits(search(WORD))) == 5
    assert twin_cities.count('class="search-hit"') == 3
    assert networks.count('class="search-hit"') == 2
    assert f'href="?q={WORD}&amp;type=twin-cities">Alle 5 Treffer in „Städtepartnerschaften“' in (
        response.text
    )
    assert f'href="?q={WORD}&amp;type=twin-cities">Städtepartnerschaften (5)</a>' in response.text


def test_one_type_is_listed_page_by_page(search):
    TwinCityFactory.create_batch(12, story_de=f"Begegnungen auf {WORD}.", image=None)
    NetworkFactory(description_de=f"Treffen auf {WORD}.")

    first = search(WORD, type="twin-cities")
    second = search(WORD, type="twin-cities", page="2")

    assert len(hits(first)) == 10
    assert len(hits(second)) == 2
    assert not set(hits(first)) & set(hits(second))
    assert "Seite 1 von 2" in first.text
    assert f'href="?q={WORD}&amp;type=twin-cities&amp;page=2" rel="next"' in first.text
    assert '<ol class="search-hits" start="11">' in second.text
    assert "13 Treffer für „Zollverein“" in first.text
    assert 'id="results-networks"' not in first.text
    assert f'href="?q={WORD}&amp;type=networks">Städtenetzwerke (1)</a>' in first.text
    assert (
        f'<a href="?q={WORD}&amp;type=twin-cities" aria-current="page">'
        "Städtepartnerschaften (12)</a>" in first.text
    )


@pytest.mark.parametrize(("page", "expected"), [("abc", 1), ("0", 2), ("-1", 2), ("999", 2)])
def test_a_page_number_out_of_range_or_not_a_number_shows_a_page(search, page, expected):
    TwinCityFactory.create_batch(12, story_de=f"Begegnungen auf {WORD}.", image=None)

    response = search(WORD, type="twin-cities", page=page)

    assert response.status_code == 200
    assert f"Seite {expected} von 2" in response.text


def test_an_unknown_type_says_so_and_shows_every_type(search):
    TwinCityFactory(story_de=f"Begegnungen auf {WORD}.")

    response = search(WORD, type="<script>")

    assert response.status_code == 200
    assert "Diese Art von Inhalten gibt es nicht" in response.text
    assert len(hits(response)) == 1
    assert "<script>" not in response.text.split('<main id="main"')[1]


def test_a_type_without_hits_says_so(search):
    TwinCityFactory(story_de=f"Begegnungen auf {WORD}.")

    response = search(WORD, type="news")

    assert hits(response) == []
    assert "Zu „Aktuelles“ passt nichts" in response.text


def test_a_search_without_hits_says_so_and_suggests_what_to_do(search):
    TwinCityFactory()

    response = search("Atlantis", "en")

    assert "No results for “Atlantis”." in response.text
    assert "Check the spelling" in response.text


def test_a_query_longer_than_200_characters_is_refused_with_a_message(search):
    TwinCityFactory(story_de=f"Begegnungen auf {WORD}.")

    refused = search(WORD + " " * 181 + WORD)
    accepted = search(WORD + " " * 180 + WORD)

    assert refused.status_code == 200
    assert "höchstens 200 Zeichen (sie hat 201)" in refused.text
    assert 'aria-invalid="true"' in refused.text
    assert hits(refused) == []
    assert len(hits(accepted)) == 1


HOSTILE_QUERIES = [
    "&|!:*()'",
    "foo:* & !bar | (baz <-> qux)",
    "' OR '1'='1' --",
    "1; DROP TABLE partnerships_twincity; --",
    '"unclosed phrase',
    "-",
    "- - -",
    "or",
    "OR AND NOT",
    "!!!",
    "\\",
    "%",
    "_",
    "<script>alert(1)</script>",
    "{{ settings.SECRET_KEY }}",
    "😀",
    "\u202e\ufeff",
    "\U0010ffff",
    "日本語",
    "ß",
    "und die der",
    "the and of",
    "a",
    "x" * 200,
    "\ue000Zollverein\ue001",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
@pytest.mark.parametrize("language", ["de", "en"])
def test_hostile_queries_get_a_clear_page_never_an_error(search, query, language):
    TwinCityFactory(story_de=f"Begegnungen auf {WORD}.", story_en=f"Meetings at {WORD}.")

    response = search(query, language)

    assert response.status_code == 200
    main = response.text.split('<main id="main"')[1]
    assert "<script>alert" not in main
    assert any(
        clear in main
        for clear in [
            "Treffer für",
            "Keine Treffer",
            "keine Wörter",
            "result for",
            "results for",
            "No results",
            "no words",
        ]
    )


@pytest.mark.parametrize("query", ["\x00", "Zoll\x00verein"])
def test_a_query_with_a_nul_character_is_refused_with_a_message(search, query):
    response = search(query)

    assert response.status_code == 200
    assert "Nullzeichen sind nicht erlaubt." in response.text
    assert "\x00" not in response.text


def test_text_from_the_database_is_escaped_in_results(search):
    NewsItemFactory(
        title_de="<b>Fett</b> & Zollverein",
        teaser_de="Zollverein <img src=x onerror=alert(1)> und <script>alert(1)</script>",
        body_de="\ue000 nicht markiert \ue001 Zollverein",
    )

    response = search(WORD)

    main = response.text.split('<main id="main"')[1]
    assert "&lt;b&gt;Fett&lt;/b&gt; &amp; Zollverein" in main
    assert "<img" not in main
    assert "<script>" not in main
    assert "<mark>Zollverein</mark> &lt;img src=x onerror=alert" in main


def test_the_reader_sees_the_query_again_escaped(search):
    response = search('"><script>alert(1)</script>')

    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in response.text
    assert "<script>alert(1)" not in response.text


def test_search_pages_are_not_kept_in_the_page_cache(search):
    twin_city = TwinCityFactory(story_de="Begegnungen.")
    before = search(WORD)
    # An update without signals: a cached page would stay as it was.
    type(twin_city).objects.filter(pk=twin_city.pk).update(story_de=f"Begegnungen auf {WORD}.")

    after = search(WORD)

    assert before["Cache-Control"] == "private"
    assert hits(before) == []
    assert hits(after) == [url_of(twin_city, "de")]


def matching_records(size):
    """`size` published records of every kind that contain WORD, and one goal."""
    text = f"Begegnungen rund um {WORD}."
    TwinCityFactory.create_batch(size, story_de=text, image=None)
    ProjectPartnershipFactory.create_batch(size, description_de=text)
    NetworkFactory.create_batch(size, description_de=text)
    SdgActivityFactory.create_batch(size, description_de=text)
    EventFactory.create_batch(size, description_de=text)
    VisitReportFactory.create_batch(size, text_de=text)
    NewsItemFactory.create_batch(size, body_de=text, image=None)
    PersonFactory.create_batch(size, function_de=text)


@pytest.mark.parametrize("size", [3, 50])
def test_the_overview_runs_the_same_queries_whatever_the_number_of_hits(
    search, django_assert_num_queries, size
):
    matching_records(size)

    with django_assert_num_queries(13):  # one per type, its count included
        response = search(WORD)

    assert response.context["results"].total == 8 * size
    assert len(hits(response)) == 8 * 3


@pytest.mark.parametrize("size", [3, 50])
def test_one_types_page_runs_the_same_queries_whatever_the_number_of_hits(
    search, django_assert_num_queries, size
):
    matching_records(size)

    with django_assert_num_queries(2):  # the counts of every type, then the page
        response = search(WORD, type="people")

    assert response.context["results"].total == 8 * size
    assert len(hits(response)) == min(size, 10)


def test_results_link_to_pages_in_the_readers_language(search):
    partnership = ProjectPartnershipFactory(description_en=f"Meetings at {WORD}.")

    response = search(WORD, "en")

    with translation.override("en"):
        assert hits(response) == [
            reverse("partnerships:projectpartnership_detail", kwargs={"slug": partnership.slug})
        ]


def test_crawlers_are_asked_to_leave_the_search_pages_alone(client, search):
    lines = client.get("/robots.txt").text.splitlines()

    assert "Disallow: /de/suche/" in lines
    assert "Disallow: /en/search/" in lines
    assert '<meta name="robots" content="noindex">' in search("Kumasi").text
