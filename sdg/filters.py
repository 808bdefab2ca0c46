import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ActivityStatus, Goal, Pillar, SdgActivity


class GoalFilter(django_filters.ModelChoiceFilter):
    """A list's filter by goal number. Any goal 1-17 is a valid value (one that no published
    record serves matches nothing, so a subscription stays narrowed); the form offers only
    the goals its published records serve (a draft's goal must not show)."""

    def __init__(self, model, **kwargs):
        related_name = model._meta.get_field("goals").remote_field.related_name
        self.served_goals = lambda: Goal.objects.filter(
            **{f"{related_name}__in": model.objects.published()}
        ).distinct()
        super().__init__(
            label=_("Sustainable Development Goal"),
            field_name="goals",
            to_field_name="number",
            queryset=Goal.objects.all(),
            empty_label=_("All goals"),
            distinct=True,
            **kwargs,
        )

    @property
    def field(self):
        if not hasattr(self, "_field"):
            offered = forms.ModelChoiceField(
                queryset=self.served_goals(),
                to_field_name="number",
                empty_label=self.extra["empty_label"],
            )
            super().field.widget.choices = offered.choices
        return self._field


def used_choices(choices, field):
    """The choices that published activities use, in their declared order."""
    used = set(SdgActivity.objects.published().values_list(field, flat=True).distinct())
    return [(value, label) for value, label in choices.choices if value in used]


class SdgActivityFilter(django_filters.FilterSet):
    goal = GoalFilter(SdgActivity)
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


class SdgActivityApiFilter(django_filters.FilterSet):
    """SDG activities have no list page of their own: they are listed by goal and pillar."""

    goal = GoalFilter(SdgActivity)
    pillar = django_filters.ChoiceFilter(label=_("Pillar"), choices=Pillar.choices)

    class Meta:
        model = SdgActivity
        fields = ["goal", "pillar"]
