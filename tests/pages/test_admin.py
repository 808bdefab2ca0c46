import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ina_portal.features.pages.models import AccessibilityStatement, Feedback, LegalPageKind
from tests.factories import AccessibilityStatementFactory, LegalPageFactory

pytestmark = pytest.mark.django_db


def statement_form(**overrides):
    data = {
        "introduction_de": "Die Stadt Dortmund ist bemüht, das Portal barrierefrei zu machen.",
        "introduction_en": "",
        "compliance_status": "partial",
        "compliance_note_de": "",
        "compliance_note_en": "",
        "prepared_on": "2026-11-20",
        "reviewed_on": "2026-11-20",
        "method": "self",
        "method_note_de": "",
        "method_note_en": "",
        "feedback_contact_de": "Büro für Internationale Beziehungen",
        "feedback_contact_en": "",
        "feedback_email": "international@example.org",
        "feedback_phone": "",
        "enforcement_de": "Ombudsstelle für barrierefreie Informationstechnik NRW",
        "enforcement_en": "",
        "enforcement_url": "",
        "non_accessible_content-TOTAL_FORMS": "1",
        "non_accessible_content-INITIAL_FORMS": "0",
        "non_accessible_content-0-content_de": "Keine Videos in Gebärdensprache.",
        "non_accessible_content-0-content_en": "",
        "non_accessible_content-0-reason": "non_compliance",
        "non_accessible_content-0-alternative_de": "Rufen Sie uns an.",
        "non_accessible_content-0-alternative_en": "",
        "non_accessible_content-0-position": "0",
    }
    data.update(overrides)
    return data


def test_editor_writes_the_accessibility_statement_with_its_non_accessible_content(admin_client):
    response = admin_client.post(
        reverse("admin:pages_accessibilitystatement_add"), statement_form()
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    statement = AccessibilityStatement.objects.get()
    assert statement.non_accessible_content.get().alternative_de == "Rufen Sie uns an."


def test_admin_offers_no_second_accessibility_statement(admin_client):
    AccessibilityStatementFactory()

    changelist = admin_client.get(reverse("admin:pages_accessibilitystatement_changelist"))

    assert reverse("admin:pages_accessibilitystatement_add") not in changelist.text
    add = admin_client.get(reverse("admin:pages_accessibilitystatement_add"))
    assert add.status_code == 403


def test_a_second_statement_is_refused_by_validation_too():
    AccessibilityStatementFactory()

    with pytest.raises(ValidationError, match="Es gibt bereits eine Erklärung"):
        AccessibilityStatementFactory.build().full_clean()


def test_statement_cannot_be_reviewed_before_it_was_prepared(admin_client):
    response = admin_client.post(
        reverse("admin:pages_accessibilitystatement_add"),
        statement_form(prepared_on="2026-11-20", reviewed_on="2026-11-01"),
    )

    assert response.status_code == 200
    assert "reviewed_on" in response.context["adminform"].form.errors
    assert not AccessibilityStatement.objects.exists()


def test_admin_offers_a_new_legal_page_only_while_a_kind_is_missing(admin_client):
    add = reverse("admin:pages_legalpage_add")
    LegalPageFactory(kind=LegalPageKind.IMPRINT)

    assert admin_client.get(add).status_code == 200

    LegalPageFactory(kind=LegalPageKind.PRIVACY)

    assert admin_client.get(add).status_code == 403


def test_editor_edits_the_imprint_and_the_change_shows_at_once(admin_client, client):
    page = LegalPageFactory()
    client.get("/de/impressum/")

    response = admin_client.post(
        reverse("admin:pages_legalpage_change", args=[page.pk]),
        {
            "kind": "imprint",
            "title_de": "Impressum",
            "title_en": "Imprint",
            "body_de": "## Herausgeberin\n\nStadt Dortmund, neu",
            "body_en": "",
            "last_updated": "2026-11-21",
            "authority_de": "Stadt Dortmund",
            "representative_de": "Der Oberbürgermeister",
            "address_de": "Friedensplatz 1\n44135 Dortmund",
            "email": "international@stadtdo.example",
            "phone": "0231 0000-0",
        },
    )

    assert response.status_code == 302
    assert "Stadt Dortmund, neu" in client.get("/de/impressum/").text


def test_feedback_is_listed_for_staff_and_cannot_be_added_by_hand(admin_client):
    Feedback.objects.create(message="Kontrast zu gering", language="de")

    changelist = admin_client.get(reverse("admin:pages_feedback_changelist"))

    assert "Kontrast zu gering" in changelist.text
    assert admin_client.get(reverse("admin:pages_feedback_add")).status_code == 403
