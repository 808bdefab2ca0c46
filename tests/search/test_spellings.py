"""Umlauts, ß and the ways readers type them; and what each database's search adds."""

import pytest

from ina_portal.features.search.backends import fold, spelling_pattern
from sdg.models import Goal
from tests.factories import NewsItemFactory, ProjectPartnershipFactory, TwinCityFactory

from .conftest import hits, on_postgresql, on_sqlite, url_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Städtepartnerschaft", "stadtepartnerschaft"),
        ("Staedtepartnerschaft", "stadtepartnerschaft"),
        ("STÄDTEPARTNERSCHAFT", "stadtepartnerschaft"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Ökoprofit", "okoprofit"),
        ("Oekoprofit", "okoprofit"),
        ("Übersee", "ubersee"),
        ("a\u0308", "a"),  # ä written as a and a combining diaeresis
    ],
)
def test_text_and_queries_fold_alike(text, folded):
    assert fold(text) == folded


def test_the_snippet_pattern_finds_every_spelling_of_a_folded_word():
    pattern = spelling_pattern([fold("Staedtepartnerschaft"), fold("Strasse")])

    for spelling in ["Städtepartnerschaft", "Staedtepartnerschaft", "STÄDTEPARTNERSCHAFT"]:
        assert pattern.fullmatch(spelling)
    for spelling in ["Straße", "Strasse", "STRASSE"]:
        assert pattern.fullmatch(spelling)
    assert not pattern.search("Stadtpartner")


@pytest.mark.parametrize(
    "query",
    ["Städtepartnerschaft", "Staedtepartnerschaft", "Stadtepartnerschaft", "STÄDTEPARTNERSCHAFT"],
)
@pytest.mark.parametrize("written", ["Städtepartnerschaft", "Staedtepartnerschaft"])
def test_umlauts_and_their_spellings_find_each_other(search, query, written):
    twin_city = TwinCityFactory(story_de=f"Die älteste {written} Dortmunds.")

    assert hits(search(query, "de")) == [url_of(twin_city, "de")]


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("Staedtepartnerschaft", "Städtepartnerschaft"),
        ("Städtepartnerschaft", "Staedtepartnerschaft"),
        ("Stadtepartnerschaft", "Städtepartnerschaft"),
    ],
)
def test_the_snippet_marks_the_word_as_written_whichever_spelling_was_searched(
    search, query, written
):
    TwinCityFactory(story_de=f"Die älteste {written} Dortmunds.")

    assert f"<mark>{written}</mark>" in search(query, "de").text


@pytest.mark.parametrize("query", ["Straße", "Strasse"])
@pytest.mark.parametrize("written", ["Straße", "Strasse"])
def test_sharp_s_and_double_s_find_each_other(search, query, written):
    news = NewsItemFactory(body_de=f"Ein Fest auf der Kampstraße und der {written} am Markt.")

    assert hits(search(query, "de")) == [url_of(news, "de")]


@pytest.mark.parametrize("query", ["Düsseldorf", "Duesseldorf", "Dusseldorf"])
def test_umlauts_in_english_text_are_found_in_every_spelling(search, query):
    partnership = ProjectPartnershipFactory(description_en="Partners in Düsseldorf and Leeds.")

    response = search(query, "en")

    assert hits(response) == [url_of(partnership, "en")]


@pytest.mark.parametrize("query", ["Maßnahmen Klimaschutz", "Massnahmen Klimaschutz"])
def test_a_goal_is_found_with_or_without_sharp_s(search, query):
    goal = Goal.objects.get(number=13)

    assert url_of(goal, "de") in hits(search(query, "de"))


@on_postgresql
def test_postgresql_finds_other_forms_of_a_word(search):
    partnership = ProjectPartnershipFactory(
        description_de="Die Städtepartnerschaften Dortmunds.",
        description_en="Dortmund's partner cities meet.",
    )

    assert hits(search("Städtepartnerschaft", "de")) == [url_of(partnership, "de")]
    assert hits(search("meeting city", "en")) == [url_of(partnership, "en")]


@on_postgresql
def test_postgresql_understands_phrases_or_and_exclusions(search):
    kumasi = ProjectPartnershipFactory(
        title_en="Kumasi", description_en="A climate partnership with Kumasi."
    )
    dabola = ProjectPartnershipFactory(
        title_en="Dabola", description_en="A partnership on climate with Dabola."
    )

    assert hits(search('"climate partnership"', "en")) == [url_of(kumasi, "en")]
    excluding = hits(search("climate -Dabola", "en"))
    assert url_of(kumasi, "en") in excluding
    assert url_of(dabola, "en") not in excluding
    assert set(hits(search("Kumasi or Dabola", "en"))) == {
        url_of(kumasi, "en"),
        url_of(dabola, "en"),
    }


@on_postgresql
def test_postgresql_ranks_a_match_in_the_title_first(search):
    in_text = ProjectPartnershipFactory(
        title_de="Innovationspartnerschaft", description_de="Auch mit Kumasi im Austausch."
    )
    in_title = ProjectPartnershipFactory(title_de="Klimapartnerschaft mit Kumasi")

    assert hits(search("Kumasi", "de")) == [url_of(in_title, "de"), url_of(in_text, "de")]


@on_sqlite
def test_sqlite_finds_parts_of_words(search):
    partnership = ProjectPartnershipFactory(description_de="Die Städtepartnerschaften Dortmunds.")

    response = search("partnerschaft", "de")

    assert url_of(partnership, "de") in hits(response)
    assert "Städte<mark>partnerschaft</mark>en" in response.text


@on_sqlite
def test_sqlite_ranks_a_match_in_the_title_first(search):
    in_text = ProjectPartnershipFactory(
        title_de="Innovationspartnerschaft", description_de="Auch mit Kumasi im Austausch."
    )
    in_title = ProjectPartnershipFactory(title_de="Klimapartnerschaft mit Kumasi")

    assert hits(search("Kumasi", "de")) == [url_of(in_title, "de"), url_of(in_text, "de")]
