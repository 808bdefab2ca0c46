import logging
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext

from ina_portal.base.dates import months_before
from ina_portal.base.ratelimit import rate_limit_hit
from ina_portal.base.siteprofile import site_profile
from ina_portal.base.storage import private_files
from ina_portal.features.outbox.models import OutgoingMail
from ina_portal.features.outbox.services import mail_queue, mail_send

from .models import (
    ATTACHMENT_NAME_MAX_LENGTH,
    Enquiry,
    EnquiryStatus,
    EnquiryStatusChange,
    ReferenceCounter,
    new_access_token,
)

logger = logging.getLogger(__name__)


def reference_number_next(*, year):
    """The next number of the year, counted in the caller's transaction.

    The UPDATE locks the year's counter row until the transaction ends, so concurrent
    submissions take turns, on PostgreSQL and SQLite alike; a rollback returns the number.
    """
    if not ReferenceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1):
        try:
            with transaction.atomic():
                ReferenceCounter.objects.create(year=year, last_number=1)
            return 1
        except IntegrityError:
            # Another submission created the year's counter first.
            ReferenceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
    return ReferenceCounter.objects.get(year=year).last_number


def enquiry_submit(
    *,
    token,
    kind,
    organisation,
    organisation_type,
    city,
    country,
    contact_person,
    email,
    phone,
    topics,
    goals,
    date_from,
    date_to,
    message,
    attachment,
    language,
    site_url,
):
    """Store an enquiry with its reference number and its two mails in one transaction;
    the mails go out once it is committed. (enquiry, created): a second submission of
    the same form (same token) returns the enquiry of the first."""
    existing = Enquiry.objects.filter(submission_token=token).first()
    if existing:
        return existing, False
    now = timezone.now()
    enquiry = Enquiry(
        submission_token=token,
        kind=kind,
        organisation=organisation,
        organisation_type=organisation_type,
        city=city,
        country=country,
        contact_person=contact_person,
        email=email,
        phone=phone,
        date_from=date_from,
        date_to=date_to,
        message=message,
        language=language,
        consent_at=now,
        received_at=now,
        status_changed_at=now,
    )
    if attachment:
        enquiry.attachment = attachment
        enquiry.attachment_name = attachment_name_safe(attachment.name)
    try:
        with transaction.atomic():
            year = timezone.localtime(now).year
            enquiry.reference = f"INA-{year}-{reference_number_next(year=year):05d}"
            enquiry.save()
            enquiry.topics.set(topics)
            enquiry.goals.set(goals)
            EnquiryStatusChange.objects.create(
                enquiry=enquiry, status_to=EnquiryStatus.RECEIVED, changed_at=now
            )
            mails = enquiry_mails_queue(enquiry=enquiry, site_url=site_url)
            # Robust: the enquiry is stored, whatever happens while sending; what is not
            # sent now waits in the outbox for send_pending_mail.
            transaction.on_commit(lambda: mail_send(mails=mails), robust=True)
    except IntegrityError:
        enquiry_attachment_discard(enquiry=enquiry)
        # The same form, sent twice at the same moment: the other request stored it.
        existing = Enquiry.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False
    except BaseException:
        enquiry_attachment_discard(enquiry=enquiry)
        raise
    return enquiry, True


def attachment_name_safe(name):
    """The sender's file name, made safe to show; a neutral one if nothing of it is left
    ("!!!.pdf" or "..")."""
    try:
        safe = get_valid_filename(Path(name).name)
    except SuspiciousFileOperation:
        safe = ""
    return safe[-ATTACHMENT_NAME_MAX_LENGTH:] or "attachment.pdf"


def enquiry_attachment_discard(*, enquiry):
    """Delete the stored file of an enquiry whose transaction failed."""
    if enquiry.attachment and enquiry.attachment.name and enquiry.attachment._committed:
        try:
            enquiry.attachment.storage.delete(enquiry.attachment.name)
        except OSError:
            logger.exception("Could not delete the attachment %s", enquiry.attachment.name)


def enquiry_mails_queue(*, enquiry, site_url):
    """The confirmation for the sender, in their language, and the notice to the office."""
    about = f"enquiries.enquiry:{enquiry.pk}"
    context = {
        "enquiry": enquiry,
        "site": site_profile(),
        "admin_url": site_url.rstrip("/")
        + reverse("admin:enquiries_enquiry_change", args=[enquiry.pk]),
    }
    with translation.override(enquiry.language):
        confirmation = mail_queue(
            to=[enquiry.email],
            reply_to=[settings.INA_OFFICE_EMAIL],
            subject=gettext("Your enquiry %(reference)s to the %(authority)s")
            % {"reference": enquiry.reference, "authority": context["site"].city_authority},
            body=render_to_string("enquiries/mail/confirmation.txt", context),
            about=about,
            send_on_commit=False,
        )
    with translation.override(settings.LANGUAGE_CODE):
        notification = mail_queue(
            to=[settings.INA_OFFICE_EMAIL],
            reply_to=[enquiry.email],
            subject=gettext("New enquiry %(reference)s: %(kind)s from %(organisation)s, %(city)s")
            % {
                "reference": enquiry.reference,
                "kind": enquiry.get_kind_display(),
                "organisation": enquiry.organisation,
                "city": enquiry.city,
            },
            body=render_to_string("enquiries/mail/office_notification.txt", context),
            about=about,
            send_on_commit=False,
        )
    return [confirmation, notification]


def enquiry_rate_limit_hit(*, address):
    """Count an enquiry from this address; True when it is one too many this hour."""
    return rate_limit_hit(scope="enquiry", address=address, limit=settings.ENQUIRY_RATE_LIMIT)


def enquiry_triage(*, enquiry, status, assigned_to, note, user):
    """Save a staff member's triage: the assignment, and a status change or note with
    its history entry."""
    with transaction.atomic():
        current = Enquiry.objects.select_for_update().get(pk=enquiry.pk)
        if current.assigned_to_id != (assigned_to.pk if assigned_to else None):
            current.assigned_to = assigned_to
            current.save(update_fields=["assigned_to"])
        if status != current.status or note:
            enquiry_change_status(enquiry=current, status=status, user=user, note=note)
    enquiry.refresh_from_db()
    return enquiry


def enquiry_change_status(*, enquiry, status, user, note=""):
    """Move an enquiry to a status (or add a note to the current one), with a dated
    history entry naming who did it."""
    with transaction.atomic():
        now = timezone.now()
        change = EnquiryStatusChange.objects.create(
            enquiry=enquiry,
            status_from=enquiry.status,
            status_to=status,
            changed_at=now,
            changed_by=user,
            note=note,
        )
        if status != enquiry.status:
            enquiry.status = status
            enquiry.status_changed_at = now
            enquiry.save(update_fields=["status", "status_changed_at"])
    return change


def enquiry_anonymise(*, enquiry):
    """Remove the sender's details, message, attachment, mails and decision notes of an
    enquiry; what the statistics count (date, kind, country, city, status) stays."""
    attachment = enquiry.attachment.name if enquiry.attachment else ""
    with transaction.atomic():
        for name in ("organisation", "contact_person", "email", "phone", "message"):
            setattr(enquiry, name, "")
        enquiry.attachment = None
        enquiry.attachment_name = ""
        enquiry.access_token = new_access_token()
        enquiry.anonymised_at = timezone.now()
        enquiry.save()
        enquiry.status_changes.update(note="")
        OutgoingMail.objects.filter(about=f"enquiries.enquiry:{enquiry.pk}").delete()
        if attachment:
            transaction.on_commit(lambda: private_files.delete(attachment))
    return enquiry


def enquiries_anonymise(*, months=None, now=None):
    """Anonymise the enquiries closed more than `months` months ago; their number."""
    months = settings.ENQUIRY_RETENTION_MONTHS if months is None else months
    before = months_before(now or timezone.now(), months)
    due = Enquiry.objects.closed().filter(status_changed_at__lt=before, anonymised_at__isnull=True)
    count = 0
    for enquiry in due.iterator():
        enquiry_anonymise(enquiry=enquiry)
        count += 1
    return count
