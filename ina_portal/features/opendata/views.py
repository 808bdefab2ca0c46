"""The open data API: every kind of published record, read-only, in JSON or CSV."""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.routers import APIRootView

from events.models import Event, VisitReport
from ina_portal.features.contacts.models import Person
from ina_portal.features.news.models import NewsItem
from networks.filters import NetworkFilter
from networks.models import STAFF_ONLY_FIELDS, Network
from partnerships.filters import ProjectPartnershipFilter
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import Goal, SdgActivity, goals_prefetch

from . import serializers
from .filters import EventApiFilter, SdgActivityApiFilter
from .licence import LICENCE, LICENCE_URL
from .pagination import OpenDataPagination

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_PARAMETER = OpenApiParameter(
    "lang",
    str,
    enum=LANGUAGES,
    description="Language of the texts (default: from Accept-Language, else German).",
)
FORMAT_PARAMETER = OpenApiParameter(
    "format", str, enum=["json", "csv"], description="csv: the whole list as one CSV file."
)


def request_language(request):
    """?lang=de|en, else the language LocaleMiddleware took from Accept-Language."""
    language = request.GET.get("lang")
    if language is None:
        return translation.get_language()
    if language not in LANGUAGES:
        raise ValidationError({"lang": [_("Choose one of: %s.") % ", ".join(LANGUAGES)]})
    return language


class OpenDataMixin:
    """Anonymous, read-only, licensed, open to any origin; the page cache keeps its
    responses (ina_portal.base.cache)."""

    authentication_classes = []

    @property
    def cache_query_params(self):
        """What the view reads: ina_portal.base.cache stores only responses to these."""
        filterset = getattr(self, "filterset_class", None)
        filters = set(filterset.base_filters) if filterset else set()
        return filters | {"page", "page_size", "lang", "format", "when"}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        translation.activate(request_language(request))

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Language"] = translation.get_language()
        response["Link"] = f'<{LICENCE_URL}>; rel="license"'
        response["Access-Control-Allow-Origin"] = "*"
        renderer = getattr(request, "accepted_renderer", None)
        if renderer is not None and renderer.format == "csv" and response.status_code == 200:
            name = getattr(self, "basename", "open-data")
            response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response


@extend_schema_view(
    list=extend_schema(parameters=[LANGUAGE_PARAMETER, FORMAT_PARAMETER]),
    retrieve=extend_schema(parameters=[LANGUAGE_PARAMETER, FORMAT_PARAMETER]),
)
class OpenDataViewSet(OpenDataMixin, viewsets.ReadOnlyModelViewSet):
    """Published records of one kind: a paginated list (a whole CSV file) and single records."""

    lookup_field = "slug"
    pagination_class = OpenDataPagination

    def paginate_queryset(self, queryset):
        # A CSV download holds the whole list, as filtered.
        if self.request.accepted_renderer.format == "csv":
            return None
        return super().paginate_queryset(queryset)


class PartnerCityViewSet(OpenDataViewSet):
    """Cities with a published twinning or project partnership: the partner map's data."""

    serializer_class = serializers.PartnerCitySerializer

    def get_queryset(self):
        return City.objects.partners()


class TwinCityViewSet(OpenDataViewSet):
    """Twin cities (Städtepartnerschaften)."""

    serializer_class = serializers.TwinCitySerializer
    lookup_field = "city__slug"
    lookup_url_kwarg = "slug"

    def get_queryset(self):
        return TwinCity.objects.published().for_list().prefetch_related("links")


class ProjectPartnershipViewSet(OpenDataViewSet):
    """Project partnerships, filtered like the list on the site."""

    serializer_class = serializers.ProjectPartnershipSerializer
    filterset_class = ProjectPartnershipFilter

    def get_queryset(self):
        return ProjectPartnership.objects.published().for_list()


class NetworkViewSet(OpenDataViewSet):
    """City networks, filtered like the list on the site."""

    serializer_class = serializers.NetworkSerializer
    filterset_class = NetworkFilter

    def get_queryset(self):
        return Network.objects.published().for_list()


class GoalViewSet(OpenDataViewSet):
    """The 17 Sustainable Development Goals."""

    serializer_class = serializers.GoalSerializer
    lookup_field = "number"
    lookup_value_regex = r"\d{1,2}"
    queryset = Goal.objects.all()


class SdgActivityViewSet(OpenDataViewSet):
    """What the city administration does towards the goals."""

    serializer_class = serializers.SdgActivitySerializer
    filterset_class = SdgActivityApiFilter

    def get_queryset(self):
        return SdgActivity.objects.published().for_list()


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


class EventViewSet(OpenDataViewSet):
    """Events, filtered like the events list; ?when=upcoming or past, as on the site."""

    serializer_class = serializers.EventSerializer
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

    serializer_class = serializers.VisitReportSerializer

    def get_queryset(self):
        return (
            VisitReport.objects.published()
            .for_list()
            .select_related("visit__project_partnership")
            .prefetch_related(None)
        )


class NewsItemViewSet(OpenDataViewSet):
    """News of the office, newest first."""

    serializer_class = serializers.NewsItemSerializer

    def get_queryset(self):
        return (
            NewsItem.objects.published()
            .newest_first()
            .prefetch_related(goals_prefetch(), *public_links_prefetch())
        )


class PersonViewSet(OpenDataViewSet):
    """The office's contacts as on the team page: public details only."""

    serializer_class = serializers.PersonSerializer

    def get_queryset(self):
        return Person.objects.published().for_team()


class OpenDataRootView(OpenDataMixin, APIRootView):
    """The endpoints of the open data API, its description and its licence."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        return Response(
            {
                "license": LICENCE,
                "schema": reverse("opendata:schema", request=request),
                "endpoints": response.data,
            }
        )


class OpenDataPageView(TemplateView):
    """The Open Data page: what the API offers, how to use it, and the licence."""

    template_name = "opendata/open_data.html"
