"""The goals, the SDG activities and the indicators in the open data API
(ina_portal.base.api)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ina_portal.base.api.filters import SlugFilter
from ina_portal.base.api.serializers import PageUrlField, PlainTextField, goal_numbers, rich_text
from ina_portal.base.api.views import OpenDataViewSet

from .filters import SdgActivityApiFilter
from .models import Goal, Indicator, Observation, SdgActivity


class GoalSerializer(serializers.ModelSerializer):
    url = PageUrlField()

    class Meta:
        model = Goal
        fields = ["number", "title", "long_title", "colour", "url"]


class SdgActivitySerializer(serializers.ModelSerializer):
    goals = goal_numbers()
    description_text = PlainTextField("description")
    url = PageUrlField()

    class Meta:
        model = SdgActivity
        fields = [
            "slug",
            "title",
            "teaser",
            "description",
            "description_text",
            "goals",
            "pillar",
            "lead_unit",
            "status",
            "start_year",
            "end_year",
            "link",
            "url",
        ]
        extra_kwargs = rich_text("description")


class GoalViewSet(OpenDataViewSet):
    """The 17 Sustainable Development Goals."""

    endpoint = "goals"
    serializer_class = GoalSerializer
    lookup_field = "number"
    lookup_value_regex = r"\d{1,2}"
    queryset = Goal.objects.all()


class SdgActivityViewSet(OpenDataViewSet):
    """What the city administration does towards the goals."""

    endpoint = "sdg-activities"
    serializer_class = SdgActivitySerializer
    filterset_class = SdgActivityApiFilter

    def get_queryset(self):
        return SdgActivity.objects.published().for_list()


class SeriesValueSerializer(serializers.ModelSerializer):
    value = serializers.FloatField(read_only=True)

    class Meta:
        model = Observation
        fields = ["year", "breakdown", "value", "note", "source"]


class IndicatorSerializer(serializers.ModelSerializer):
    goal = serializers.IntegerField(source="goal.number", read_only=True)
    local_target = serializers.CharField(
        source="local_target.code", read_only=True, allow_null=True, default=None
    )
    example_values = serializers.BooleanField(
        read_only=True, help_text="The figures are made-up examples, not the city's statistics."
    )
    series = SeriesValueSerializer(source="all_observations", many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Indicator
        fields = [
            "slug",
            "title",
            "unit",
            "definition",
            "source",
            "source_url",
            "licence",
            "goal",
            "local_target",
            "example_values",
            "series",
            "url",
        ]


class ObservationSerializer(serializers.ModelSerializer):
    indicator = serializers.CharField(source="indicator.slug", read_only=True)
    unit = serializers.CharField(source="indicator.unit", read_only=True)
    value = serializers.FloatField(read_only=True)
    example_value = serializers.BooleanField(source="indicator.example_values", read_only=True)

    class Meta:
        model = Observation
        fields = [
            "indicator",
            "year",
            "breakdown",
            "value",
            "unit",
            "note",
            "source",
            "example_value",
        ]


def goal_filter(field_name):
    """Any goal 1-17, by its number; one no indicator measures gives an empty list."""
    return django_filters.ModelChoiceFilter(
        label=_("Sustainable Development Goal"),
        field_name=field_name,
        to_field_name="number",
        queryset=Goal.objects.all(),
    )


@extend_schema_field({"type": "string", "pattern": r"^[^\x00]*$", "example": "Innenstadt-Nord"})
class BreakdownFilter(django_filters.CharFilter):
    """A breakdown by its name; no null characters, which no text field takes."""


class IndicatorApiFilter(django_filters.FilterSet):
    goal = goal_filter("goal")

    class Meta:
        model = Indicator
        fields = ["goal"]


class ObservationApiFilter(django_filters.FilterSet):
    indicator = SlugFilter(label=_("Indicator"), field_name="indicator__slug")
    breakdown = BreakdownFilter(
        label=_("Breakdown"), help_text=_("Empty for the whole city's values.")
    )
    goal = goal_filter("indicator__goal")

    class Meta:
        model = Observation
        fields = ["indicator", "breakdown", "goal"]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        # django-filter skips empty values; `?breakdown=` asks for the whole city's.
        if "breakdown" in self.data and self.data["breakdown"] == "":
            queryset = queryset.filter(breakdown="")
        return queryset


class IndicatorViewSet(OpenDataViewSet):
    """The city's indicators, each with its whole series (every year and breakdown)."""

    endpoint = "indicators"
    serializer_class = IndicatorSerializer
    filterset_class = IndicatorApiFilter

    def get_queryset(self):
        return Indicator.objects.published().for_detail()


class ObservationViewSet(OpenDataViewSet):
    """The values of the published indicators, one row per indicator, year and breakdown:
    `?indicator=<slug>` gives one series, `.csv` the same as a spreadsheet."""

    endpoint = "indicator-values"
    serializer_class = ObservationSerializer
    filterset_class = ObservationApiFilter
    lookup_field = "pk"
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        return (
            Observation.objects.filter(indicator__in=Indicator.objects.published())
            .select_related("indicator")
            .order_by("indicator__goal__number", "indicator__slug", "breakdown", "year")
        )
