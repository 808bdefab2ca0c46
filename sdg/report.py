"""The report for a Voluntary Local Review: per goal its local targets with their status,
its indicators with their latest values and charts, and what serves it."""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from .groups import goal_groups
from .models import Goal, Indicator, LocalTarget


@dataclass
class GoalReport:
    goal: Goal
    targets: list
    indicators: list  # those that measure no local target
    served: list = field(default_factory=list)  # [(group, [records])]

    @property
    def is_empty(self):
        return not (self.targets or self.indicators or any(items for _g, items in self.served))


def city_report(number=None):
    """[GoalReport] for every goal, or for the goal NUMBER.

    A fixed number of queries: the goals with their targets and indicators, and one
    query (with its prefetches) per kind of record that serves goals.
    """
    goals = Goal.objects.prefetch_related(
        Prefetch("local_targets", queryset=LocalTarget.objects.with_progress()),
        Prefetch(
            "indicators",
            queryset=Indicator.objects.published().filter(local_target=None).with_totals(),
            to_attr="other_indicators",
        ),
    )
    if number is not None:
        goals = goals.filter(number=number)
    reports = {
        goal.pk: GoalReport(goal, list(goal.local_targets.all()), goal.other_indicators)
        for goal in goals
    }
    for group in goal_groups():
        by_goal = {}
        records = group.model.objects.published().for_list()
        if number is not None:
            records = records.filter(goals__number=number)
        for record in records:
            for goal in record.goals.all():
                by_goal.setdefault(goal.pk, []).append(record)
        for pk, report in reports.items():
            report.served.append((group, by_goal.get(pk, [])))
    return list(reports.values())
