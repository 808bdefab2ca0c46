"""The legal pages: imprint, privacy notice and accessibility statement, and the feedback
that readers send about barriers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from ina_portal.base.richtext import RichTextField, words_of

NAME_MAX_LENGTH = 100
MESSAGE_MAX_LENGTH = 5000


class LegalPageKind(models.TextChoices):
    IMPRINT = "imprint", _("Imprint")
    PRIVACY = "privacy", _("Privacy notice")


class LegalPage(models.Model):
    """The imprint or the privacy notice: one record of each kind, edited in the admin."""

    kind = models.CharField(_("page"), max_length=20, choices=LegalPageKind, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(_("text"))
    last_updated = models.DateField(
        _("last updated"),
        default=timezone.localdate,
        help_text=_("Shown on the page: the date the content last changed."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["kind"]
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"pages:{self.kind}")


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NOT = "not", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("self-assessment")
    THIRD_PARTY = "third_party", _("assessment by a third party")


class NonAccessibleReason(models.TextChoices):
    NON_COMPLIANCE = "non_compliance", _("Non-compliance with the accessibility requirements")
    DISPROPORTIONATE_BURDEN = "disproportionate_burden", _("Disproportionate burden")
    OUT_OF_SCOPE = "out_of_scope", _("Content not within the scope of the applicable legislation")


class AccessibilityStatementQuerySet(models.QuerySet):
    def for_page(self):
        return self.prefetch_related("non_accessible_content")


class AccessibilityStatement(models.Model):
    """The portal's accessibility statement, with the parts of the EU model statement
    (Commission Implementing Decision (EU) 2018/1523). There is only one."""

    introduction = RichTextField(
        _("introduction"),
        headings=False,
        help_text=_(
            "Who commits to accessibility under which law, and which website the statement covers."
        ),
    )
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus,
        default=ComplianceStatus.PARTIAL,
    )
    compliance_note = RichTextField(_("note on the compliance status"), headings=False, blank=True)
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"))
    method = models.CharField(
        _("assessment method"),
        max_length=20,
        choices=AssessmentMethod,
        default=AssessmentMethod.SELF,
    )
    method_note = RichTextField(
        _("how the website was assessed"),
        headings=False,
        blank=True,
        help_text=_("Tools, tests, who checked."),
    )
    feedback_contact = models.CharField(
        _("contact for feedback"),
        max_length=200,
        help_text=_("The unit that answers feedback on accessibility."),
    )
    feedback_email = models.EmailField(_("e-mail address for feedback"))
    feedback_phone = models.CharField(_("telephone for feedback"), max_length=50, blank=True)
    enforcement = RichTextField(
        _("enforcement procedure"),
        headings=False,
        help_text=_(
            "Where readers can turn when the answer to their feedback does not satisfy them."
        ),
    )
    enforcement_url = models.URLField(_("website of the enforcement body"), blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = AccessibilityStatementQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statement")
        constraints = [
            models.CheckConstraint(
                condition=Q(reviewed_on__gte=F("prepared_on")),
                name="accessibility_statement_reviewed_after_prepared",
                violation_error_message=_(
                    "The statement cannot be reviewed before it was prepared."
                ),
            )
        ]

    def __str__(self):
        return str(_("Accessibility statement"))

    def get_absolute_url(self):
        return reverse("pages:accessibility")

    def clean(self):
        super().clean()
        if AccessibilityStatement.objects.exclude(pk=self.pk).exists():
            raise ValidationError(
                _("There is already an accessibility statement: edit that one instead."),
                code="second_statement",
            )
        if self.prepared_on and self.reviewed_on and self.reviewed_on < self.prepared_on:
            raise ValidationError(
                {"reviewed_on": _("The statement cannot be reviewed before it was prepared.")},
                code="reviewed_before_prepared",
            )

    def non_accessible_by_reason(self):
        """[(reason, [content, …]), …] in the order of the EU model, only reasons with content."""
        items = list(self.non_accessible_content.all())
        groups = [
            (reason, [item for item in items if item.reason == reason])
            for reason in NonAccessibleReason
        ]
        return [(reason, items) for reason, items in groups if items]


class NonAccessibleContent(models.Model):
    """Content of the portal that is not (yet) accessible, why, and the alternative offered."""

    statement = models.ForeignKey(
        AccessibilityStatement,
        on_delete=models.CASCADE,
        related_name="non_accessible_content",
        verbose_name=_("accessibility statement"),
    )
    content = RichTextField(_("content and barrier"), headings=False)
    reason = models.CharField(_("reason"), max_length=30, choices=NonAccessibleReason)
    alternative = models.TextField(_("accessible alternative"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("non-accessible content")
        verbose_name_plural = _("non-accessible content")

    def __str__(self):
        return Truncator(words_of(self.content)).chars(80)


class Feedback(models.Model):
    """A message sent with the feedback form of the accessibility statement.

    Stored before it is e-mailed to the office, so a failing mail server loses nothing.
    """

    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=10)
    received_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    mail_sent = models.BooleanField(
        _("e-mailed to the office"),
        default=False,
        help_text=_("Messages whose e-mail failed stay unsent here until they are sent again."),
    )

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("feedback on accessibility")
        verbose_name_plural = _("feedback on accessibility")

    def __str__(self):
        sender = self.name or self.email or _("anonymous")
        return f"{sender} ({timezone.localtime(self.received_at):%Y-%m-%d %H:%M})"
