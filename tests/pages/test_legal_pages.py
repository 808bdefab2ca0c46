import re
from datetime import date, timedelta

import pytest

from ina_portal.features.pages.models import ComplianceStatus, LegalPageKind, NonAccessibleReason
from tests.factories import (
    AccessibilityStatementFactory,
    LegalPageFactory,
    NonAccessibleContentFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db


def headings(html, level):
    return re.findall(rf"<h{level}[^>]*>(.*?)</h{level}>", html)


@pytest.mark.parametrize(
    ("name", "language", "path"),
    [
        ("imprint", "de", "/de/impressum/"),
        ("imprint", "en", "/en/imprint/"),
        ("privacy", "de", "/de/datenschutz/"),
        ("privacy", "en", "/en/privacy/"),
        ("accessibility", "de", "/de/barrierefreiheit/"),
        ("accessibility", "en", "/en/accessibility/"),
    ],
)
def test_legal_pages_keep_their_addresses_and_are_linked_from_every_footer(
    client, name, language, path
):
    assert url(f"pages:{name}", language) == path
    assert f'href="{path}"' in client.get(f"/{language}/").text


def test_imprint_shows_its_record_in_german_with_headings_and_line_breaks(client):
    LegalPageFactory(
        body_de=(
            "<h2>Herausgeberin</h2><p>Stadt Dortmund<br>Friedensplatz 1</p>"
            "<h2>Aufsicht</h2><p>Arnsberg</p>"
        ),
        last_updated=date(2026, 11, 20),
    )

    response = client.get("/de/impressum/")

    assert response.status_code == 200
    assert "<title>Impressum – " in response.text
    assert "<h1>Impressum</h1>" in response.text
    assert headings(response.text, 2) == ["Herausgeberin", "Aufsicht"]
    assert "<p>Stadt Dortmund<br>Friedensplatz 1</p>" in response.text
    assert "Zuletzt aktualisiert:" in response.text
    assert "20. November 2026" in response.text


def test_imprint_shows_its_record_in_english(client):
    LegalPageFactory(body_en="<h2>Publisher</h2><p>City of Dortmund</p>")

    response = client.get("/en/imprint/")

    assert "<h1>Imprint</h1>" in response.text
    assert "<h2>Publisher</h2>" in response.text
    assert "<p>City of Dortmund</p>" in response.text
    assert "Last updated:" in response.text


def test_privacy_notice_shows_its_own_record(client):
    LegalPageFactory(
        kind=LegalPageKind.PRIVACY, title_en="Privacy notice", body_en="<p>No tracking.</p>"
    )
    LegalPageFactory(kind=LegalPageKind.IMPRINT, body_en="<p>Publisher.</p>")

    response = client.get("/en/privacy/")

    assert "<h1>Privacy notice</h1>" in response.text
    assert "<p>No tracking.</p>" in response.text
    assert "Publisher." not in response.text


def test_legal_page_keeps_its_links_and_loses_scripts(client):
    LegalPageFactory(
        body_en=(
            '<p>Write to <a href="mailto:office@example.org">office@example.org</a>.</p>'
            "<script>alert(1)</script>"
        )
    )

    response = client.get("/en/imprint/")

    assert '<a href="mailto:office@example.org">office@example.org</a>' in response.text
    assert "alert(1)" not in response.text


def test_english_legal_page_without_english_text_shows_german_marked_as_german(client):
    LegalPageFactory(title_en="", body_en="", body_de="<p>Nur auf Deutsch.</p>")

    response = client.get("/en/imprint/")

    assert '<h1 lang="de">Impressum</h1>' in response.text
    assert '<div lang="de">' in response.text


@pytest.mark.parametrize(
    ("path", "heading", "notice"),
    [
        ("/de/impressum/", "Impressum", "Diese Seite wird gerade erstellt."),
        ("/en/imprint/", "Imprint", "This page is being prepared."),
        (
            "/de/barrierefreiheit/",
            "Erklärung zur Barrierefreiheit",
            "Die Erklärung zur Barrierefreiheit dieser Website wird gerade erstellt.",
        ),
        (
            "/en/accessibility/",
            "Accessibility statement",
            "The accessibility statement for this website is being prepared.",
        ),
    ],
)
def test_legal_pages_without_records_show_a_translated_placeholder(client, path, heading, notice):
    response = client.get(path)

    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.text
    assert notice in response.text
    assert "Friedensplatz 1" in response.text


EU_MODEL_HEADINGS = {
    "de": [
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung zur Barrierefreiheit",
        "Feedback und Kontaktangaben",
        "Durchsetzungsverfahren",
    ],
    "en": [
        "Compliance status",
        "Non-accessible content",
        "Preparation of this accessibility statement",
        "Feedback and contact information",
        "Enforcement procedure",
    ],
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_accessibility_statement_follows_the_eu_model_structure(client, language):
    NonAccessibleContentFactory()

    response = client.get(url("pages:accessibility", language))

    assert response.status_code == 200
    assert headings(response.text, 2) == EU_MODEL_HEADINGS[language]


def test_accessibility_statement_shows_every_part_in_english(client):
    statement = AccessibilityStatementFactory(
        prepared_on=date(2026, 9, 1),
        reviewed_on=date(2026, 11, 20),
        enforcement_url="https://example.org/ombuds",
    )
    NonAccessibleContentFactory(statement=statement, content_en="No sign language videos.")
    NonAccessibleContentFactory(
        statement=statement,
        reason=NonAccessibleReason.OUT_OF_SCOPE,
        content_en="Partner websites.",
        alternative_en="",
    )

    text = client.get("/en/accessibility/").text

    assert "The City of Dortmund strives to make this portal accessible." in text
    assert "This website is partially compliant" in text
    assert headings(text, 3)[:2] == [
        "Non-compliance with the accessibility requirements",
        "Content not within the scope of the applicable legislation",
    ]
    assert "No sign language videos." in text
    assert "<strong>Accessible alternative:</strong> <span>Call us.</span>" in text
    assert "This statement was prepared on Sept. 1, 2026." in text
    assert "Method used: self-assessment." in text
    assert "The statement was last reviewed on Nov. 20, 2026." in text
    assert "Automated check of every page." in text
    assert '<a href="mailto:barrierefreiheit@example.org">' in text
    assert '<a href="tel:+49231123456">+49 231 123456</a>' in text
    assert "Turn to the ombuds office." in text
    assert '<a href="https://example.org/ombuds">' in text


def test_accessibility_statement_speaks_german(client):
    NonAccessibleContentFactory(statement__prepared_on=date(2026, 9, 1))

    text = client.get("/de/barrierefreiheit/").text

    assert "Die Stadt Dortmund ist bemüht" in text
    assert "teilweise vereinbar" in text
    assert "Es gibt keine Videos in Gebärdensprache." in text
    assert "Diese Erklärung wurde am 1. September 2026 erstellt." in text
    assert "Selbstbewertung" in text


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        (ComplianceStatus.FULL, "This website is fully compliant"),
        (ComplianceStatus.PARTIAL, "This website is partially compliant"),
        (ComplianceStatus.NOT, "This website is not compliant"),
    ],
)
def test_accessibility_statement_states_its_compliance_status(client, status, sentence):
    AccessibilityStatementFactory(compliance_status=status)

    assert sentence in client.get("/en/accessibility/").text


def test_statement_without_non_accessible_content_says_so(client):
    AccessibilityStatementFactory(compliance_status=ComplianceStatus.FULL)

    text = client.get("/en/accessibility/").text

    assert "We know of no content on this website that is not accessible." in text


def test_untranslated_statement_parts_are_marked_as_german(client):
    NonAccessibleContentFactory(content_en="", statement__enforcement_en="")

    text = client.get("/en/accessibility/").text

    assert '<div lang="de"><p>Es gibt keine Videos in Gebärdensprache.</p></div>' in text
    assert '<div lang="de"><p>Wenden Sie sich an die Ombudsstelle.</p></div>' in text


@pytest.mark.parametrize("size", [3, 50])
def test_accessibility_statement_runs_the_same_queries_whatever_its_length(
    client, django_assert_num_queries, size
):
    statement = AccessibilityStatementFactory()
    NonAccessibleContentFactory.create_batch(size, statement=statement)

    with django_assert_num_queries(2):
        response = client.get("/en/accessibility/")

    assert response.text.count("There are no videos in sign language.") == size


def test_demo_imprint_shows_email_and_telephone_and_privacy_names_dpo_and_ldi(client):
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)

    imprint = client.get("/en/imprint/").text
    privacy = client.get("/de/datenschutz/").text

    assert 'href="mailto:international@stadtdo.example"' in imprint
    assert 'href="tel:02310000' in imprint
    assert "Demo" not in imprint
    assert "Datenschutzbeauftragte der Stadt Dortmund" in privacy
    assert "datenschutz@stadtdo.example" in privacy
    assert (
        "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen" in privacy
    )


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("de", "Nach 3 Fehlversuchen ist der Benutzername von dieser Adresse aus für 2 Stunden"),
        ("en", "After 3 failed attempts the user name is locked from that address for 2 hours"),
    ],
)
def test_the_privacy_notice_states_the_sign_in_lockout_as_configured(
    client, settings, language, says
):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = timedelta(hours=2)

    html = client.get(url("pages:privacy", language)).text

    assert says in " ".join(html.split())
