"""City networks in the open data API (ina_portal.base.api)."""

from rest_framework import serializers

from ina_portal.base.api.serializers import (
    PageUrlField,
    PlainTextField,
    TopicSerializer,
    goal_numbers,
    rich_text,
)
from ina_portal.base.api.views import OpenDataViewSet

from .filters import NetworkApiFilter
from .models import Network


class NetworkSerializer(serializers.ModelSerializer):
    topics = TopicSerializer(many=True, read_only=True)
    goals = goal_numbers()
    description_text = PlainTextField("description")
    url = PageUrlField()

    class Meta:
        model = Network
        fields = [
            "slug",
            "name",
            "acronym",
            "level",
            "role",
            "member_since",
            "website",
            "teaser",
            "description",
            "description_text",
            "topics",
            "goals",
            "pillar",
            "url",
        ]
        extra_kwargs = rich_text("description")


class NetworkViewSet(OpenDataViewSet):
    """City networks, filtered like the list on the site."""

    endpoint = "networks"
    serializer_class = NetworkSerializer
    filterset_class = NetworkApiFilter

    def get_queryset(self):
        return Network.objects.published().for_list()
