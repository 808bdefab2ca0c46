from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from ina_portal.editorial.admin import ContentAdmin
from ina_portal.editorial.forms import AdminModelForm
from ina_portal.editorial.importexport import CsvExportMixin

from .models import (
    AccessibilityStatement,
    EasyReadPage,
    EasyReadStart,
    Feedback,
    LegalPage,
    LegalPageKind,
    NonAccessibleContent,
    SignLanguageVideo,
)


def missing_from(request, model, wanted=1):
    """Whether `model` still has fewer than `wanted` records: the admin's menu and page both
    ask for each single-record page, so the answer is counted once per request."""
    answers = request.__dict__.setdefault("_ina_single_pages_missing", {})
    if model not in answers:
        answers[model] = model.objects.count() < wanted
    return answers[model]


EXAMPLES_NOTE = _(
    "The demo content fills these fields with examples. Replace each with your authority's "
    "details, then untick “details are examples”."
)


@admin.register(LegalPage)
class LegalPageAdmin(ContentAdmin):
    list_display = ["title", "kind", "example_values", "last_updated", "updated_at"]
    imprint_fieldsets = [
        (
            _("Publisher (§ 5 DDG)"),
            {
                "description": EXAMPLES_NOTE,
                "fields": [
                    "authority",
                    "legal_form",
                    "representative",
                    "address",
                    "email",
                    "phone",
                    "supervisory_authority",
                    "vat_id",
                ],
            },
        ),
        (_("Responsible for the content (§ 18 MStV)"), {"fields": ["content_responsible"]}),
    ]
    privacy_fieldsets = [
        (
            _("Data protection officer"),
            {
                "description": EXAMPLES_NOTE,
                "fields": ["dpo_name", "dpo_address", "dpo_email", "dpo_phone"],
            },
        ),
        (
            _("Supervisory authority for data protection"),
            {"fields": ["dpa_name", "dpa_address", "dpa_url"]},
        ),
        (_("Server logs"), {"fields": ["log_retention_days", "server_logs"]}),
    ]

    fieldsets = [
        (None, {"fields": ["kind", "title", "example_values", "intro"]}),
        *imprint_fieldsets,
        *privacy_fieldsets,
        (_("Further text"), {"fields": ["body", "last_updated"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        # A page shows only its own kind's details; a new one shows both.
        fieldsets = super().get_fieldsets(request, obj)
        other = {
            LegalPageKind.IMPRINT: self.privacy_fieldsets,
            LegalPageKind.PRIVACY: self.imprint_fieldsets,
        }.get(obj.kind if obj else None, [])
        hidden = {name for name, _options in other}
        return [(name, options) for name, options in fieldsets if name not in hidden]

    def has_add_permission(self, request):
        # One page of each kind: once both exist, they are edited, not added.
        return super().has_add_permission(request) and missing_from(
            request, LegalPage, wanted=len(LegalPageKind)
        )


class NonAccessibleContentInline(TranslationStackedInline):
    model = NonAccessibleContent
    form = AdminModelForm
    extra = 0
    fields = ["content", "reason", "alternative", "position"]


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(ContentAdmin):
    inlines = [NonAccessibleContentInline]
    list_display = ["__str__", "compliance_status", "prepared_on", "reviewed_on"]
    fieldsets = [
        (None, {"fields": ["introduction"]}),
        (_("Compliance status"), {"fields": ["compliance_status", "compliance_note"]}),
        (
            _("Preparation of this statement"),
            {"fields": ["prepared_on", "reviewed_on", "method", "method_note"]},
        ),
        (
            _("Feedback and contact information"),
            {"fields": ["feedback_contact", "feedback_email", "feedback_phone"]},
        ),
        (
            _("Enforcement procedure"),
            {
                "description": _(
                    "Check the name, address and website of the enforcement body on its own "
                    "website, then untick “details are examples”."
                ),
                "fields": [
                    "enforcement",
                    "enforcement_body",
                    "enforcement_address",
                    "enforcement_email",
                    "enforcement_url",
                    "example_values",
                ],
            },
        ),
    ]

    def has_add_permission(self, request):
        # The portal has one statement: once it exists, it is edited, not added.
        return super().has_add_permission(request) and missing_from(request, AccessibilityStatement)


@admin.register(Feedback)
class FeedbackAdmin(CsvExportMixin, admin.ModelAdmin):
    list_display = ["received_at", "name", "email", "short_message", "language", "mail_sent"]
    list_filter = ["mail_sent", "language", "received_at"]
    search_fields = ["name", "email", "message"]
    date_hierarchy = "received_at"
    fields = ["received_at", "name", "email", "language", "message", "mail_sent"]
    readonly_fields = fields

    @admin.display(description=_("message"))
    def short_message(self, obj):
        return obj.message[:80] + ("…" if len(obj.message) > 80 else "")

    def has_add_permission(self, request):
        # Feedback comes from readers, through the form on the accessibility statement.
        return False


class GermanContentAdmin(CsvExportMixin, SimpleHistoryAdmin):
    """Leichte Sprache is German: one text per field, no language tabs."""

    form = AdminModelForm


@admin.register(EasyReadStart)
class EasyReadStartAdmin(GermanContentAdmin):
    fields = ["contents", "navigation", "accessibility", "more"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and missing_from(request, EasyReadStart)


@admin.register(EasyReadPage)
class EasyReadPageAdmin(GermanContentAdmin):
    list_display = ["title", "position", "updated_at"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "teaser", "body", "position"]


@admin.register(SignLanguageVideo)
class SignLanguageVideoAdmin(CsvExportMixin, admin.ModelAdmin):
    list_display = ["title", "width", "height", "frame_rate", "duration", "updated_at"]
    fields = [
        "title",
        "video",
        "poster",
        "poster_alt",
        "captions",
        "width",
        "height",
        "frame_rate",
        "duration",
        "file_size",
    ]
    readonly_fields = ["width", "height", "frame_rate", "duration", "file_size"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and missing_from(request, SignLanguageVideo)
