"""Civic organisations, exchange programmes and funding calls in the open data API."""

from rest_framework import serializers

from ina_portal.base.api.serializers import (
    PageUrlField,
    PlainTextField,
    PublicSlugField,
    SlugsField,
    rich_text,
)
from ina_portal.base.api.views import OpenDataViewSet

from .filters import OrganisationApiFilter, ProgrammeApiFilter
from .models import ExchangeProgramme, FundingCall, Organisation


class OrganisationSerializer(serializers.ModelSerializer):
    twin_cities = SlugsField("city.slug")
    description_text = PlainTextField("description")
    url = PageUrlField()

    class Meta:
        model = Organisation
        fields = [
            "slug",
            "name",
            "kind",
            "teaser",
            "description",
            "description_text",
            "how_to_join",
            "contact_name",
            "email",
            "phone",
            "website",
            "twin_cities",
            "url",
        ]
        extra_kwargs = rich_text("description", "how_to_join")


class ExchangeProgrammeSerializer(serializers.ModelSerializer):
    twin_city = PublicSlugField("city.slug")
    project_partnership = PublicSlugField()
    organisations = SlugsField()
    report_text = PlainTextField("report")
    url = PageUrlField()

    class Meta:
        model = ExchangeProgramme
        fields = [
            "slug",
            "title",
            "kind",
            "twin_city",
            "project_partnership",
            "organisations",
            "start_year",
            "end_year",
            "participants",
            "teaser",
            "report",
            "report_text",
            "url",
        ]
        extra_kwargs = rich_text("report")


class FundingCallSerializer(serializers.ModelSerializer):
    twin_cities = SlugsField("city.slug")
    topics = SlugsField()
    # "url" is the call's own address (the funder's page); "page" is the portal's.
    page = PageUrlField()

    class Meta:
        model = FundingCall
        fields = [
            "slug",
            "title",
            "funder",
            "eligible",
            "deadline",
            "url",
            "teaser",
            "description",
            "twin_cities",
            "topics",
            "page",
        ]
        extra_kwargs = rich_text("description")


class OrganisationViewSet(OpenDataViewSet):
    """Partnership associations, schools, clubs and cultural bodies."""

    endpoint = "organisations"
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationApiFilter

    def get_queryset(self):
        return Organisation.objects.published().for_list()


class ExchangeProgrammeViewSet(OpenDataViewSet):
    """Exchange programmes, latest first."""

    endpoint = "exchange-programmes"
    serializer_class = ExchangeProgrammeSerializer
    filterset_class = ProgrammeApiFilter

    def get_queryset(self):
        return ExchangeProgramme.objects.published().for_list()


class FundingCallViewSet(OpenDataViewSet):
    """Funding calls, the open ones first by deadline (?when=past for the archive)."""

    endpoint = "funding-calls"
    serializer_class = FundingCallSerializer

    def get_queryset(self):
        calls = FundingCall.objects.published().for_list()
        return calls.past() if self.request.GET.get("when") == "past" else calls.upcoming()
