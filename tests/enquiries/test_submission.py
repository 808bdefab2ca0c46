"""The public enquiry form: a submission is stored first, acknowledged with its reference
number, and mailed to the sender and the office."""

import re
import uuid
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from ina_portal.features.enquiries.models import Enquiry, EnquiryStatus, ReferenceCounter
from ina_portal.features.outbox.models import MailStatus, OutgoingMail
from sdg.models import Goal
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db

FORM_PATHS = {"de": "/de/anfrage/", "en": "/en/enquiry/"}
BROKEN_MAILERS = {"default": {"BACKEND": "tests.pages.broken_mail.BrokenEmailBackend"}}
WORKING_MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def form_data(**changes):
    data = {
        "token": str(uuid.uuid4()),
        "kind": "twin_city",
        "organisation": "Mairie de Rouen",
        "organisation_type": "municipality",
        "city": "Rouen",
        "country": "FR",
        "contact_person": "Camille Martin",
        "email": "camille.martin@example.fr",
        "phone": "+33 2 35 08 69 00",
        "date_from": "",
        "date_to": "",
        "message": "Rouen would like to explore a town twinning with Dortmund.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def send(client, language="en", **changes):
    return client.post(FORM_PATHS[language], form_data(**changes))


def token_in(html):
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Anfrage senden"), ("en", "Send an enquiry")],
)
def test_form_is_offered_in_both_languages_with_a_link_to_the_privacy_notice(
    client, language, heading
):
    response = client.get(FORM_PATHS[language])

    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.text
    assert 'enctype="multipart/form-data"' in response.text
    privacy = "/de/datenschutz/" if language == "de" else "/en/privacy/"
    assert f'href="{privacy}"' in response.text
    assert 'name="consent"' in response.text


def test_form_offers_the_topics_and_the_seventeen_goals(client):
    TopicFactory(name_en="Climate protection")

    response = client.get("/en/enquiry/")

    assert "Climate protection" in response.text
    assert response.text.count('name="goals"') == 17
    assert "13. " in response.text


def test_valid_enquiry_is_stored_and_acknowledged_with_its_reference_in_english(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.INA_OFFICE_EMAIL = "ina@example.org"
    climate = TopicFactory(name_en="Climate protection")
    year = timezone.localdate().year

    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, topics=[climate.pk], goals=[Goal.objects.get(number=13).pk])

    enquiry = Enquiry.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/enquiry/sent/{enquiry.access_token}/"
    assert enquiry.reference == f"INA-{year}-00001"
    assert (enquiry.organisation, enquiry.city, enquiry.country.code) == (
        "Mairie de Rouen",
        "Rouen",
        "FR",
    )
    assert (enquiry.language, enquiry.status) == ("en", EnquiryStatus.RECEIVED)
    assert list(enquiry.topics.all()) == [climate]
    assert [goal.number for goal in enquiry.goals.all()] == [13]
    assert enquiry.consent_at is not None
    assert [change.status_to for change in enquiry.status_changes.all()] == ["received"]

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Thank you, we have received your enquiry" in confirmation.text
    assert f'<strong class="reference">INA-{year}-00001</strong>' in confirmation.text
    assert "private" in confirmation["Cache-Control"]

    to_sender, to_office = mailoutbox
    assert to_sender.to == ["camille.martin@example.fr"]
    assert to_sender.subject == f"Your enquiry INA-{year}-00001 to the City of Dortmund"
    assert "Dear Camille Martin," in to_sender.body
    assert f"Its reference number is INA-{year}-00001." in to_sender.body
    assert to_sender.reply_to == ["ina@example.org"]
    assert to_office.to == ["ina@example.org"]
    assert to_office.reply_to == ["camille.martin@example.fr"]
    assert to_office.subject == (
        f"Neue Anfrage INA-{year}-00001: Anfrage zu einer Städtepartnerschaft "
        "von Mairie de Rouen, Rouen"
    )
    assert "Rouen would like to explore a town twinning" in to_office.body
    assert f"/admin/enquiries/enquiry/{enquiry.pk}/change/" in to_office.body
    assert set(OutgoingMail.objects.values_list("status", flat=True)) == {MailStatus.SENT}


def test_german_sender_is_answered_in_german(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, "de", contact_person="Jana Nowak")

    enquiry = Enquiry.objects.get()
    assert response["Location"] == f"/de/anfrage/gesendet/{enquiry.access_token}/"
    confirmation = client.get(response["Location"])
    assert "Vielen Dank, wir haben Ihre Anfrage erhalten" in confirmation.text
    assert enquiry.reference in confirmation.text
    assert enquiry.language == "de"
    to_sender = mailoutbox[0]
    assert to_sender.subject == f"Ihre Anfrage {enquiry.reference} an die Stadt Dortmund"
    assert "Guten Tag Jana Nowak," in to_sender.body


def test_two_quick_submissions_get_distinct_consecutive_reference_numbers(client):
    year = timezone.localdate().year

    send(client)
    send(client, organisation="Gemeente Zwolle", city="Zwolle", country="NL")

    assert list(Enquiry.objects.order_by("pk").values_list("reference", flat=True)) == [
        f"INA-{year}-00001",
        f"INA-{year}-00002",
    ]
    assert ReferenceCounter.objects.get(year=year).last_number == 2


def test_reference_numbers_start_again_each_year(client):
    year = timezone.localdate().year
    ReferenceCounter.objects.create(year=year - 1, last_number=41)

    send(client)

    assert Enquiry.objects.get().reference == f"INA-{year}-00001"


def test_sending_the_same_form_twice_stores_one_enquiry(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    data = form_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post("/en/enquiry/", data)
        second = client.post("/en/enquiry/", data)

    assert Enquiry.objects.count() == 1
    assert second.status_code == 302
    assert second["Location"] == first["Location"]
    assert len(mailoutbox) == 2


def test_resending_after_the_back_button_finds_the_enquiry_even_if_the_form_changed(client):
    data = form_data()
    first = client.post("/en/enquiry/", data)

    again = client.post("/en/enquiry/", {**data, "message": "Edited after going back."})

    assert again["Location"] == first["Location"]
    assert Enquiry.objects.get().message == data["message"]


def test_every_rendering_of_the_form_has_its_own_token(client):
    first = token_in(client.get("/en/enquiry/").text)
    second = token_in(client.get("/en/enquiry/").text)

    assert first != second
    uuid.UUID(first)


def test_form_page_is_never_cached_for_first_time_or_repeat_visitors(settings):
    settings.PAGE_CACHE_SECONDS = 300
    reader = Client(enforce_csrf_checks=True)

    first_visit = reader.get("/en/enquiry/")
    repeat_visit = reader.get("/en/enquiry/")
    someone_else = Client(enforce_csrf_checks=True).get("/en/enquiry/")

    assert settings.CSRF_COOKIE_NAME in first_visit.cookies
    for response in (first_visit, repeat_visit, someone_else):
        assert "no-store" in response["Cache-Control"]
    assert token_in(repeat_visit.text) != token_in(first_visit.text)
    assert token_in(someone_else.text) not in {
        token_in(first_visit.text),
        token_in(repeat_visit.text),
    }
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', repeat_visit.text).group(1)
    response = reader.post(
        "/en/enquiry/",
        form_data(token=token_in(repeat_visit.text), csrfmiddlewaretoken=csrf),
    )
    assert response.status_code == 302


def test_confirmation_page_needs_the_token_of_its_own_enquiry(client):
    send(client)

    assert client.get("/en/enquiry/sent/not-the-token/").status_code == 404
    assert client.get("/en/enquiry/sent/" + "x" * 32 + "/").status_code == 404


def test_failing_mail_server_keeps_the_enquiry_and_send_pending_mail_sends_it_later(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.MAILERS = BROKEN_MAILERS

    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    enquiry = Enquiry.objects.get()
    confirmation, notification = OutgoingMail.objects.order_by("pk")
    # The first mail failed; the second was not tried: the reader waited for one timeout.
    assert (confirmation.status, confirmation.attempts) == (MailStatus.PENDING, 1)
    assert confirmation.next_attempt_at > timezone.now()
    assert "Connection refused" in confirmation.last_error
    assert (notification.status, notification.attempts) == (MailStatus.PENDING, 0)
    assert confirmation.about == notification.about == f"enquiries.enquiry:{enquiry.pk}"
    assert mailoutbox == []

    settings.MAILERS = WORKING_MAILERS
    call_command("send_pending_mail", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [[settings.INA_OFFICE_EMAIL]]

    # Once the pause after the failure is over, the confirmation goes out too.
    OutgoingMail.objects.filter(pk=confirmation.pk).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    call_command("send_pending_mail", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [
        [settings.INA_OFFICE_EMAIL],
        ["camille.martin@example.fr"],
    ]
    confirmation.refresh_from_db()
    assert (confirmation.status, confirmation.attempts) == (MailStatus.SENT, 2)

    call_command("send_pending_mail", stdout=StringIO())
    assert len(mail.outbox) == 2


def test_a_failure_while_sending_after_the_commit_still_acknowledges_the_stored_enquiry(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    def database_gone(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    # Not "nothing was sent, try again" (503): the enquiry is stored, its mails wait.
    monkeypatch.setattr("ina_portal.features.outbox.services.mail_claim", database_gone)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = send(client)

    assert len(callbacks) == 1
    assert response.status_code == 302
    assert response["Location"] == Enquiry.objects.get().get_confirmation_url()
    assert [(m.status, m.attempts) for m in OutgoingMail.objects.all()] == [
        (MailStatus.PENDING, 0),
        (MailStatus.PENDING, 0),
    ]
