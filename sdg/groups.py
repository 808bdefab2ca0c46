"""What serves a goal: the kinds of published records tagged with goals, in page order.

Each kind is a many-to-many field `goals` on a publishable model with `for_list()`;
the goal pages, the overview and the matrix are built from this list, so a new kind
(events, say) appears everywhere with one more `GoalGroup`.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from .models import Goal, Pillar

TALLIES = {
    "activities": ngettext_lazy("%(count)d activity", "%(count)d activities", "count"),
    "partnerships": ngettext_lazy("%(count)d partnership", "%(count)d partnerships", "count"),
    "networks": ngettext_lazy("%(count)d network", "%(count)d networks", "count"),
    "events": ngettext_lazy("%(count)d event", "%(count)d events", "count"),
}


@dataclass(frozen=True)
class GoalGroup:
    related_name: str  # the reverse name of the model's `goals` field on Goal
    heading: Promise
    tally: str  # key in TALLIES: groups with the same key are added up on the overview
    card_template: str
    card_name: str  # the name the card template gives the record

    @property
    def model(self):
        return Goal._meta.get_field(self.related_name).related_model

    def items(self, goal, pillar=""):
        items = self.model.objects.published().for_list().filter(goals=goal)
        return items.filter(pillar=pillar) if pillar else items


GOAL_GROUPS = [
    GoalGroup(
        "activities",
        _("Municipal activities"),
        "activities",
        "includes/sdgactivity_card.html",
        "activity",
    ),
    GoalGroup(
        "twin_cities",
        _("Twin cities"),
        "partnerships",
        "includes/twincity_card.html",
        "twin_city",
    ),
    GoalGroup(
        "project_partnerships",
        _("Project partnerships"),
        "partnerships",
        "includes/projectpartnership_card.html",
        "partnership",
    ),
    GoalGroup("networks", _("City networks"), "networks", "includes/network_card.html", "network"),
    GoalGroup("events", _("Events"), "events", "includes/event_card.html", "event"),
]
RELATED_NAMES = [group.related_name for group in GOAL_GROUPS]


def goals_with_counts():
    return Goal.objects.with_counts(*RELATED_NAMES)


def tallies(goal):
    """["2 activities", "3 partnerships", …] for a goal from `goals_with_counts()`."""
    totals = dict.fromkeys(TALLIES, 0)
    for group in GOAL_GROUPS:
        totals[group.tally] += getattr(goal, f"{group.related_name}_count")
    return [TALLIES[key] % {"count": count} for key, count in totals.items()]


def served_by(goal, pillar=""):
    """[(group, items), …]: the published records serving a goal, by kind."""
    return [(group, group.items(goal, pillar)) for group in GOAL_GROUPS]


@dataclass
class MatrixRow:
    goal: Goal
    cells: list  # [(pillar, count)] in Pillar order


def pillar_matrix():
    """One row per goal, one cell per pillar: how many published records serve both.

    One grouped query per kind of record, whatever the number of records.
    """
    counts = {}
    for group in GOAL_GROUPS:
        rows = (
            group.model.objects.published()
            .filter(goals__isnull=False)
            .exclude(pillar="")
            .order_by()
            .values_list("goals", "pillar")
            .annotate(count=Count("pk"))
        )
        for goal_id, pillar, count in rows:
            counts[goal_id, pillar] = counts.get((goal_id, pillar), 0) + count
    return [
        MatrixRow(goal, [(pillar, counts.get((goal.pk, pillar), 0)) for pillar in Pillar])
        for goal in Goal.objects.all()
    ]
