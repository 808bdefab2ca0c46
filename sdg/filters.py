import django_filters
from django.utils.translation import gettext_lazy as _

from .models import ActivityStatus, Goal, Pillar, SdgActivity


def activity_goals(request):
    return Goal.objects.filter(activities__in=SdgActivity.objects.published()).distinct()


def used_choices(choices, field):
    """The choices that published activities use, in their declared order."""
    used = set(SdgActivity.objects.published().values_list(field, flat=True).distinct())
    return [(value, label) for value, label in choices.choices if value in used]


class SdgActivityFilter(django_filters.FilterSet):
    goal = django_filters.ModelChoiceFilter(
        label=_("Sustainable Development Goal"),
        field_name="goals",
        to_field_name="number",
        queryset=activity_goals,
        empty_label=_("All goals"),
        distinct=True,
    )
    pillar = django_filters.ChoiceFilter(
        label=_("Pillar"),
        choices=lambda: used_choices(Pillar, "pillar"),
        empty_label=_("All pillars"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=lambda: used_choices(ActivityStatus, "status"),
        empty_label=_("Any status"),
    )

    class Meta:
        model = SdgActivity
        fields = ["goal", "pillar", "status"]
