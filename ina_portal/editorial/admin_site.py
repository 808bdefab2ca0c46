"""The admin site of the portal: Django's, with a start page for editors and the
translations dashboard."""

from itertools import chain

from django.contrib import admin
from django.db.models import Count, Window, prefetch_related_objects
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog

from ina_portal.base import content
from ina_portal.base.models import PublicationState

from .publishing import may_publish
from .translation_status import translation_backlog

RECENT_CHANGES = 10
DUE_SHOWN = 20
WAITING_SHOWN = 20


def viewable(request, kinds):
    return [
        kind
        for kind in kinds
        if request.user.has_perm(f"{kind.model._meta.app_label}.view_{kind.model._meta.model_name}")
    ]


def recent_changes(request):
    """The records last changed, newest first, from their history."""
    kinds = viewable(request, [kind for kind in content.kinds() if kind.history])
    rows = chain.from_iterable(
        kind.model.history.select_related("history_user").order_by("-history_date")[:RECENT_CHANGES]
        for kind in kinds
    )
    rows = sorted(rows, key=lambda row: row.history_date, reverse=True)[:RECENT_CHANGES]
    # The record as that version saved it, without a query (`row.instance` makes one).
    records = [row.history_object for row in rows]
    for kind in kinds:
        if kind.name_related:
            prefetch_related_objects(
                [r for r in records if isinstance(r, kind.model)], *kind.name_related
            )
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
    today = timezone.localdate()
    querysets = [
        kind.model.objects.filter(review_due__lte=today)
        .select_related("responsible", *kind.name_related)
        .order_by("review_due", "pk")
        for kind in viewable(request, content.kinds())
        if kind.history and kind.is_publishable
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


def waiting_for_review(request):
    """Records submitted for review that the user may publish, longest unchanged first:
    the first WAITING_SHOWN of them and how many more; (None, 0) for who publishes nothing."""
    kinds = [
        kind
        for kind in content.kinds()
        if kind.history and kind.is_publishable and may_publish(request.user, kind.model)
    ]
    if not kinds:
        return None, 0
    per_kind = [
        list(
            kind.model.objects.in_state(PublicationState.IN_REVIEW)
            .select_related(*kind.name_related)
            # How many wait in all, counted in the same query.
            .annotate(waiting=Window(Count("pk")))
            .order_by("updated_at", "pk")[:WAITING_SHOWN]
        )
        for kind in kinds
    ]
    oldest = sorted(chain.from_iterable(per_kind), key=lambda record: record.updated_at)
    total = sum(records[0].waiting for records in per_kind if records)
    items = [
        {"record": record, "type": record._meta.verbose_name, "url": admin_url(record)}
        for record in oldest[:WAITING_SHOWN]
    ]
    return items, total - len(items)


def admin_url(record):
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


class PortalAdminSite(admin.AdminSite):
    site_header = _("INA Portal administration")
    site_title = _("INA Portal")
    index_title = _("Office for International Relations")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # {context name: function of the request}: what apps add to the start page.
        self.start_page = {}

    def add_to_start_page(self, name, part):
        """Show `part(request)` on the start page as `name` (see admin/index.html)."""
        self.start_page[name] = part

    def get_urls(self):
        return [
            path(
                "translations/",
                self.admin_view(self.translations_view),
                name="translations",
            ),
            *super().get_urls(),
        ]

    def i18n_javascript(self, request, extra_context=None):
        # The rich text editor's dialogs speak German too (django-prose-editor's catalogue).
        return JavaScriptCatalog.as_view(packages=["django.contrib.admin", "django_prose_editor"])(
            request
        )

    def index(self, request, extra_context=None):
        due, more = due_for_review(request)
        waiting, more_waiting = waiting_for_review(request)
        context = {
            **{name: part(request) for name, part in self.start_page.items()},
            "recent_changes": recent_changes(request),
            "due_for_review": due,
            "due_for_review_more": more,
            "waiting_for_review": waiting,
            "waiting_for_review_more": more_waiting,
            **(extra_context or {}),
        }
        return super().index(request, context)

    def translations_view(self, request):
        """Every published record whose English text is missing or older than the German."""
        context = {
            **self.each_context(request),
            "title": _("Translations"),
            "backlog": translation_backlog(),
        }
        return TemplateResponse(request, "admin/translations.html", context)
