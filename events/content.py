"""Events, visits and visit reports as content kinds (ina_portal.base.content)."""

from django.utils.translation import gettext_lazy as _

from ina_portal.base import content
from ina_portal.base.content import Kind, Search
from sdg.groups import GoalGroup, GoalList

from .api import EventViewSet, VisitReportViewSet
from .models import INTERNAL_VISIT_FIELDS, Event, Visit, VisitReport, linked_events_prefetch

content.register(
    Kind(
        Event,
        search=Search(
            key="events",
            label=_("Events"),
            label_singular=_("Event"),
            queryset=lambda: Event.objects.published(),
            title=("title",),
            body=("teaser", "description", "venue", "organiser"),
        ),
        sitemap=True,
        goals=GoalGroup(
            "events",
            _("Events"),
            "events",
            "includes/event_card.html",
            "event",
            # The events list shows only upcoming events, the past list only past ones:
            # the goal page's events span both, so it links to each.
            lists=(
                GoalList("events:event_list", uncounted=_("Upcoming events for goal %(number)d")),
                GoalList("events:event_list_past", uncounted=_("Past events for goal %(number)d")),
            ),
            order="upcoming_then_past",
        ),
        api=EventViewSet,
    ),
    Kind(Visit),
    Kind(
        VisitReport,
        search=Search(
            key="visits",
            label=_("Visit reports"),
            label_singular=_("Visit report"),
            queryset=lambda: (
                VisitReport.objects.published()
                .select_related("visit")
                .defer(*(f"visit__{name}" for name in INTERNAL_VISIT_FIELDS))
            ),
            title=("title",),
            body=("text", "visit__visiting_party"),
        ),
        sitemap=True,
        api=VisitReportViewSet,
    ),
    pages=[
        "events:event_list",
        "events:event_list_past",
        "events:visitreport_list",
        "events:golden_book",
    ],
)
content.attach(
    ["partnerships.TwinCity", "partnerships.ProjectPartnership", "networks.Network"],
    linked_events_prefetch,
)
