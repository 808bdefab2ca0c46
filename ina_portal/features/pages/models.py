"""The legal pages: imprint, privacy notice and accessibility statement, and the feedback
that readers send about barriers."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from ina_portal.base.richtext import RichTextField, words_of

from .video import read_video_facts, validate_captions, validate_sign_language_video

NAME_MAX_LENGTH = 100
MESSAGE_MAX_LENGTH = 5000


class LegalPageKind(models.TextChoices):
    IMPRINT = "imprint", _("Imprint")
    PRIVACY = "privacy", _("Privacy notice")


EXAMPLE_VALUES_HELP = _(
    "Ticked in the demo content: the details are examples. Check every field, replace what "
    "is not your office's, then untick this box; until then the page tells readers that its "
    "details are examples."
)


class LegalPage(models.Model):
    """The imprint or the privacy notice: one record of each kind, edited in the admin.

    The page is rendered from structured fields (the imprint's authority, the privacy
    notice's data protection officer) and the portal's own facts; `intro` and `body` are
    the office's texts before and after them."""

    kind = models.CharField(_("page"), max_length=20, choices=LegalPageKind, unique=True)
    title = models.CharField(_("title"), max_length=200)
    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown at the top of the page, before the details below."),
    )
    body = RichTextField(
        _("further text"),
        blank=True,
        help_text=_("Shown after the details, e.g. a note on links to other websites."),
    )
    example_values = models.BooleanField(
        _("details are examples"), default=False, help_text=EXAMPLE_VALUES_HELP
    )

    # The imprint (§ 5 DDG, § 18 MStV).
    authority = models.CharField(
        _("name of the authority"),
        max_length=200,
        blank=True,
        help_text=_("The public body that publishes the portal, e.g. the city."),
    )
    legal_form = models.CharField(
        _("legal form"),
        max_length=200,
        blank=True,
        help_text=_("E.g. a public-law corporation (Körperschaft des öffentlichen Rechts)."),
    )
    representative = models.CharField(
        _("represented by"),
        max_length=200,
        blank=True,
        help_text=_("Who represents the authority by law, e.g. the Lord Mayor."),
    )
    address = models.TextField(
        _("postal address"), blank=True, help_text=_("One line per line of the address.")
    )
    email = models.EmailField(
        _("e-mail address"),
        blank=True,
        help_text=_("Required by § 5 DDG for quick electronic contact."),
    )
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    supervisory_authority = models.CharField(
        _("supervisory authority"),
        max_length=200,
        blank=True,
        help_text=_("The body that supervises the authority, e.g. the regional government."),
    )
    vat_id = models.CharField(
        _("VAT identification number"),
        max_length=20,
        blank=True,
        help_text=_("Only if the authority has one (§ 27a UStG)."),
    )
    content_responsible = models.TextField(
        _("responsible for the content"),
        blank=True,
        help_text=_("Name and address of the person responsible under § 18 (2) MStV."),
    )

    # The privacy notice (GDPR Art. 13).
    dpo_name = models.CharField(
        _("data protection officer"),
        max_length=200,
        blank=True,
        help_text=_("The authority's data protection officer (GDPR Art. 37): name or office."),
    )
    dpo_address = models.TextField(_("address of the data protection officer"), blank=True)
    dpo_email = models.EmailField(_("e-mail of the data protection officer"), blank=True)
    dpo_phone = models.CharField(
        _("telephone of the data protection officer"), max_length=50, blank=True
    )
    dpa_name = models.CharField(
        _("data protection supervisory authority"),
        max_length=200,
        blank=True,
        help_text=_(
            "Where readers may complain (GDPR Art. 77); in North Rhine-Westphalia LDI NRW."
        ),
    )
    dpa_address = models.TextField(_("address of the supervisory authority"), blank=True)
    dpa_url = models.URLField(_("website of the supervisory authority"), blank=True)
    log_retention_days = models.PositiveSmallIntegerField(
        _("days the server logs are kept"),
        null=True,
        blank=True,
        help_text=_("Ask whoever runs the web server; the page says it is unknown while empty."),
    )
    server_logs = RichTextField(
        _("server logs"),
        headings=False,
        blank=True,
        help_text=_("Who runs the web server and what its logs record."),
    )

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

    def clean(self):
        super().clean()
        required = IMPRINT_REQUIRED if self.kind == LegalPageKind.IMPRINT else PRIVACY_REQUIRED
        # A translated field is required in German (the admin's form names it name_de).
        missing = {
            (
                f"{name}_{settings.LANGUAGE_CODE}"
                if hasattr(self, f"{name}_{settings.LANGUAGE_CODE}")
                else name
            ): ValidationError(_("The page needs this."), code="required")
            for name in required
            if not getattr(self, f"{name}_{settings.LANGUAGE_CODE}", getattr(self, name))
        }
        if missing:
            raise ValidationError(missing)


IMPRINT_REQUIRED = ("authority", "representative", "address", "email", "phone")
PRIVACY_REQUIRED = ("dpo_name", "dpo_email", "dpa_name")


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
    enforcement_body = models.CharField(
        _("enforcement body"),
        max_length=200,
        blank=True,
        help_text=_("In North Rhine-Westphalia the state's ombuds office for accessible IT."),
    )
    enforcement_address = models.TextField(
        _("address of the enforcement body"),
        blank=True,
        help_text=_("Check it on the body's own website before you publish it."),
    )
    enforcement_email = models.EmailField(_("e-mail of the enforcement body"), blank=True)
    enforcement_url = models.URLField(_("website of the enforcement body"), blank=True)
    example_values = models.BooleanField(
        _("details are examples"), default=False, help_text=EXAMPLE_VALUES_HELP
    )
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


class EasyReadStart(models.Model):
    """The start page in Leichte Sprache: the four explanations BITV 2.0 § 4 asks for.
    German only, as Leichte Sprache is German. There is one."""

    contents = RichTextField(
        _("what the website holds"),
        help_text=_("Leichte Sprache: short sentences, one statement each, no abbreviations."),
    )
    navigation = RichTextField(_("how to find your way on the website"))
    accessibility = RichTextField(_("the essentials of the accessibility statement"))
    more = RichTextField(
        _("where there is more in Leichte Sprache"),
        help_text=_("The page lists the other pages in Leichte Sprache after this text."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Leichte Sprache: start page")
        verbose_name_plural = _("Leichte Sprache: start page")

    def __str__(self):
        return str(_("Leichte Sprache: start page"))

    def get_absolute_url(self):
        return reverse("pages:easy_read")

    def clean(self):
        super().clean()
        if EasyReadStart.objects.exclude(pk=self.pk).exists():
            raise ValidationError(
                _("There is already a start page in Leichte Sprache: edit that one instead."),
                code="second_start",
            )


class EasyReadPage(models.Model):
    """A page in Leichte Sprache (German only), linked from the Leichte Sprache start page."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    teaser = models.CharField(
        _("one sentence about the page"),
        max_length=300,
        help_text=_("Shown with the link on the start page in Leichte Sprache."),
    )
    body = RichTextField(_("text"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("Leichte Sprache: page")
        verbose_name_plural = _("Leichte Sprache: pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:easy_read_page", kwargs={"slug": self.slug})


def sign_language_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"dgs/{uuid.uuid4().hex}.{extension}"


class SignLanguageVideo(models.Model):
    """The explanation of the website in Deutsche Gebärdensprache (BITV 2.0 § 4, Anlage 2
    Teil 1): a self-hosted video, checked on upload. There is one."""

    title = models.CharField(
        _("title"), max_length=200, default="Informationen in Deutscher Gebärdensprache"
    )
    video = models.FileField(
        _("video (MP4 or WebM)"),
        upload_to=sign_language_upload_to,
        validators=[validate_sign_language_video],
        help_text=_("At least 320 × 240 pixels and 25 frames per second (BITV 2.0 Anlage 2)."),
    )
    poster = models.ImageField(
        _("poster image"),
        upload_to="dgs/",
        blank=True,
        help_text=_("Shown before the video starts: e.g. the signer at the beginning."),
    )
    poster_alt = models.CharField(_("alternative text of the poster"), max_length=200, blank=True)
    captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to="dgs/",
        blank=True,
        validators=[validate_captions],
        help_text=_("German captions of what is signed, as a .vtt file."),
    )
    width = models.PositiveIntegerField(_("width in pixels"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height in pixels"), editable=False, default=0)
    frame_rate = models.FloatField(_("frames per second"), editable=False, default=0)
    duration = models.FloatField(_("running time in seconds"), editable=False, default=0)
    file_size = models.PositiveBigIntegerField(_("file size in bytes"), editable=False, default=0)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("sign language video")
        verbose_name_plural = _("sign language video")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The facts the page shows, read from the file each time a new one is uploaded.
        if self.video and (not getattr(self.video, "_committed", True) or not self.width):
            facts = read_video_facts(self.video)
            self.width, self.height = facts.width, facts.height
            self.frame_rate, self.duration = facts.frame_rate, facts.duration
            self.file_size = self.video.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:sign_language")

    def clean(self):
        super().clean()
        if SignLanguageVideo.objects.exclude(pk=self.pk).exists():
            raise ValidationError(
                _("There is already a sign language video: replace the file in that one."),
                code="second_video",
            )

    @property
    def running_time(self):
        """ "2:05": minutes and seconds."""
        minutes, seconds = divmod(round(self.duration), 60)
        return f"{minutes}:{seconds:02d}"

    @property
    def mime_type(self):
        return "video/webm" if self.video.name.endswith(".webm") else "video/mp4"
