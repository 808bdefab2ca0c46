"""The base of every open data endpoint: anonymous, read-only, licensed, JSON or CSV."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError

from .licence import LICENCE_URL
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

    # Its address, /api/v1/<endpoint>/, and its URL names: a kind exposes the viewset
    # with Kind(..., api=...) in its content.py, and the open data URLconf registers it.
    endpoint = None
    lookup_field = "slug"
    pagination_class = OpenDataPagination

    def paginate_queryset(self, queryset):
        # A CSV download holds the whole list, as filtered.
        if self.request.accepted_renderer.format == "csv":
            return None
        return super().paginate_queryset(queryset)
