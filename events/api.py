"""Events and visit reports in the open data API (ina_portal.base.api)."""

from django.db.models import Prefetch
from rest_framework import serializers

from ina_portal.base.api.serializers import (
    PageUrlField,
    PlainTextField,
    PublicSlugField,
    SlugsField,
    goal_numbers,
    rich_text,
)
from ina_portal.base.api.views import OpenDataViewSet
from networks.models import STAFF_ONLY_FIELDS, Network
from partnerships.models import ProjectPartnership, TwinCity

from .filters import EventApiFilter
from .models import Event, Visit, VisitReport


def public_links_prefetch():
    """The published twin cities, partnerships and networks of an event or a news item."""
    return [
        Prefetch(
            "twin_cities",
            queryset=TwinCity.objects.published().select_related("city").order_by("city__slug"),
            to_attr="public_twin_cities",
        ),
        Prefetch(
            "project_partnerships",
            queryset=ProjectPartnership.objects.published().order_by("slug"),
            to_attr="public_project_partnerships",
        ),
        Prefetch(
            "networks",
            queryset=Network.objects.published().defer(*STAFF_ONLY_FIELDS).order_by("slug"),
            to_attr="public_networks",
        ),
    ]


class EventSerializer(serializers.ModelSerializer):
    twin_cities = SlugsField("city.slug", source="public_twin_cities")
    project_partnerships = SlugsField(source="public_project_partnerships")
    networks = SlugsField(source="public_networks")
    goals = goal_numbers()
    description_text = PlainTextField("description")
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
            "description_text",
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
        extra_kwargs = rich_text("description")


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
    text_text = PlainTextField("text")
    url = PageUrlField()

    class Meta:
        model = VisitReport
        fields = ["slug", "title", "text", "text_text", "visit", "published", "url"]
        extra_kwargs = rich_text("text")


class EventViewSet(OpenDataViewSet):
    """Events, filtered like the events list; ?when=upcoming or past, as on the site."""

    endpoint = "events"
    serializer_class = EventSerializer
    filterset_class = EventApiFilter

    def get_queryset(self):
        return (
            Event.objects.published()
            .for_list()
            .prefetch_related(*public_links_prefetch())
            .order_by("start", "pk")
        )


class VisitReportViewSet(OpenDataViewSet):
    """Public reports of visits, latest visit first; the visit's protocol stays internal."""

    endpoint = "visit-reports"
    serializer_class = VisitReportSerializer

    def get_queryset(self):
        return (
            VisitReport.objects.published()
            .for_list()
            .select_related("visit__project_partnership")
            .prefetch_related(None)
        )
