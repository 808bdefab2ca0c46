"""What the open data API shows of each kind of record: explicit field lists, public fields only.

Internal fields (a network's fees, a visit's protocol, a person's direct line) are never
named here; tests/opendata checks every response for them.
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.models import Event, Visit, VisitReport
from ina_portal.base.models import Topic
from ina_portal.features.contacts.models import Person
from ina_portal.features.news.models import NewsItem
from networks.models import Network
from partnerships.models import City, ProjectPartnership, TwinCity, TwinCityLink
from sdg.models import Goal, SdgActivity


@extend_schema_field(OpenApiTypes.URI)
class PageUrlField(serializers.Field):
    """The absolute address of a record's public page, in the language of the request."""

    def __init__(self, method="get_absolute_url", **kwargs):
        self.method = method
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        url = self.method(instance) if callable(self.method) else getattr(instance, self.method)()
        return self.context["request"].build_absolute_uri(url)


def relations_url(city):
    return reverse("overview:city_relations", kwargs={"slug": city.slug})


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class SlugsField(serializers.Field):
    """The slugs of related records, e.g. the twin cities of an event: ["amiens", "leeds"]."""

    def __init__(self, attribute="slug", **kwargs):
        self.path = attribute.split(".")
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, related):
        items = related.all() if hasattr(related, "all") else related
        values = []
        for item in items:
            for name in self.path:
                item = getattr(item, name)
            values.append(item)
        return values


def goal_numbers():
    return serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


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
    url = PageUrlField()

    class Meta:
        model = TwinCity
        fields = [
            "slug",
            "city",
            "since",
            "status",
            "status_note",
            "teaser",
            "story",
            "goals",
            "pillar",
            "links",
            "url",
        ]


class ProjectPartnershipSerializer(serializers.ModelSerializer):
    partner_cities = CitySerializer(many=True, read_only=True)
    topics = TopicSerializer(many=True, read_only=True)
    goals = goal_numbers()
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
            "website",
            "goals",
            "pillar",
            "url",
        ]


class NetworkSerializer(serializers.ModelSerializer):
    topics = TopicSerializer(many=True, read_only=True)
    goals = goal_numbers()
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
            "topics",
            "goals",
            "pillar",
            "url",
        ]


class GoalSerializer(serializers.ModelSerializer):
    url = PageUrlField()

    class Meta:
        model = Goal
        fields = ["number", "title", "long_title", "colour", "url"]


class SdgActivitySerializer(serializers.ModelSerializer):
    goals = goal_numbers()
    url = PageUrlField()

    class Meta:
        model = SdgActivity
        fields = [
            "slug",
            "title",
            "teaser",
            "description",
            "goals",
            "pillar",
            "lead_unit",
            "status",
            "start_year",
            "end_year",
            "link",
            "url",
        ]


class EventSerializer(serializers.ModelSerializer):
    twin_cities = SlugsField("city.slug", source="public_twin_cities")
    project_partnerships = SlugsField(source="public_project_partnerships")
    networks = SlugsField(source="public_networks")
    goals = goal_numbers()
    url = PageUrlField()
    ics_url = PageUrlField(method="get_ics_url")

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "kind",
            "all_day",
            "start",
            "end",
            "cancelled",
            "venue",
            "address",
            "organiser",
            "teaser",
            "description",
            "registration_url",
            "website",
            "twin_cities",
            "project_partnerships",
            "networks",
            "goals",
            "pillar",
            "url",
            "ics_url",
        ]


class PublicSlugField(serializers.Field):
    """The slug of a related record, or null while that record is not public."""

    def __init__(self, attribute="slug", **kwargs):
        self.path = attribute.split(".")
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        related = super().get_attribute(instance)
        return related if related is not None and related.is_public else None

    def to_representation(self, related):
        for name in self.path:
            related = getattr(related, name)
        return related


extend_schema_field({"type": "string", "nullable": True})(PublicSlugField)


class VisitSerializer(serializers.ModelSerializer):
    twin_city = PublicSlugField("city.slug", allow_null=True)
    project_partnership = PublicSlugField(allow_null=True)

    class Meta:
        model = Visit
        fields = [
            "visiting_party",
            "kind",
            "country",
            "start_date",
            "end_date",
            "purpose",
            "golden_book_signed",
            "twin_city",
            "project_partnership",
        ]


class VisitReportSerializer(serializers.ModelSerializer):
    visit = VisitSerializer(read_only=True)
    published = serializers.DateTimeField(source="publish_at", read_only=True)
    url = PageUrlField()

    class Meta:
        model = VisitReport
        fields = ["slug", "title", "text", "visit", "published", "url"]


class NewsItemSerializer(serializers.ModelSerializer):
    published = serializers.DateTimeField(source="publish_at", read_only=True)
    twin_cities = SlugsField("city.slug", source="public_twin_cities")
    project_partnerships = SlugsField(source="public_project_partnerships")
    networks = SlugsField(source="public_networks")
    goals = goal_numbers()
    url = PageUrlField()

    class Meta:
        model = NewsItem
        fields = [
            "slug",
            "title",
            "teaser",
            "body",
            "published",
            "twin_cities",
            "project_partnerships",
            "networks",
            "goals",
            "url",
        ]


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
