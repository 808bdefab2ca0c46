"""What the search finds: every kind of published content, in the reader's language, and
nothing that is not public."""

import pytest

from sdg.models import Goal
from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    NewsItemFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TopicFactory,
    TwinCityFactory,
    UnitFactory,
    VisitFactory,
    VisitReportFactory,
)

from .conftest import hits, url_of

pytestmark = pytest.mark.django_db

GERMAN, ENGLISH = "Wasserstoffbusse", "hydrogen"


def with_text(german, english):
    """Each kind of content, its German and English text containing the given words."""
    de = f"Dortmund berichtet über {german} im Alltag."
    en = f"Dortmund reports on {english} in everyday life."
    return {
        "twin-cities": lambda **kw: TwinCityFactory(story_de=de, story_en=en, **kw),
        "project-partnerships": lambda **kw: ProjectPartnershipFactory(
            description_de=de, description_en=en, **kw
        ),
        "networks": lambda **kw: NetworkFactory(description_de=de, description_en=en, **kw),
        "sdg-activities": lambda **kw: SdgActivityFactory(
            description_de=de, description_en=en, **kw
        ),
        "events": lambda **kw: EventFactory(description_de=de, description_en=en, **kw),
        "visits": lambda **kw: VisitReportFactory(text_de=de, text_en=en, **kw),
        "news": lambda **kw: NewsItemFactory(body_de=de, body_en=en, **kw),
        "people": lambda **kw: PersonFactory(function_de=de, function_en=en, **kw),
    }


KINDS = sorted(with_text("", ""))


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_content_is_found_by_its_german_text_in_german(search, kind):
    record = with_text(GERMAN, ENGLISH)[kind]()

    response = search(GERMAN, "de")

    assert hits(response) == [url_of(record, "de")]
    assert f'id="results-{kind}"' in response.text


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_content_is_found_by_its_english_text_in_english(search, kind):
    record = with_text(GERMAN, ENGLISH)[kind]()

    response = search(ENGLISH, "en")

    assert hits(response) == [url_of(record, "en")]
    assert f"<mark>{ENGLISH}</mark>" in response.text


@pytest.mark.parametrize("kind", KINDS)
def test_the_search_looks_at_the_readers_language_only(search, kind):
    with_text(GERMAN, ENGLISH)[kind]()

    assert hits(search(ENGLISH, "de")) == []
    assert hits(search(GERMAN, "en")) == []


@pytest.mark.parametrize("kind", KINDS)
def test_drafts_and_scheduled_records_are_never_found(search, kind):
    make = with_text(GERMAN, ENGLISH)[kind]
    make(draft=True)
    make(scheduled=True)

    assert hits(search(GERMAN, "de")) == []
    assert hits(search(ENGLISH, "en")) == []


def test_german_text_stands_in_for_missing_english_marked_as_german(search):
    partnership = ProjectPartnershipFactory(
        title_de="Wasserstoffpartnerschaft",
        title_en="",
        teaser_de="Gemeinsam für Wasserstoffbusse.",
        teaser_en="",
        description_en="",
    )

    response = search(GERMAN, "en")

    assert hits(response) == [url_of(partnership, "en")]
    assert f'<a href="{url_of(partnership, "en")}" lang="de">Wasserstoffpartnerschaft</a>' in (
        response.text
    )
    assert '<p class="search-hit__snippet" lang="de">' in response.text


def test_english_text_is_not_marked_as_german(search):
    ProjectPartnershipFactory(title_en="Hydrogen partnership", teaser_en="Buses on hydrogen.")

    response = search(ENGLISH, "en")

    assert 'lang="de"' not in response.text.split('<main id="main"')[1]


def test_twin_cities_are_found_by_their_city_name_in_both_languages(search):
    twin_city = TwinCityFactory(city__name_de="Rostow am Don", city__name_en="Rostov-on-Don")

    assert hits(search("Rostow", "de")) == [url_of(twin_city, "de")]
    assert hits(search("Rostov", "en")) == [url_of(twin_city, "en")]


def test_project_partnerships_are_found_by_their_partner_cities(search):
    partnership = ProjectPartnershipFactory(partner_cities=[CityFactory(name_de="Kumasi")])

    assert hits(search("Kumasi", "de")) == [url_of(partnership, "de")]


def test_networks_are_found_by_their_acronym(search):
    network = NetworkFactory(name_de="Kommunen für Nachhaltigkeit", acronym_de="ICLEI")

    assert hits(search("ICLEI", "de")) == [url_of(network, "de")]


def test_goals_are_found_by_their_titles_in_both_languages(search):
    goal = Goal.objects.get(number=13)

    assert url_of(goal, "de") in hits(search("Klimaschutz", "de"))
    assert url_of(goal, "en") in hits(search("climate action", "en"))
    assert "Ziel 13: Maßnahmen zum Klimaschutz" in search("Klimaschutz", "de").text


def test_visit_reports_are_found_by_their_guests(search):
    report = VisitReportFactory(visit=VisitFactory(visiting_party_de="Delegation aus Leeds"))

    assert hits(search("Leeds", "de")) == [url_of(report, "de")]


def test_people_are_found_by_name_unit_and_what_they_are_responsible_for(search):
    kumasi = ProjectPartnershipFactory(title_de="Klimapartnerschaft mit Kumasi")
    person = PersonFactory(
        first_name="Felicia",
        last_name="Schenkelberg",
        unit=UnitFactory(slug="environment", name_de="Stadtplanungsamt", is_office=False),
        project_partnerships=[kumasi],
        topics=[TopicFactory(name_de="Stadtbäume")],
    )
    team = url_of(person, "de")

    assert hits(search("Schenkelberg", "de")) == [team]
    assert hits(search("Felicia Schenkelberg", "de")) == [team]
    assert hits(search("Stadtplanungsamt", "de")) == [team]
    assert hits(search("Stadtbäume", "de")) == [team]
    assert hits(search("Kumasi", "de")) == [url_of(kumasi, "de"), team]
    assert "Klimapartnerschaft mit <mark>Kumasi</mark>" in search("Kumasi", "de").text


def test_a_person_is_not_found_through_a_responsibility_that_is_not_public(search):
    secret = ProjectPartnershipFactory(draft=True, title_de="Geheimprojekt Wasserstoff")
    PersonFactory(project_partnerships=[secret])

    assert hits(search("Geheimprojekt", "de")) == []


@pytest.mark.parametrize(
    "internal",
    ["Geheimzimmer", "Klingonisch", "Esperanto", "4711", "0815"],
)
def test_internal_contact_details_are_never_found(search, internal):
    PersonFactory()

    response = search(internal, "de")

    assert hits(response) == []


def test_internal_contact_details_are_never_shown_in_results(search):
    PersonFactory(last_name="Jänsch", function_de="Agenda 2030 und Nachhaltigkeit")

    response = search("Jänsch", "de")

    assert len(hits(response)) == 1
    for internal in ["Geheimzimmer", "Klingonisch", "0000-4711", "0000 0815"]:
        assert internal not in response.text


@pytest.mark.parametrize("internal", ["Allergien", "Sitzordnung", "Vertraulich", "(intern)"])
def test_internal_visit_details_are_never_found_nor_shown(search, internal):
    report = VisitReportFactory()

    assert hits(search(internal, "de")) == []
    shown = search(report.title_de, "de")
    assert hits(shown) == [url_of(report, "de")]
    assert internal not in shown.text


@pytest.mark.parametrize(
    "internal", ["Vertretung", "Arbeitsgruppe", "Jahresbericht", "Mitgliedsbeitrag"]
)
def test_internal_network_details_are_never_found_nor_shown(search, internal):
    network = NetworkFactory(
        name_de="Eurocities",
        representatives="Vertretung durch die Oberbürgermeisterin",
        working_groups="Arbeitsgruppe Kultur",
        reports_due="Jahresbericht im März; Mitgliedsbeitrag",
    )

    assert hits(search(internal, "de")) == []
    shown = search("Eurocities", "de")
    assert hits(shown) == [url_of(network, "de")]
    assert internal not in shown.text
