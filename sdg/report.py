"""The report for a Voluntary Local Review: per goal its local targets with their status,
its indicators with their latest values and charts, and what serves it.

The report on all goals sums each goal up (its first targets and indicators in a table,
the first records of each kind by name, and how many there are in all); the report on one
goal shows its first targets and indicators with their charts. Both lead to the goal's
pages for the rest, so that neither grows with the number of records.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from .groups import goal_groups, goals_with_counts
from .models import Indicator, LocalTarget


@dataclass(frozen=True)
class Limits:
    targets: int
    indicators: int
    records: int  # of each kind that serves the goal


CITY_LIMITS = Limits(targets=3, indicators=3, records=2)
GOAL_LIMITS = Limits(targets=6, indicators=4, records=10)


@dataclass
class GoalReport:
    goal: object  # from goals_with_counts().with_figure_counts()
    targets: list  # the first ones
    indicators: list  # the first of those that measure no local target
    served: list = field(default_factory=list)  # [(group, [first records], count)]

    @property
    def is_empty(self):
        return not (self.targets or self.indicators or any(count for _g, _i, count in self.served))

    @property
    def more_targets(self):
        return self.goal.local_targets_count > len(self.targets)

    @property
    def more_indicators(self):
        return self.goal.other_indicators_count > len(self.indicators)


def city_report(number=None):
    """[GoalReport] for every goal, or for the goal NUMBER.

    A fixed number of queries: the goals with their counts, their first targets and
    indicators, and one query (with its prefetches) per kind of record that serves goals.
    """
    limits = CITY_LIMITS if number is None else GOAL_LIMITS
    groups = goal_groups()
    goals = (
        goals_with_counts()
        .with_figure_counts()
        .prefetch_related(
            Prefetch(
                "local_targets",
                queryset=LocalTarget.objects.with_progress()[: limits.targets],
                to_attr="first_targets",
            ),
            Prefetch(
                "indicators",
                queryset=Indicator.objects.published()
                .filter(local_target=None)
                .with_totals()[: limits.indicators],
                to_attr="other_indicators",
            ),
            *(
                Prefetch(
                    group.related_name,
                    queryset=group.records()[: limits.records],
                    to_attr=f"first_{group.related_name}",
                )
                for group in groups
            ),
        )
    )
    if number is not None:
        goals = goals.filter(number=number)
    return [
        GoalReport(
            goal,
            goal.first_targets,
            goal.other_indicators,
            [
                (
                    group,
                    getattr(goal, f"first_{group.related_name}"),
                    getattr(goal, f"{group.related_name}_count"),
                )
                for group in groups
            ],
        )
        for goal in goals
    ]
