"""The outbox: every mail the portal sends is stored first, so a failing mail server
delays it but never loses it."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MailStatus(models.TextChoices):
    PENDING = "pending", _("waiting to be sent")
    SENT = "sent", _("sent")
    FAILED = "failed", _("given up")


class OutgoingMailQuerySet(models.QuerySet):
    def due(self, now=None):
        """Pending mails whose next attempt is due and that no sender is working on."""
        now = now or timezone.now()
        return self.filter(
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
            status=MailStatus.PENDING,
            next_attempt_at__lte=now,
        )


class OutgoingMail(models.Model):
    """One e-mail: sent right after the transaction that queued it commits, and retried
    with growing pauses by `manage.py send_pending_mail` while the mail server fails."""

    about = models.CharField(
        _("about"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_('The record the mail belongs to, e.g. "enquiries.enquiry:42".'),
    )
    from_email = models.CharField(_("from"), max_length=254, blank=True)
    to = models.JSONField(_("to"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    status = models.CharField(
        _("status"), max_length=10, choices=MailStatus, default=MailStatus.PENDING
    )
    created_at = models.DateTimeField(_("queued"), auto_now_add=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_until = models.DateTimeField(
        _("being sent until"),
        null=True,
        blank=True,
        help_text=_("A sender has taken the mail; others leave it alone until then."),
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self):
        return self.subject
