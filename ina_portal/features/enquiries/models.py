"""Enquiries from cities and organisations abroad: partnership requests, invitations and
visit requests sent through the public form, and their triage by the office."""

import secrets
import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ina_portal.base.models import Topic
from ina_portal.base.storage import private_storage
from ina_portal.features.contacts.models import validate_phone
from sdg.models import Goal

ORGANISATION_MAX_LENGTH = 200
CITY_MAX_LENGTH = 100
PERSON_MAX_LENGTH = 150
PHONE_MAX_LENGTH = 40
MESSAGE_MAX_LENGTH = 5000
NOTE_MAX_LENGTH = 2000
ATTACHMENT_NAME_MAX_LENGTH = 150

# One line of text: no line breaks or other control characters (they would end up in
# the subject of the office's mail).
validate_single_line = RegexValidator(
    r"[\x00-\x1f\x7f]", _("Please enter this on one line."), inverse_match=True
)


class EnquiryKind(models.TextChoices):
    TWIN_CITY = "twin_city", _("Twin-city request")
    PROJECT_PARTNERSHIP = "project_partnership", _("Project partnership")
    EVENT_INVITATION = "event_invitation", _("Invitation to an event")
    DELEGATION_VISIT = "delegation_visit", _("Request for a delegation visit")
    OTHER = "other", _("Other enquiry")


# Kinds that are about a date: the form asks for the proposed dates.
DATED_KINDS = frozenset({EnquiryKind.EVENT_INVITATION, EnquiryKind.DELEGATION_VISIT})


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("City, municipality or region")
    GOVERNMENT = "government", _("National government, embassy or consulate")
    CIVIL_SOCIETY = "civil_society", _("Association, foundation or NGO")
    EDUCATION = "education", _("University, school or research institute")
    BUSINESS = "business", _("Company or chamber")
    INTERNATIONAL = "international", _("International organisation or city network")
    OTHER = "other", _("Other organisation")


class EnquiryStatus(models.TextChoices):
    RECEIVED = "received", _("received")
    UNDER_REVIEW = "under_review", _("under review")
    IN_DIALOGUE = "in_dialogue", _("in dialogue")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    ANSWERED = "answered", _("answered")


CLOSED_STATUSES = frozenset(
    {EnquiryStatus.ACCEPTED, EnquiryStatus.DECLINED, EnquiryStatus.ANSWERED}
)


class ReferenceCounter(models.Model):
    """The last reference number given out in a year."""

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        ordering = ["year"]
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


def attachment_upload_to(instance, filename):
    # Never the sender's file name: it may be personal or hostile.
    return f"enquiries/{timezone.now():%Y}/{uuid.uuid4().hex}.pdf"


def new_access_token():
    return secrets.token_urlsafe(24)


class EnquiryQuerySet(models.QuerySet):
    def submitted_with(self, token):
        """The enquiry stored from the form with this token (none for a malformed one)."""
        try:
            token = uuid.UUID(str(token))
        except ValueError:
            return self.none()
        return self.filter(submission_token=token)

    def open(self):
        return self.exclude(status__in=CLOSED_STATUSES)

    def closed(self):
        return self.filter(status__in=CLOSED_STATUSES)

    def years(self):
        return list(self.order_by().values_list("received_at__year", flat=True).distinct())

    def counts_by(self, field):
        """[(value, count), …] for the statistics: one aggregate query."""
        return list(
            self.order_by().values_list(field).annotate(count=Count("pk")).order_by("-count", field)
        )

    def counts_by_month(self):
        return dict(
            self.order_by()
            .annotate(month=TruncMonth("received_at"))
            .values_list("month")
            .annotate(count=Count("pk"))
            .values_list("month", "count")
        )


class Enquiry(models.Model):
    """A request sent through the public form: stored before anything else happens."""

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    kind = models.CharField(_("kind of enquiry"), max_length=30, choices=EnquiryKind)
    organisation = models.CharField(
        _("organisation"),
        max_length=ORGANISATION_MAX_LENGTH,
        validators=[validate_single_line],
    )
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType
    )
    city = models.CharField(
        _("city"), max_length=CITY_MAX_LENGTH, validators=[validate_single_line]
    )
    country = CountryField(_("country"))
    contact_person = models.CharField(
        _("contact person"), max_length=PERSON_MAX_LENGTH, validators=[validate_single_line]
    )
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(
        _("phone"), max_length=PHONE_MAX_LENGTH, blank=True, validators=[validate_phone]
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="enquiries", verbose_name=_("topics")
    )
    goals = models.ManyToManyField(
        Goal,
        blank=True,
        related_name="enquiries",
        verbose_name=_("Sustainable Development Goals"),
    )
    date_from = models.DateField(_("proposed date"), null=True, blank=True)
    date_to = models.DateField(_("until"), null=True, blank=True)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    attachment = models.FileField(
        _("attachment"),
        storage=private_storage,
        upload_to=attachment_upload_to,
        max_length=100,
        blank=True,
    )
    attachment_name = models.CharField(
        _("file name sent"), max_length=ATTACHMENT_NAME_MAX_LENGTH, blank=True
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    consent_at = models.DateTimeField(_("consent to the privacy notice given"))
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    submission_token = models.UUIDField(
        _("submission token"),
        unique=True,
        editable=False,
        help_text=_("Generated with the form: a second submission of it finds this enquiry."),
    )
    access_token = models.CharField(
        _("access token"), max_length=64, unique=True, default=new_access_token, editable=False
    )

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EnquiryStatus,
        default=EnquiryStatus.RECEIVED,
        db_index=True,
    )
    status_changed_at = models.DateTimeField(_("status last changed"), default=timezone.now)
    assigned_to = models.ForeignKey(
        "contacts.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("assigned to"),
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        permissions = [("view_statistics", _("Can view the statistics of enquiries"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_to__isnull=True)
                | Q(date_from__isnull=True)
                | Q(date_to__gte=models.F("date_from")),
                name="enquiry_dates_in_order",
                violation_error_message=_("The last day cannot be before the first."),
            )
        ]

    def __str__(self):
        return f"{self.reference} {self.organisation}".strip()

    def get_confirmation_url(self):
        return reverse("enquiries:sent", kwargs={"access_token": self.access_token})


class EnquiryStatusChange(models.Model):
    """One step of an enquiry's triage: who changed its status when, and why."""

    enquiry = models.ForeignKey(
        Enquiry,
        on_delete=models.CASCADE,
        related_name="status_changes",
        verbose_name=_("enquiry"),
    )
    status_from = models.CharField(_("from"), max_length=20, choices=EnquiryStatus, blank=True)
    status_to = models.CharField(_("to"), max_length=20, choices=EnquiryStatus)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.TextField(_("decision note"), max_length=NOTE_MAX_LENGTH, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status history")

    def __str__(self):
        return f"{self.get_status_from_display() or '–'} → {self.get_status_to_display()}"
