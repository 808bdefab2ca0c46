from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TranslationStackedInline,
)

from ina_portal.editorial.admin import ContentAdmin, PublishableAdmin
from ina_portal.editorial.admin_site import admin_url
from ina_portal.editorial.forms import AdminModelForm
from ina_portal.editorial.importexport import CsvImportExportMixin

from .forms import EventAdminForm
from .models import (
    INTERNAL_VISIT_FIELDS,
    Event,
    ProgrammeItem,
    Visit,
    VisitQuerySet,
    VisitReport,
    twinning_anniversaries,
)
from .resources import EventResource


@admin.register(Event)
class EventAdmin(CsvImportExportMixin, PublishableAdmin):
    resource_classes = [EventResource]
    form = EventAdminForm
    list_display = [
        "title",
        "kind",
        "start",
        "end",
        "all_day",
        "cancelled",
        "publication_status",
        "publish_at",
    ]
    list_filter = ["publication_status", "kind", "all_day", "cancelled", "pillar", "goals"]
    search_fields = ["title_de", "title_en", "venue_de", "venue_en", "organiser_de", "slug"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["image", "twin_cities", "project_partnerships", "networks"]
    filter_horizontal = ["goals"]
    date_hierarchy = "start"
    ordering = ["-start"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "all_day", "start", "end", "cancelled"]}),
        (
            _("Place and organisation"),
            {"fields": ["venue", "address", "organiser", "registration_url", "website"]},
        ),
        (_("Text"), {"fields": ["teaser", "description", "image"]}),
        (
            _("Linked to"),
            {"fields": ["twin_cities", "project_partnerships", "networks", "goals", "pillar"]},
        ),
        PublishableAdmin.publication_fieldset,
    ]


class ProgrammeItemInline(admin.TabularInline):
    model = ProgrammeItem
    extra = 0


class VisitReportInline(TranslationStackedInline):
    model = VisitReport
    form = AdminModelForm
    extra = 0
    max_num = 1
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["photos"]
    fields = [
        "title",
        "slug",
        "text",
        "photos",
        "consent_to_publish",
        "publication_status",
        "publish_at",
    ]


class NextVisitsFirstChangeList(ChangeList):
    # The default order of the list, unless a column header is clicked. Not through
    # get_ordering(): other admins order their choices of visits by it, without the
    # annotations next_first() adds.
    def _get_default_ordering(self):
        return VisitQuerySet.NEXT_FIRST


@admin.register(Visit)
class VisitAdmin(ContentAdmin):
    change_list_template = "admin/events/visit/change_list.html"
    list_display = [
        "visiting_party",
        "kind",
        "country",
        "start_date",
        "end_date",
        "status",
        "golden_book_signed",
        "has_public_report",
    ]
    list_filter = ["status", "kind", "golden_book_signed", "country"]
    search_fields = ["visiting_party_de", "visiting_party_en", "hosting_official"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["twin_city", "project_partnership"]
    list_select_related = ["report"]
    inlines = [ProgrammeItemInline, VisitReportInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "visiting_party",
                    "kind",
                    "country",
                    "twin_city",
                    "project_partnership",
                    ("start_date", "end_date"),
                    "status",
                    "purpose",
                    "golden_book_signed",
                ]
            },
        ),
        (
            _("Internal (staff only)"),
            {
                "fields": INTERNAL_VISIT_FIELDS,
                "description": _("These fields are never shown on the public site."),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).next_first()

    def get_changelist(self, request, **kwargs):
        return NextVisitsFirstChangeList

    @admin.display(description=_("public report"), boolean=True)
    def has_public_report(self, obj):
        report = getattr(obj, "report", None)
        return bool(report and report.is_public and report.consent_to_publish)

    def get_urls(self):
        return [
            path(
                "anniversaries/",
                self.admin_site.admin_view(self.anniversaries_view),
                name="events_anniversaries",
            ),
            *super().get_urls(),
        ]

    def anniversaries_view(self, request):
        """The twinning anniversaries of this year and the next, for planning."""
        year = timezone.localdate().year
        context = {
            **self.admin_site.each_context(request),
            "title": _("Twinning anniversaries"),
            "opts": self.opts,
            "years": [(y, twinning_anniversaries(y)) for y in (year, year + 1)],
        }
        return TemplateResponse(request, "admin/events/anniversaries.html", context)


@admin.register(VisitReport)
class VisitReportAdmin(PublishableAdmin):
    list_display = ["title", "visit", "consent_to_publish", "publication_status", "publish_at"]
    list_filter = ["publication_status", "consent_to_publish", "visit__golden_book_signed"]
    search_fields = ["title_de", "title_en", "visit__visiting_party_de"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["visit", "photos"]
    list_select_related = ["visit"]
    fieldsets = [
        (None, {"fields": ["visit", "title", "slug", "text", "photos", "consent_to_publish"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.action(description=_("Publish the selected records"))
    def publish(self, request, queryset):
        refused = queryset.filter(consent_to_publish=False).count()
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d report has no consent to publish and stays a draft.",
                    "%(count)d reports have no consent to publish and stay drafts.",
                    refused,
                )
                % {"count": refused},
                messages.WARNING,
            )
        super().publish(request, queryset.filter(consent_to_publish=True))


UPCOMING_DAYS = 30


def upcoming(request):
    """Visits and events of the next 30 days for the admin start page, each as (date,
    kind, label, admin url)."""
    today = timezone.localdate()
    horizon = today + timedelta(days=UPCOMING_DAYS)
    items = []
    if request.user.has_perm("events.view_visit"):
        for visit in Visit.objects.filter(end_date__gte=today, start_date__lte=horizon):
            items.append((visit.start_date, _("Visit"), str(visit), admin_url(visit)))
    if request.user.has_perm("events.view_event"):
        now = timezone.now()
        events = Event.objects.filter(end__gte=now, start__lte=now + timedelta(UPCOMING_DAYS))
        for event in events:
            items.append(
                (timezone.localdate(event.start), _("Event"), str(event), admin_url(event))
            )
    return sorted(items, key=lambda item: item[0])


admin.site.add_to_start_page("upcoming", upcoming)
