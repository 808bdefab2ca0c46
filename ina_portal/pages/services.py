import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from .models import Feedback

logger = logging.getLogger(__name__)


def feedback_submit(*, name, email, message, language):
    """Store a reader's feedback, then e-mail it to the office once it is committed."""
    feedback = Feedback.objects.create(name=name, email=email, message=message, language=language)
    transaction.on_commit(lambda: feedback_mail(feedback=feedback))
    return feedback


def feedback_mail(*, feedback):
    """E-mail stored feedback to the office. On failure it stays marked unsent, to be sent
    again later; the reader's submission never fails because of the mail server."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Feedback on the accessibility of the INA Portal")
        body = render_to_string("pages/feedback_mail.txt", {"feedback": feedback})
    mail = EmailMessage(
        subject,
        body,
        to=[settings.INA_OFFICE_EMAIL],
        reply_to=[feedback.email] if feedback.email else None,
    )
    try:
        mail.send()
    except Exception:
        logger.exception("Feedback %s could not be e-mailed to the office", feedback.pk)
        return False
    Feedback.objects.filter(pk=feedback.pk).update(mail_sent=True)
    feedback.mail_sent = True
    return True
