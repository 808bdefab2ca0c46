"""The outbox: mails are stored with the transaction that queues them, sent after it
commits, and retried with growing pauses by `send_pending_mail` while the server fails."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from ina_portal.features.outbox.models import MailStatus, OutgoingMail
from ina_portal.features.outbox.services import (
    MAX_ATTEMPTS,
    mail_claim,
    mail_deliver,
    mail_queue,
    mail_send_pending,
    pause_after,
)

pytestmark = pytest.mark.django_db

BROKEN_MAILERS = {"default": {"BACKEND": "tests.pages.broken_mail.BrokenEmailBackend"}}


def queue(**changes):
    return mail_queue(
        **{
            "to": ["office@example.org"],
            "subject": "Hello",
            "body": "A message.",
            "reply_to": ["reader@example.org"],
            **changes,
        }
    )


def run_command():
    out = StringIO()
    call_command("send_pending_mail", stdout=out, stderr=StringIO())
    return out.getvalue()


def make_due(mail):
    OutgoingMail.objects.filter(pk=mail.pk).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )


def test_queued_mail_is_sent_once_the_transaction_commits(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mail = queue()
        assert mailoutbox == []

    [sent] = mailoutbox
    assert (sent.to, sent.reply_to, sent.subject) == (
        ["office@example.org"],
        ["reader@example.org"],
        "Hello",
    )
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (MailStatus.SENT, 1)
    assert mail.sent_at is not None


def test_mail_of_a_rolled_back_transaction_is_neither_stored_nor_sent(
    mailoutbox, django_capture_on_commit_callbacks
):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                queue()
                raise RuntimeError("the enquiry could not be stored")
        except RuntimeError:
            pass

    assert not OutgoingMail.objects.exists()
    assert mailoutbox == []


def test_a_failure_while_sending_after_the_commit_leaves_the_mail_to_the_command(
    monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    def database_gone(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("ina_portal.features.outbox.services.mail_claim", database_gone)

    # The hook is robust: what was committed stays committed, nothing is raised.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        mail = queue()

    assert len(callbacks) == 1
    assert mailoutbox == []
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (MailStatus.PENDING, 0)


def test_line_breaks_in_a_subject_are_flattened():
    assert queue(subject="New enquiry\r\nBcc: spam@example.org").subject == (
        "New enquiry Bcc: spam@example.org"
    )


def test_failed_mail_waits_longer_after_each_failure_and_is_given_up_at_last(settings, mailoutbox):
    settings.MAILERS = BROKEN_MAILERS
    mail = queue(send_on_commit=False)
    pauses = []
    for _attempt in range(MAX_ATTEMPTS):
        make_due(mail)
        assert mail_claim(mail=mail)
        before = timezone.now()
        assert not mail_deliver(mail=mail)
        pauses.append(mail.next_attempt_at - before)

    assert pauses[0] >= timedelta(seconds=59)
    assert pauses[1] > pauses[0] and pauses[2] > pauses[1]
    assert max(pauses) <= pause_after(MAX_ATTEMPTS) + timedelta(seconds=1)
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (MailStatus.FAILED, MAX_ATTEMPTS)
    make_due(mail)
    assert not mail_claim(mail=mail)


def test_send_pending_mail_sends_due_mails_only_and_only_once(settings, mailoutbox):
    due = queue(subject="Due", send_on_commit=False)
    later = queue(subject="Later", send_on_commit=False)
    OutgoingMail.objects.filter(pk=later.pk).update(
        next_attempt_at=timezone.now() + timedelta(minutes=5)
    )

    assert run_command().startswith("1 sent, 0 failed, 1 waiting, 0 given up")
    assert run_command().startswith("0 sent, 0 failed, 1 waiting")

    assert [m.subject for m in mailoutbox] == ["Due"]
    due.refresh_from_db()
    assert due.status == MailStatus.SENT


def test_a_mail_taken_by_one_sender_is_left_alone_by_another(mailoutbox):
    mail = queue(send_on_commit=False)
    first_sender = OutgoingMail.objects.get(pk=mail.pk)
    second_sender = OutgoingMail.objects.get(pk=mail.pk)

    assert mail_claim(mail=first_sender)
    assert not mail_claim(mail=second_sender)
    assert mail_send_pending() == (0, 0)

    assert mail_deliver(mail=first_sender)
    assert len(mailoutbox) == 1


def test_a_sender_that_died_leaves_the_mail_to_the_next_run_after_its_lease(mailoutbox):
    mail = queue(send_on_commit=False)
    assert mail_claim(mail=mail)
    OutgoingMail.objects.filter(pk=mail.pk).update(
        claimed_until=timezone.now() - timedelta(seconds=1)
    )

    assert mail_send_pending() == (1, 0)
    assert len(mailoutbox) == 1


def test_a_run_stops_after_three_failures_in_a_row(settings):
    settings.MAILERS = BROKEN_MAILERS
    for number in range(5):
        queue(subject=f"Mail {number}", send_on_commit=False)

    assert mail_send_pending() == (0, 3)
    assert OutgoingMail.objects.filter(attempts=0).count() == 2


def test_staff_send_given_up_mails_again_from_the_admin(admin_client, mailoutbox):
    mail = queue(send_on_commit=False)
    OutgoingMail.objects.filter(pk=mail.pk).update(
        status=MailStatus.FAILED, attempts=MAX_ATTEMPTS, last_error="Connection refused"
    )

    response = admin_client.post(
        reverse("admin:outbox_outgoingmail_changelist"),
        {"action": "resend", "_selected_action": [mail.pk]},
    )

    assert response.status_code == 302
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (MailStatus.PENDING, 0)
    run_command()
    assert len(mailoutbox) == 1


def test_sent_mails_are_deleted_after_thirty_days():
    old = queue(send_on_commit=False)
    recent = queue(send_on_commit=False)
    OutgoingMail.objects.filter(pk=old.pk).update(
        status=MailStatus.SENT, sent_at=timezone.now() - timedelta(days=31)
    )
    OutgoingMail.objects.filter(pk=recent.pk).update(
        status=MailStatus.SENT, sent_at=timezone.now() - timedelta(days=29)
    )

    assert "1 old sent mails deleted" in run_command()
    assert list(OutgoingMail.objects.values_list("pk", flat=True)) == [recent.pk]


def test_outbox_admin_lists_mails_and_offers_no_add(admin_client):
    queue(send_on_commit=False, subject="Neue Anfrage INA-2026-00001")

    response = admin_client.get(reverse("admin:outbox_outgoingmail_changelist"))

    assert response.status_code == 200
    assert "Neue Anfrage INA-2026-00001" in response.text
    assert admin_client.get(reverse("admin:outbox_outgoingmail_add")).status_code == 403
