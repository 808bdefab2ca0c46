"""Queue mails with the records they belong to, and send them at least once."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import MailStatus, OutgoingMail
from .signals import mail_delivered

logger = logging.getLogger(__name__)

# Pauses after the 1st, 2nd, 3rd… failure: 1, 2, 4… minutes, at most 6 hours. After
# MAX_ATTEMPTS the mail is given up and staff can send it again from the admin.
FIRST_PAUSE = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=6)
MAX_ATTEMPTS = 20
# How long a sender owns a mail it took: longer than any SMTP timeout. A sender that
# dies meanwhile leaves the mail to be taken again afterwards.
LEASE = timedelta(minutes=10)
# A run of the command stops after this many failures in a row: the server is down.
FAILURES_IN_A_ROW = 3
KEEP_SENT = timedelta(days=30)


def pause_after(attempts):
    return min(FIRST_PAUSE * 2 ** (attempts - 1), LONGEST_PAUSE)


def mail_queue(*, to, subject, body, reply_to=(), about="", send_on_commit=True):
    """Store a mail; unless told otherwise, send it once the current transaction commits."""
    mail = OutgoingMail.objects.create(
        to=list(to),
        reply_to=list(reply_to),
        subject=" ".join(subject.split())[:300],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        about=about,
    )
    if send_on_commit:
        # Robust: a failure while sending cannot undo what was committed; the mail
        # waits for send_pending_mail.
        transaction.on_commit(lambda: mail_send(mails=[mail]), robust=True)
    return mail


def mail_claim(*, mail, now=None):
    """Take a due mail for sending; False if it is not due or another sender has it.

    One UPDATE, atomic on every database: of two senders, only one changes the row.
    """
    now = now or timezone.now()
    claimed = (
        OutgoingMail.objects.due(now)
        .filter(pk=mail.pk)
        .update(claimed_until=now + LEASE, attempts=F("attempts") + 1)
    )
    if claimed:
        mail.refresh_from_db(fields=["attempts", "claimed_until"])
    return bool(claimed)


def mail_deliver(*, mail):
    """Hand a claimed mail to the mail server and record the outcome; True if it went."""
    message = EmailMessage(
        mail.subject,
        mail.body,
        mail.from_email or settings.DEFAULT_FROM_EMAIL,
        to=mail.to,
        reply_to=mail.reply_to or None,
    )
    try:
        message.send()
    except Exception as error:
        now = timezone.now()
        mail.status = MailStatus.FAILED if mail.attempts >= MAX_ATTEMPTS else MailStatus.PENDING
        mail.next_attempt_at = now + pause_after(mail.attempts)
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        logger.warning("Mail %s failed (attempt %s): %s", mail.pk, mail.attempts, mail.last_error)
    else:
        mail.status = MailStatus.SENT
        mail.sent_at = timezone.now()
        mail.last_error = ""
    mail.claimed_until = None
    mail.save(update_fields=["status", "next_attempt_at", "last_error", "sent_at", "claimed_until"])
    if mail.status == MailStatus.SENT:
        mail_delivered.send(sender=OutgoingMail, mail=mail)
        return True
    return False


def mail_send(*, mails):
    """Send these mails now, as far as they are due; stop at the first failure, so a
    reader does not wait for a dead mail server twice. What is left waits for the command."""
    for mail in mails:
        if mail_claim(mail=mail) and not mail_deliver(mail=mail):
            break


def mail_claim_next(*, now):
    """The next due mail, claimed; None when there is none."""
    while True:
        with transaction.atomic():
            # SKIP LOCKED (PostgreSQL): concurrent runs of the command pass each other by
            # instead of waiting; SQLite serialises writers anyway and ignores the clause.
            mail = (
                OutgoingMail.objects.due(now)
                .select_for_update(skip_locked=True)
                .order_by("next_attempt_at", "pk")
                .first()
            )
            if mail is None:
                return None
            if mail_claim(mail=mail, now=now):
                return mail


def mail_send_pending(*, limit=1000):
    """Send every due mail, oldest first; (sent, failed) counts. Safe to run concurrently."""
    sent = failed = failures_in_a_row = 0
    while sent + failed < limit and failures_in_a_row < FAILURES_IN_A_ROW:
        mail = mail_claim_next(now=timezone.now())
        if mail is None:
            break
        if mail_deliver(mail=mail):
            sent += 1
            failures_in_a_row = 0
        else:
            failed += 1
            failures_in_a_row += 1
    return sent, failed


def mail_resend(*, mails):
    """Queue given-up or pending mails for an attempt now (staff, from the admin)."""
    return mails.exclude(status=MailStatus.SENT).update(
        status=MailStatus.PENDING, attempts=0, next_attempt_at=timezone.now(), claimed_until=None
    )


def mail_purge_sent(*, now=None):
    """Delete sent mails older than KEEP_SENT: they may hold personal data."""
    now = now or timezone.now()
    deleted, _per_model = OutgoingMail.objects.filter(
        status=MailStatus.SENT, sent_at__lt=now - KEEP_SENT
    ).delete()
    return deleted
