from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ina_portal.editorial.importexport import CsvExportMixin

from .models import OutgoingMail
from .services import mail_resend


@admin.register(OutgoingMail)
class OutgoingMailAdmin(CsvExportMixin, admin.ModelAdmin):
    list_display = ["subject", "recipients", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["subject", "about"]
    date_hierarchy = "created_at"
    actions = ["resend"]
    fields = [
        "about",
        "from_email",
        "to",
        "reply_to",
        "subject",
        "body",
        "status",
        "attempts",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "last_error",
    ]
    readonly_fields = fields

    @admin.display(description=_("to"))
    def recipients(self, obj):
        return ", ".join(obj.to)

    @admin.action(description=_("Send the selected mails again"), permissions=["change"])
    def resend(self, request, queryset):
        count = mail_resend(mails=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d mail will be sent with the next run of send_pending_mail.",
                "%(count)d mails will be sent with the next run of send_pending_mail.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def has_add_permission(self, request):
        return False
