"""A reader reports a barrier through the accessibility statement's form, in a real browser."""

from urllib.parse import urlsplit

from django.core import mail
from playwright.sync_api import expect

from ina_portal.features.pages.models import Feedback
from tests.browser.test_accessibility import AXE, AXE_TAGS, RUN_AXE, format_violation
from tests.factories import AccessibilityStatementFactory


def axe_violations(page):
    return [format_violation(violation) for violation in page.evaluate(RUN_AXE, AXE_TAGS)]


def test_reader_reports_a_barrier_with_the_keyboard_and_gets_a_confirmation(new_page):
    AccessibilityStatementFactory()
    page = new_page(locale="en-GB")
    page.context.add_init_script(path=AXE)

    page.goto("/en/")
    page.get_by_role("navigation", name="Legal information").get_by_role(
        "link", name="Accessibility statement"
    ).click()
    page.get_by_label("Your message").focus()
    page.keyboard.type("The partner map cannot be used with a keyboard.")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send message")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    assert urlsplit(page.url).path == "/en/accessibility/thank-you/"
    assert axe_violations(page) == []
    feedback = Feedback.objects.get()
    assert feedback.message == "The partner map cannot be used with a keyboard."
    assert feedback.mail_sent
    assert len(mail.outbox) == 1
    page.log.assert_clean()


def test_german_reader_sees_what_to_correct_and_keeps_their_text(new_page):
    page = new_page(locale="de-DE")
    page.context.add_init_script(path=AXE)

    page.goto("/de/barrierefreiheit/")
    page.get_by_label("Name (freiwillig)").fill("Erika Mustermann")
    page.get_by_label("E-Mail-Adresse (freiwillig)").fill("erika@example")
    page.get_by_label("Ihre Nachricht").fill("Der Kontrast der Fußzeile ist zu gering.")
    page.get_by_role("button", name="Nachricht senden").click()

    expect(page.get_by_role("alert")).to_contain_text("Ihre Nachricht wurde nicht gesendet.")
    expect(page.get_by_label("Ihre Nachricht")).to_have_value(
        "Der Kontrast der Fußzeile ist zu gering."
    )
    expect(page.get_by_label("E-Mail-Adresse (freiwillig)")).to_have_attribute(
        "aria-invalid", "true"
    )
    assert axe_violations(page) == []
    assert not Feedback.objects.exists()
    page.log.assert_clean()
