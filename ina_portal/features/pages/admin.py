from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from ina_portal.editorial.admin import ContentAdmin
from ina_portal.editorial.forms import AdminModelForm
from ina_portal.editorial.importexport import CsvExportMixin

from .models import AccessibilityStatement, Feedback, LegalPage, LegalPageKind, NonAccessibleContent


@admin.register(LegalPage)
class LegalPageAdmin(ContentAdmin):
    list_display = ["title", "kind", "last_updated", "updated_at"]
    fields = ["kind", "title", "body", "last_updated"]

    def has_add_permission(self, request):
        # One page of each kind: once both exist, they are edited, not added.
        return super().has_add_permission(request) and (
            LegalPage.objects.count() < len(LegalPageKind)
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
        (_("Enforcement procedure"), {"fields": ["enforcement", "enforcement_url"]}),
    ]

    def has_add_permission(self, request):
        # The portal has one statement: once it exists, it is edited, not added.
        return super().has_add_permission(request) and not AccessibilityStatement.objects.exists()


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
