"""The office's contacts in the open data API (ina_portal.base.api)."""

from rest_framework import serializers

from ina_portal.base.api.serializers import PageUrlField, SlugsField
from ina_portal.base.api.views import OpenDataViewSet

from .models import Person


class PersonSerializer(serializers.ModelSerializer):
    """A contact's public details only: what the team page shows."""

    name = serializers.CharField(read_only=True)
    unit = serializers.CharField(source="unit.name", read_only=True)
    twin_cities = SlugsField("city.slug")
    project_partnerships = SlugsField()
    networks = SlugsField()
    topics = SlugsField()
    countries = serializers.SerializerMethodField()
    url = PageUrlField()

    class Meta:
        model = Person
        fields = [
            "slug",
            "name",
            "first_name",
            "last_name",
            "function",
            "unit",
            "email",
            "phone",
            "twin_cities",
            "project_partnerships",
            "networks",
            "countries",
            "topics",
            "url",
        ]

    def get_countries(self, person) -> list[str]:
        return [country.code for country in person.countries]


class PersonViewSet(OpenDataViewSet):
    """The office's contacts as on the team page: public details only."""

    endpoint = "contacts"
    serializer_class = PersonSerializer

    def get_queryset(self):
        return Person.objects.published().for_team()
