import logging
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from ina_portal.features.outbox.models import MailStatus, OutgoingMail
from ina_portal.features.pages.models import Feedback
from tests.factories import AccessibilityStatementFactory, TwinCityFactory

pytestmark = pytest.mark.django_db

BROKEN_MAILERS = {"default": {"BACKEND": "tests.pages.broken_mail.BrokenEmailBackend"}}

FORM = {
    "name": "Erika Mustermann",
    "email": "erika@example.org",
    "message": "Die Karte der Partnerstädte lässt sich nicht mit der Tastatur bedienen.",
    "website": "",
}


def send(client, path="/de/barrierefreiheit/", **changes):
    return client.post(path, {**FORM, **changes})


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_feedback_is_stored_and_emailed_to_the_office(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.INA_OFFICE_EMAIL = "ina@example.org"

    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)

    assert response.status_code == 302
    assert response["Location"] == "/de/barrierefreiheit/danke/"
    feedback = Feedback.objects.get()
    assert (feedback.name, feedback.email, feedback.language) == (
        "Erika Mustermann",
        "erika@example.org",
        "de",
    )
    assert feedback.mail_sent
    [mail] = mailoutbox
    assert mail.to == ["ina@example.org"]
    assert mail.reply_to == ["erika@example.org"]
    assert mail.subject == "Rückmeldung zur Barrierefreiheit des INA-Portals"
    assert FORM["message"] in mail.body
    assert "Erika Mustermann" in mail.body


def test_feedback_mail_goes_out_only_after_the_submission_is_committed(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        send(client)
        assert mailoutbox == []

    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1


def test_anonymous_feedback_needs_only_a_message(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, "/en/accessibility/", name="", email="")

    assert response["Location"] == "/en/accessibility/thank-you/"
    feedback = Feedback.objects.get()
    assert (feedback.name, feedback.email, feedback.language) == ("", "", "en")
    assert mailoutbox[0].reply_to == []


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/de/barrierefreiheit/", "Vielen Dank für Ihre Rückmeldung"),
        ("/en/accessibility/", "Thank you for your feedback"),
    ],
)
def test_reader_sees_a_confirmation_in_their_language(client, path, heading):
    response = send(client, path, email="")
    confirmation = client.get(response["Location"])

    assert confirmation.status_code == 200
    assert f"<h1>{heading}</h1>" in confirmation.text


def test_failing_mail_server_keeps_the_feedback_unsent_for_a_retry(
    client, settings, mailoutbox, caplog, django_capture_on_commit_callbacks
):
    settings.MAILERS = BROKEN_MAILERS

    with (
        caplog.at_level(logging.WARNING, logger="ina_portal.features.outbox.services"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(client)

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    feedback = Feedback.objects.get()
    assert not feedback.mail_sent
    assert feedback.message == FORM["message"]
    mail = OutgoingMail.objects.get(about=f"pages.feedback:{feedback.pk}")
    assert (mail.status, mail.attempts) == (MailStatus.PENDING, 1)
    assert f"Mail {mail.pk} failed" in caplog.text
    assert mailoutbox == []


def test_unsent_feedback_can_be_sent_again_once_the_mail_server_is_back(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.MAILERS = BROKEN_MAILERS
    with django_capture_on_commit_callbacks(execute=True):
        send(client)
    feedback = Feedback.objects.get(mail_sent=False)

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    OutgoingMail.objects.update(next_attempt_at=timezone.now())
    call_command("send_pending_mail", stdout=StringIO())

    feedback.refresh_from_db()
    assert feedback.mail_sent
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/de/barrierefreiheit/",
            "Ihre Nachricht wurde nicht gesendet, weil ein Feld ausgefüllt wurde, das leer "
            "bleiben soll.",
        ),
        (
            "/en/accessibility/",
            "Your message was not sent because a field meant to stay empty was filled in.",
        ),
    ],
)
def test_filled_in_trap_field_is_refused_with_a_message_and_nothing_stored(
    client, mailoutbox, django_capture_on_commit_callbacks, path, message
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, path, website="https://spam.example")

    assert response.status_code == 200
    assert message in response.text
    assert FORM["message"] in response.text
    assert not Feedback.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("path", "error"),
    [
        (
            "/de/barrierefreiheit/",
            "Bitte sicherstellen, dass der Wert aus höchstens 5000 Zeichen besteht. "
            "(Er besteht aus 5001 Zeichen.)",
        ),
        (
            "/en/accessibility/",
            "Ensure this value has at most 5000 characters (it has 5001).",
        ),
    ],
)
def test_too_long_message_is_refused_in_the_readers_language_and_kept(
    client, mailoutbox, path, error
):
    too_long = "Barriere " * 555 + "Ende!!"
    assert len(too_long) == 5001

    response = send(client, path, message=too_long)

    assert response.status_code == 200
    assert error in response.text
    assert f">\n{too_long}</textarea>" in response.text
    assert 'aria-invalid="true"' in response.text
    assert 'href="#id_message"' in response.text
    assert not Feedback.objects.exists()
    assert mailoutbox == []


def test_empty_message_and_bad_address_are_refused_with_the_name_kept(client):
    response = send(client, "/en/accessibility/", message="", email="not-an-address")

    assert "This field is required." in response.text
    assert "Enter a valid email address." in response.text
    assert 'value="Erika Mustermann"' in response.text
    assert "<title>Accessibility statement (message not sent)" in response.text
    assert not Feedback.objects.exists()


def test_too_long_name_is_refused(client):
    response = send(client, "/en/accessibility/", name="x" * 101)

    assert "Ensure this value has at most 100 characters (it has 101)." in response.text
    assert not Feedback.objects.exists()


def test_form_page_works_for_a_first_and_a_second_anonymous_visitor():
    AccessibilityStatementFactory()
    tokens = []
    for _visitor in range(2):
        reader = Client(enforce_csrf_checks=True)
        page = reader.get("/en/accessibility/")
        assert page.cookies, "every reader gets their own CSRF cookie"
        assert "no-store" in page["Cache-Control"]
        tokens.append(csrf_token(page.text))

        response = reader.post("/en/accessibility/", {**FORM, "csrfmiddlewaretoken": tokens[-1]})

        assert response.status_code == 302
    assert tokens[0] != tokens[1]
    assert Feedback.objects.count() == 2


def test_returning_visitor_with_a_csrf_cookie_gets_a_fresh_form_page_too(
    django_assert_num_queries,
):
    reader = Client(enforce_csrf_checks=True)
    reader.get("/de/barrierefreiheit/")

    # Rendered afresh (one query for the statement), not taken from the page cache.
    with django_assert_num_queries(1):
        page = reader.get("/de/barrierefreiheit/")

    response = reader.post(
        "/de/barrierefreiheit/", {**FORM, "csrfmiddlewaretoken": csrf_token(page.text)}
    )
    assert response.status_code == 302


def test_feedback_without_a_csrf_token_is_refused():
    reader = Client(enforce_csrf_checks=True)
    reader.get("/en/accessibility/")

    assert reader.post("/en/accessibility/", FORM).status_code == 403
    assert not Feedback.objects.exists()


def test_feedback_leaves_the_cached_pages_in_place(client, django_assert_num_queries):
    TwinCityFactory()
    client.get("/de/staedtepartnerschaften/")

    send(client)

    with django_assert_num_queries(0):
        client.get("/de/staedtepartnerschaften/")


def test_one_message_too_many_from_one_address_is_refused_kept_and_not_stored(
    client, settings, mailoutbox
):
    settings.FEEDBACK_RATE_LIMIT = 2
    for _n in range(2):
        assert send(client).status_code == 302

    response = send(client, message="Noch ein Hinweis zur Karte.")

    assert response.status_code == 429
    assert "innerhalb der letzten Stunde mehrere Nachrichten" in response.text
    assert "Noch ein Hinweis zur Karte." in response.text
    assert Feedback.objects.count() == 2
    # Another address may still write.
    other = send(Client(REMOTE_ADDR="198.51.100.7"), message="Von woanders.")
    assert other.status_code == 302
    assert Feedback.objects.count() == 3


def test_e_mailed_feedback_is_deleted_after_the_retention_period_unsent_stays(settings):
    settings.FEEDBACK_RETENTION_MONTHS = 24
    now = timezone.now()
    old_sent = Feedback.objects.create(message="Alt und verschickt", language="de", mail_sent=True)
    old_unsent = Feedback.objects.create(message="Alt, nie verschickt", language="de")
    recent = Feedback.objects.create(message="Neu", language="de", mail_sent=True)
    Feedback.objects.filter(pk__in=[old_sent.pk, old_unsent.pk]).update(
        received_at=now - timedelta(days=2 * 365 + 10)
    )
    Feedback.objects.filter(pk=recent.pk).update(received_at=now - timedelta(days=300))
    output = StringIO()

    call_command("delete_old_feedback", stdout=output)

    assert set(Feedback.objects.values_list("message", flat=True)) == {
        "Alt, nie verschickt",
        "Neu",
    }
    assert output.getvalue().strip() == "1 feedback messages deleted."
