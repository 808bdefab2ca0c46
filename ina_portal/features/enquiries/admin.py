import logging

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from ina_portal.base.siteprofile import site_profile
from ina_portal.editorial.forms import AdminModelForm
from ina_portal.editorial.importexport import CsvExportMixin
from ina_portal.features.contacts.models import Person

from .models import NOTE_MAX_LENGTH, Enquiry, EnquiryStatus, EnquiryStatusChange
from .resources import EnquiryResource
from .services import enquiry_triage
from .statistics import enquiry_statistics
from .triage import enquiry_relationships, enquiry_suggested_people

logger = logging.getLogger(__name__)

ASSIGN_SUGGESTED = "_assign_suggested"


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        return [(str(year), str(year)) for year in sorted(Enquiry.objects.years(), reverse=True)]

    def queryset(self, request, queryset):
        # Only a year the filter offers: anything else (10000, "²") is ignored.
        if self.value() in {value for value, _label in self.lookup_choices}:
            return queryset.filter(received_at__year=int(self.value()))
        return queryset


class EnquiryStatusChangeInline(admin.TabularInline):
    model = EnquiryStatusChange
    extra = 0
    fields = ["changed_at", "status_from", "status_to", "changed_by", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        # History entries are written by enquiry_change_status, never by hand.
        return False

    def has_change_permission(self, request, obj=None):
        return False


class EnquiryTriageForm(AdminModelForm):
    note = forms.CharField(
        label=_("Decision note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Why the status changes, or what was agreed. Saved in the status history with "
            "your name and the date."
        ),
    )

    class Meta:
        model = Enquiry
        fields = ["status", "assigned_to"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = Person.objects.published().order_by(
            "last_name", "first_name"
        )


@admin.register(Enquiry)
class EnquiryAdmin(CsvExportMixin, admin.ModelAdmin):
    import_export_change_list_template = "admin/enquiries/enquiry/change_list.html"
    form = EnquiryTriageForm
    inlines = [EnquiryStatusChangeInline]
    list_display = [
        "reference",
        "received_at",
        "kind",
        "organisation",
        "city",
        "country",
        "status",
        "assigned_to",
    ]
    list_filter = ["status", "kind", ("country", CountryFilter), YearFilter]
    search_fields = ["reference", "organisation", "city", "email", "contact_person"]
    list_select_related = ["assigned_to"]
    date_hierarchy = "received_at"
    view_on_site = False
    resource_classes = [EnquiryResource]
    sender_fields = [
        "reference",
        "received_at",
        "kind",
        "organisation",
        "organisation_type",
        "city",
        "country",
        "contact_person",
        "email",
        "phone",
        "topic_list",
        "goal_list",
        "proposed_dates",
        "message",
        "attachment_download",
        "language",
        "consent_at",
        "anonymised_at",
    ]
    readonly_fields = [*sender_fields, "suggested_people", "relationships"]
    fieldsets = [
        (
            _("Triage"),
            {"fields": ["status", "note", "assigned_to", "suggested_people", "relationships"]},
        ),
        (_("The enquiry"), {"fields": sender_fields}),
    ]

    def has_add_permission(self, request):
        # Enquiries come from the public form only.
        return False

    def get_export_queryset(self, request):
        # Topics and goals in two queries, however many enquiries the export has.
        return super().get_export_queryset(request).prefetch_related("topics", "goals")

    def save_model(self, request, obj, form, change):
        assigned_to = form.cleaned_data.get("assigned_to")
        if suggested := request.POST.get(ASSIGN_SUGGESTED):
            assigned_to = Person.objects.published().filter(pk=suggested).first() or assigned_to
        enquiry_triage(
            enquiry=obj,
            status=form.cleaned_data["status"],
            assigned_to=assigned_to,
            note=form.cleaned_data.get("note", ""),
            user=request.user,
        )

    def response_change(self, request, obj):
        if ASSIGN_SUGGESTED in request.POST:
            self.message_user(
                request,
                _("%(person)s is now assigned to %(reference)s.")
                % {"person": obj.assigned_to, "reference": obj.reference},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    @admin.display(description=_("topics"))
    def topic_list(self, obj):
        return ", ".join(topic.name for topic in obj.topics.all()) or "–"

    @admin.display(description=_("Sustainable Development Goals"))
    def goal_list(self, obj):
        return ", ".join(f"{goal.number}. {goal.title}" for goal in obj.goals.all()) or "–"

    @admin.display(description=_("proposed dates"))
    def proposed_dates(self, obj):
        if not obj.date_from:
            return "–"
        if obj.date_to and obj.date_to != obj.date_from:
            return f"{date_format(obj.date_from)} – {date_format(obj.date_to)}"
        return date_format(obj.date_from)

    @admin.display(description=_("attachment"))
    def attachment_download(self, obj):
        if not obj.attachment:
            return "–"
        url = reverse("admin:enquiries_enquiry_attachment", args=[obj.pk])
        return format_html(
            '<a href="{}" download>{}</a> ({})',
            url,
            _("Download the PDF"),
            obj.attachment_name or obj.attachment.name.rsplit("/", 1)[-1],
        )

    @admin.display(description=_("suggested contact"))
    def suggested_people(self, obj):
        suggestions = enquiry_suggested_people(obj)
        if not suggestions:
            return _(
                "Nobody in the contacts directory is responsible for this city, country "
                "or these topics."
            )
        return render_to_string(
            "admin/enquiries/enquiry/suggestions.html",
            {"suggestions": suggestions, "enquiry": obj, "button_name": ASSIGN_SUGGESTED},
        )

    @admin.display(description=_("existing relationship"))
    def relationships(self, obj):
        return render_to_string(
            "admin/enquiries/enquiry/relationships.html",
            {"relationships": enquiry_relationships(obj), "enquiry": obj, "site": site_profile()},
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/attachment/",
                self.admin_site.admin_view(self.attachment_view),
                name="enquiries_enquiry_attachment",
            ),
            path(
                "statistics/",
                self.admin_site.admin_view(self.statistics_view),
                name="enquiries_enquiry_statistics",
            ),
            *super().get_urls(),
        ]

    def attachment_view(self, request, pk):
        """The attached PDF, as a download, for staff who may view the enquiry."""
        enquiry = get_object_or_404(Enquiry, pk=pk)
        if not self.has_view_permission(request, enquiry):
            raise PermissionDenied
        if not enquiry.attachment:
            raise Http404
        try:
            attachment = enquiry.attachment.open("rb")
        except FileNotFoundError:
            logger.warning("The attachment of %s is missing from storage", enquiry.reference)
            raise Http404 from None
        response = FileResponse(
            attachment,
            as_attachment=True,
            filename=f"{enquiry.reference}.pdf",
            content_type="application/pdf",
        )
        response["Cache-Control"] = "private, no-store"
        return response

    def statistics_view(self, request):
        """Enquiries per month, kind, country and outcome, for one year."""
        if not request.user.has_perm("enquiries.view_statistics"):
            raise PermissionDenied
        years = sorted(set(Enquiry.objects.years()) | {timezone.localdate().year}, reverse=True)
        # Only a year on offer: anything else (10000, "²", "abc") shows the latest.
        year = request.GET.get("year", "")
        year = int(year) if year in {str(offered) for offered in years} else years[0]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Statistics of enquiries"),
            "opts": self.opts,
            "years": years,
            "year": year,
            "statistics": enquiry_statistics(year=year),
        }
        return TemplateResponse(request, "admin/enquiries/enquiry/statistics.html", context)


def open_enquiries(request):
    """The open enquiries counted by status, or None without the permission to see them."""
    if not request.user.has_perm("enquiries.view_enquiry"):
        return None
    counts = dict(Enquiry.objects.open().values_list("status").annotate(n=Count("pk")).order_by())
    return [(label, counts[value]) for value, label in EnquiryStatus.choices if value in counts]


admin.site.add_to_start_page("open_enquiries", open_enquiries)
