"""News items in the open data API (ina_portal.base.api)."""

from rest_framework import serializers

from events.api import public_links_prefetch
from ina_portal.base.api.serializers import (
    PageUrlField,
    PlainTextField,
    SlugsField,
    goal_numbers,
    rich_text,
)
from ina_portal.base.api.views import OpenDataViewSet
from sdg.models import goals_prefetch

from .models import NewsItem


class NewsItemSerializer(serializers.ModelSerializer):
    published = serializers.DateTimeField(source="publish_at", read_only=True)
    twin_cities = SlugsField("city.slug", source="public_twin_cities")
    project_partnerships = SlugsField(source="public_project_partnerships")
    networks = SlugsField(source="public_networks")
    goals = goal_numbers()
    body_text = PlainTextField("body")
    url = PageUrlField()

    class Meta:
        model = NewsItem
        fields = [
            "slug",
            "title",
            "teaser",
            "body",
            "body_text",
            "published",
            "twin_cities",
            "project_partnerships",
            "networks",
            "goals",
            "url",
        ]
        extra_kwargs = rich_text("body")


class NewsItemViewSet(OpenDataViewSet):
    """News of the office, newest first."""

    endpoint = "news"
    serializer_class = NewsItemSerializer

    def get_queryset(self):
        return (
            NewsItem.objects.published()
            .newest_first()
            .prefetch_related(goals_prefetch(), *public_links_prefetch())
        )
