"""The public lists' FilterSets, plus what the API needs that a page says by its address."""

import django_filters
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from events.filters import EventFilter, MonthFilter
from sdg.models import Pillar, SdgActivity

# A month like "2027-06", as the events list's month field takes it.
extend_schema_field(OpenApiTypes.STR)(MonthFilter)


class EventApiFilter(EventFilter):
    """The events list's filters; `when` picks the upcoming or the past events page."""

    when = django_filters.ChoiceFilter(
        label=_("Upcoming or past"),
        choices=[("upcoming", _("upcoming")), ("past", _("past"))],
        method="filter_when",
    )

    class Meta(EventFilter.Meta):
        fields = [*EventFilter.Meta.fields, "when"]

    def filter_city(self, queryset, name, value: str):
        # The type hint is for the OpenAPI description: a city's slug.
        return super().filter_city(queryset, name, value)

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()


class SdgActivityApiFilter(django_filters.FilterSet):
    """SDG activities have no list page of their own: they are listed by goal and pillar."""

    goal = django_filters.NumberFilter(
        label=_("Sustainable Development Goal"), field_name="goals__number"
    )
    pillar = django_filters.ChoiceFilter(label=_("Pillar"), choices=Pillar)

    class Meta:
        model = SdgActivity
        fields = ["goal", "pillar"]
