from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from ina_portal.base.dates import months_before
from ina_portal.features.outbox.services import mail_queue

from .models import Feedback

MAIL_ABOUT = "pages.feedback"


def feedback_submit(*, name, email, message, language):
    """Store a reader's feedback with its mail to the office, sent once both are committed.
    Should the mail server fail, the outbox sends it again (manage.py send_pending_mail)."""
    with transaction.atomic():
        feedback = Feedback.objects.create(
            name=name, email=email, message=message, language=language
        )
        feedback_mail_queue(feedback=feedback)
    return feedback


def feedback_mail_queue(*, feedback):
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Feedback on the accessibility of the INA Portal")
        body = render_to_string("pages/feedback_mail.txt", {"feedback": feedback})
    return mail_queue(
        to=[settings.INA_OFFICE_EMAIL],
        reply_to=[feedback.email] if feedback.email else [],
        subject=subject,
        body=body,
        about=f"{MAIL_ABOUT}:{feedback.pk}",
    )


def feedback_mail_delivered(sender, mail, **kwargs):
    """Receiver of outbox.signals.mail_delivered: mark the feedback as e-mailed."""
    about, _colon, pk = mail.about.partition(":")
    if about == MAIL_ABOUT and pk.isdigit():
        Feedback.objects.filter(pk=int(pk)).update(mail_sent=True)


def feedback_delete_old(*, months=None, now=None):
    """Delete the feedback e-mailed to the office more than `months` months ago (the
    office has it by mail); feedback still waiting for its mail stays. Their number."""
    months = settings.FEEDBACK_RETENTION_MONTHS if months is None else months
    before = months_before(now or timezone.now(), months)
    count, _by_model = Feedback.objects.filter(mail_sent=True, received_at__lt=before).delete()
    return count
