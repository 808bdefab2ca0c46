import re

import polib
import pytest
from django.conf import settings

from tests.factories import ProjectPartnershipFactory, TopicFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("en-GB,en;q=0.9", "/en/"), ("de-DE,de;q=0.9", "/de/"), ("fr-FR", "/de/"), ("", "/de/")],
)
def test_root_sends_the_visitor_to_their_language(client, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize(("path", "language"), [("/de/", "de"), ("/en/", "en")])
def test_home_page_declares_its_language(client, path, language):
    response = client.get(path)

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.text


def test_home_page_titles_are_translated(client):
    assert "<title>Startseite – Büro für Internationale Beziehungen" in client.get("/de/").text
    assert "<title>Home – Office for International Relations" in client.get("/en/").text


def test_home_page_shows_what_the_office_does_and_the_latest_items(client):
    TwinCityFactory(city__name_en="Amiens")
    ProjectPartnershipFactory(title_en="Climate partnership with Kumasi")

    response = client.get("/en/")

    assert "Dortmund in the world" in response.text
    assert "Amiens" in response.text
    assert "Climate partnership with Kumasi" in response.text


def language_switch(html):
    nav = re.search(r'<nav class="language-switch".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav))


def test_language_switch_leads_to_the_same_twin_city_in_english(client):
    twin_city = TwinCityFactory(city__slug="leeds")

    response = client.get(f"/de/staedtepartnerschaften/{twin_city.city.slug}/")

    assert language_switch(response.text) == {"/en/twin-cities/leeds/": "en"}


def test_language_switch_keeps_the_filters(client):
    TopicFactory(slug="climate")

    response = client.get("/en/project-partnerships/?topic=climate&status=active")

    assert language_switch(response.text) == {
        "/de/projektpartnerschaften/?topic=climate&amp;status=active": "de"
    }


def test_language_switch_of_a_missing_record_leads_to_its_address_in_the_other_language(client):
    response = client.get("/en/twin-cities/nowhere/")

    assert response.status_code == 404
    assert language_switch(response.text) == {"/de/staedtepartnerschaften/nowhere/": "de"}


def test_language_switch_of_an_unknown_address_stays_on_it(client):
    response = client.get("/en/no-such-page/?q=1")

    assert response.status_code == 404
    assert language_switch(response.text) == {"/en/no-such-page/?q=1": "de"}


def test_every_page_names_its_alternate_languages(client):
    response = client.get("/en/imprint/")

    assert '<link rel="alternate" hreflang="de" href="http://testserver/de/impressum/">' in (
        response.text
    )
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/imprint/">' in (
        response.text
    )


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/de/impressum/", "Impressum"),
        ("/de/datenschutz/", "Datenschutzerklärung"),
        ("/de/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
        ("/en/imprint/", "Imprint"),
        ("/en/privacy/", "Privacy notice"),
        ("/en/accessibility/", "Accessibility statement"),
    ],
)
def test_footer_legal_pages_exist_in_both_languages(client, path, heading):
    response = client.get(path)

    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.text
    assert f'href="{path}"' in client.get("/" + path.split("/")[1] + "/").text


def test_every_interface_string_has_a_german_translation():
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale/de/LC_MESSAGES/django.po"))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []


def test_compiled_german_catalogue_matches_its_source():
    source = polib.pofile(str(settings.BASE_DIR / "locale/de/LC_MESSAGES/django.po"))
    compiled = polib.mofile(str(settings.BASE_DIR / "locale/de/LC_MESSAGES/django.mo"))

    def entries(catalogue):
        return {(entry.msgid, entry.msgstr or str(entry.msgstr_plural)) for entry in catalogue}

    assert entries(compiled) == entries(source.translated_entries())
