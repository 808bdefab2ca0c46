"""The goals and the SDG activities in the open data API (ina_portal.base.api)."""

from rest_framework import serializers

from ina_portal.base.api.serializers import PageUrlField, PlainTextField, goal_numbers, rich_text
from ina_portal.base.api.views import OpenDataViewSet

from .filters import SdgActivityApiFilter
from .models import Goal, SdgActivity


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
