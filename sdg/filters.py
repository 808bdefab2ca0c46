import django_filters
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField

from .models import ActivityStatus, Goal, Indicator, Pillar, SdgActivity


class OfferedGoalIterator(ModelChoiceIterator):
    def __init__(self, field):
        super().__init__(field)
        self.queryset = field.offered()


class GoalChoiceField(ModelChoiceField):
    """Takes any goal of its queryset; its select offers only the goals of `offered()`."""

    iterator = OfferedGoalIterator

    def __init__(self, *args, offered, **kwargs):
        self.offered = offered
        super().__init__(*args, **kwargs)


class GoalFilter(django_filters.ModelChoiceFilter):
    """A list's filter by goal number. Any goal 1-17 is a valid value (one that no published
    record serves matches nothing, so a subscription stays narrowed); the form offers only
    the goals its published records serve (a draft's goal must not show)."""

    field_class = GoalChoiceField

    def __init__(self, model, field_name="goals", **kwargs):
        related_name = model._meta.get_field(field_name).remote_field.related_name
        super().__init__(
            label=_("Sustainable Development Goal"),
            field_name=field_name,
            to_field_name="number",
            queryset=Goal.objects.all(),
            offered=lambda: Goal.objects.filter(
                **{f"{related_name}__in": model.objects.published()}
            ).distinct(),
            empty_label=_("All goals"),
            distinct=True,
            **kwargs,
        )


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


class IndicatorFilter(django_filters.FilterSet):
    goal = GoalFilter(Indicator, field_name="goal")

    class Meta:
        model = Indicator
        fields = ["goal"]


class SdgActivityApiFilter(django_filters.FilterSet):
    """SDG activities have no list page of their own: they are listed by goal and pillar."""

    goal = GoalFilter(SdgActivity)
    pillar = django_filters.ChoiceFilter(label=_("Pillar"), choices=Pillar.choices)

    class Meta:
        model = SdgActivity
        fields = ["goal", "pillar"]
