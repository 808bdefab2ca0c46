"""The admin site of the portal: Django's, with a start page for editors and the
translations dashboard."""

from datetime import timedelta
from itertools import chain

from django.contrib import admin
from django.db.models import Count, prefetch_related_objects
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RECENT_CHANGES = 10
DUE_SHOWN = 20
UPCOMING_DAYS = 30


def upcoming(request):
    """Visits and events of the next 30 days, each as (date, label, admin url)."""
    from events.models import Event, Visit

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


def open_enquiries(request):
    """The open enquiries counted by status, or None without the permission to see them."""
    from ina_portal.enquiries.models import Enquiry, EnquiryStatus

    if not request.user.has_perm("enquiries.view_enquiry"):
        return None
    counts = dict(Enquiry.objects.open().values_list("status").annotate(n=Count("pk")).order_by())
    return [(label, counts[value]) for value, label in EnquiryStatus.choices if value in counts]


def recent_changes(request):
    """The records last changed, newest first, from their history."""
    from .history import HISTORY_MODELS, NAME_RELATED

    rows = chain.from_iterable(
        model.history.select_related("history_user").order_by("-history_date")[:RECENT_CHANGES]
        for model in HISTORY_MODELS
        if request.user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
    )
    rows = sorted(rows, key=lambda row: row.history_date, reverse=True)[:RECENT_CHANGES]
    # The record as that version saved it, without a query (`row.instance` makes one).
    records = [row.history_object for row in rows]
    for model, related in NAME_RELATED.items():
        prefetch_related_objects([r for r in records if isinstance(r, model)], *related)
    return [
        {
            "when": row.history_date,
            "who": row.history_user,
            "what": row.get_history_type_display(),
            "record": record,
            "type": record._meta.verbose_name,
            "url": admin_url(record) if row.history_type != "-" else None,
        }
        for row, record in zip(rows, records, strict=True)
    ]


def due_for_review(request):
    """Records whose review date has come, oldest first, with who is responsible:
    the first DUE_SHOWN of them, and how many more there are."""
    from .history import HISTORY_MODELS, NAME_RELATED
    from .models import Publishable

    today = timezone.localdate()
    querysets = [
        model.objects.filter(review_due__lte=today)
        .select_related("responsible", *NAME_RELATED.get(model, []))
        .order_by("review_due", "pk")
        for model in HISTORY_MODELS
        if issubclass(model, Publishable)
        and request.user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
    ]
    oldest = sorted(
        chain.from_iterable(queryset[:DUE_SHOWN] for queryset in querysets),
        key=lambda record: record.review_due,
    )[:DUE_SHOWN]
    total = sum(queryset.count() for queryset in querysets)
    items = [
        {"record": record, "type": record._meta.verbose_name, "url": admin_url(record)}
        for record in oldest
    ]
    return items, total - len(items)


def admin_url(record):
    from django.urls import reverse

    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


class PortalAdminSite(admin.AdminSite):
    site_header = _("INA Portal administration")
    site_title = _("INA Portal")
    index_title = _("Office for International Relations")

    def get_urls(self):
        return [
            path(
                "translations/",
                self.admin_view(self.translations_view),
                name="translations",
            ),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        due, more = due_for_review(request)
        context = {
            "upcoming": upcoming(request),
            "open_enquiries": open_enquiries(request),
            "recent_changes": recent_changes(request),
            "due_for_review": due,
            "due_for_review_more": more,
            **(extra_context or {}),
        }
        return super().index(request, context)

    def translations_view(self, request):
        """Every published record whose English text is missing or older than the German."""
        from .translation_status import translation_backlog

        context = {
            **self.each_context(request),
            "title": _("Translations"),
            "backlog": translation_backlog(),
        }
        return TemplateResponse(request, "admin/translations.html", context)
