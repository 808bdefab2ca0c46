"""Partner cities, twin cities and project partnerships in the open data API
(ina_portal.base.api)."""

from django.urls import reverse
from rest_framework import serializers

from ina_portal.base.api.serializers import (
    PageUrlField,
    PlainTextField,
    TopicSerializer,
    goal_numbers,
    rich_text,
)
from ina_portal.base.api.views import OpenDataViewSet

from .filters import ProjectPartnershipApiFilter
from .models import City, ProjectPartnership, TwinCity, TwinCityLink


def relations_url(city):
    return reverse("overview:city_relations", kwargs={"slug": city.slug})


class CitySerializer(serializers.ModelSerializer):
    country_name = serializers.CharField(source="country.name", read_only=True)
    relations_url = PageUrlField(method=relations_url)

    class Meta:
        model = City
        fields = [
            "slug",
            "name",
            "country",
            "country_name",
            "latitude",
            "longitude",
            "relations_url",
        ]


class PartnerCitySerializer(CitySerializer):
    twin_city_since = serializers.IntegerField(source="twin_since", allow_null=True)
    project_partnerships = serializers.IntegerField(source="partnership_count")

    class Meta(CitySerializer.Meta):
        fields = [*CitySerializer.Meta.fields, "twin_city_since", "project_partnerships"]


class TwinCityLinkSerializer(serializers.ModelSerializer):
    class Meta:
        model = TwinCityLink
        fields = ["label", "url"]


class TwinCitySerializer(serializers.ModelSerializer):
    slug = serializers.CharField(source="city.slug", read_only=True)
    city = CitySerializer(read_only=True)
    goals = goal_numbers()
    links = TwinCityLinkSerializer(many=True, read_only=True)
    status_note_text = PlainTextField("status_note")
    story_text = PlainTextField("story")
    url = PageUrlField()

    class Meta:
        model = TwinCity
        fields = [
            "slug",
            "city",
            "since",
            "status",
            "status_note",
            "status_note_text",
            "teaser",
            "story",
            "story_text",
            "goals",
            "pillar",
            "links",
            "url",
        ]
        extra_kwargs = rich_text("status_note", "story")


class ProjectPartnershipSerializer(serializers.ModelSerializer):
    partner_cities = CitySerializer(many=True, read_only=True)
    topics = TopicSerializer(many=True, read_only=True)
    goals = goal_numbers()
    description_text = PlainTextField("description")
    url = PageUrlField()

    class Meta:
        model = ProjectPartnership
        fields = [
            "slug",
            "title",
            "partner_cities",
            "topics",
            "status",
            "start_year",
            "end_year",
            "lead_department",
            "funding_body",
            "teaser",
            "description",
            "description_text",
            "website",
            "goals",
            "pillar",
            "url",
        ]
        extra_kwargs = rich_text("description")


class PartnerCityViewSet(OpenDataViewSet):
    """Cities with a published twinning or project partnership: the partner map's data."""

    endpoint = "partner-cities"
    serializer_class = PartnerCitySerializer

    def get_queryset(self):
        return City.objects.partners()


class TwinCityViewSet(OpenDataViewSet):
    """Twin cities (Städtepartnerschaften)."""

    endpoint = "twin-cities"
    serializer_class = TwinCitySerializer
    lookup_field = "city__slug"
    lookup_url_kwarg = "slug"

    def get_queryset(self):
        return TwinCity.objects.published().for_list().prefetch_related("links")


class ProjectPartnershipViewSet(OpenDataViewSet):
    """Project partnerships, filtered like the list on the site."""

    endpoint = "project-partnerships"
    serializer_class = ProjectPartnershipSerializer
    filterset_class = ProjectPartnershipApiFilter

    def get_queryset(self):
        return ProjectPartnership.objects.published().for_list()
