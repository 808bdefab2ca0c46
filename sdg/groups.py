"""What serves a goal: the kinds of published records tagged with goals, in page order.

Each kind is a many-to-many field `goals` on a publishable model with `for_list()`,
declared with a `GoalGroup` in its app's content.py; the goal pages, the overview and the
matrix are built from those declarations. A goal page shows the first
`GOAL_PAGE_CARDS` records of a kind and links to its public list filtered by the goal,
or, for a kind without one, to the goal's own paginated list of the kind (`sdg:goal_group`).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import ngettext_lazy

from ina_portal.base import content

from .models import Goal, Pillar

TALLIES = {
    "activities": ngettext_lazy("%(count)d activity", "%(count)d activities", "count"),
    "partnerships": ngettext_lazy("%(count)d partnership", "%(count)d partnerships", "count"),
    "networks": ngettext_lazy("%(count)d network", "%(count)d networks", "count"),
    "events": ngettext_lazy("%(count)d event", "%(count)d events", "count"),
}


GOAL_PAGE_CARDS = 6
# The goal's local targets and the indicators that measure none, with their charts: the
# goal page shows the first few and links to the rest.
GOAL_PAGE_TARGETS = 3
GOAL_PAGE_INDICATORS = 2

ALL_OF_GOAL = ngettext_lazy(
    "%(heading)s for goal %(number)d: the %(count)d",
    "%(heading)s for goal %(number)d: all %(count)d",
    "count",
)


@dataclass(frozen=True)
class GoalList:
    """A public list that takes `?goal=<number>`: where a goal page leads for the rest."""

    url_name: str
    # "All 37 project partnerships for goal 13": formatted with count and number; only
    # shown when the list holds exactly the group's records.
    counted: Promise | None = None
    # "All project partnerships for goal 13": when the list cannot narrow to the pillar
    # the goal page is narrowed to, or holds only part of the group (events).
    uncounted: Promise | None = None
    pillar: bool = False  # the list takes `?pillar=` too

    def link(self, goal, count, pillar=""):
        """(text, url) of the list filtered like the goal page."""
        query = {"goal": goal.number}
        if pillar and self.pillar:
            query["pillar"] = pillar
        exact = self.counted is not None and (self.pillar or not pillar)
        text = (self.counted if exact else self.uncounted) % {
            "count": count,
            "number": goal.number,
        }
        return text, f"{reverse(self.url_name)}?{urlencode(query)}"


@dataclass(frozen=True)
class GoalGroup:
    related_name: str  # the reverse name of the model's `goals` field on Goal
    heading: Promise
    tally: str  # key in TALLIES: groups with the same key are added up on the overview
    card_template: str
    card_name: str  # the name the card template gives the record
    # The lists a goal page links to for the records beyond its first cards. A group
    # without one (twin cities) links to the goal's own list of the kind (sdg:goal_group).
    lists: tuple[GoalList, ...] = ()
    order: str = ""  # a QuerySet method that orders the cards, if not the model's ordering

    @property
    def slug(self):
        """The kind in the URL of the goal's own list of it."""
        return self.related_name.replace("_", "-")

    @property
    def model(self):
        return Goal._meta.get_field(self.related_name).related_model

    def records(self):
        """The published records of the kind, in card order."""
        records = self.model.objects.published().for_list()
        return getattr(records, self.order)() if self.order else records

    def items(self, goal, pillar=""):
        items = self.records().filter(goals=goal)
        return items.filter(pillar=pillar) if pillar else items

    def links(self, goal, count, pillar=""):
        """[(text, url)] of the lists with all the goal's records of the kind."""
        if self.lists:
            return [goal_list.link(goal, count, pillar) for goal_list in self.lists]
        url = reverse("sdg:goal_group", kwargs={"number": goal.number, "kind": self.slug})
        if pillar:
            url += f"?{urlencode({'pillar': pillar})}"
        text = ALL_OF_GOAL % {"heading": self.heading, "number": goal.number, "count": count}
        return [(text, url)]


def goal_groups():
    """The kinds that serve goals (each app's content.py), the city's own activities first."""
    groups = [kind.goals for kind in content.kinds() if kind.goals]
    return sorted(groups, key=lambda group: group.model._meta.app_label != Goal._meta.app_label)


def goals_with_counts(pillar=""):
    return Goal.objects.with_counts(*(group.related_name for group in goal_groups()), pillar=pillar)


def goal_group(slug):
    """The GoalGroup whose `slug` is SLUG, or None."""
    return next((group for group in goal_groups() if group.slug == slug), None)


def tallies(goal):
    """["2 activities", "3 partnerships", …] for a goal from `goals_with_counts()`."""
    totals = dict.fromkeys(TALLIES, 0)
    for group in goal_groups():
        totals[group.tally] += getattr(goal, f"{group.related_name}_count")
    return [TALLIES[key] % {"count": count} for key, count in totals.items()]


@dataclass
class ServedGroup:
    group: GoalGroup
    items: object  # the records shown: the first GOAL_PAGE_CARDS
    count: int  # all the records of the group
    links: list  # [(text, url)] of the lists with the records beyond those shown


def served_by(goal, pillar=""):
    """[ServedGroup, …]: the published records serving a goal, by kind.

    `goal` comes from `goals_with_counts(pillar)`, which counts the records; the cards
    take one query per group (and its prefetches), whatever the number of records.
    """
    served = []
    for group in goal_groups():
        items = group.items(goal, pillar)[:GOAL_PAGE_CARDS]
        count = getattr(goal, f"{group.related_name}_count")
        links = group.links(goal, count, pillar) if count > GOAL_PAGE_CARDS else []
        served.append(ServedGroup(group, items, count, links))
    return served


# The local targets a cell of the matrix names; the rest it counts.
MATRIX_CELL_TARGETS = 3


class Cell(tuple):
    """(pillar, count) of the matrix, with the first of the goal's local targets in the
    pillar (`targets`) and how many more there are (`more_targets`)."""

    def __new__(cls, pillar, count, targets):
        cell = super().__new__(cls, (pillar, count))
        cell.targets = targets[:MATRIX_CELL_TARGETS]
        cell.more_targets = len(targets) - len(cell.targets)
        return cell


@dataclass
class MatrixRow:
    goal: Goal
    cells: list  # [Cell(pillar, count)] in Pillar order


def pillar_matrix(targets=()):
    """One row per goal, one cell per pillar: how many published records serve both, and
    the local targets of the goal and pillar (with their status).

    One grouped query per kind of record, whatever the number of records.
    """
    by_cell = {}
    for target in targets:
        by_cell.setdefault((target.goal_id, target.pillar), []).append(target)
    counts = {}
    for group in goal_groups():
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
        MatrixRow(
            goal,
            [
                Cell(pillar, counts.get((goal.pk, pillar), 0), by_cell.get((goal.pk, pillar), []))
                for pillar in Pillar
            ],
        )
        for goal in Goal.objects.all()
    ]
