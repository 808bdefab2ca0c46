"""The open data API's root and the Open Data page; each kind's endpoint is its app's
`api.py`, declared in its `content.py`."""

from django.views.generic import TemplateView
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.routers import APIRootView

from ina_portal.base.api.licence import licence
from ina_portal.base.api.views import OpenDataMixin


class OpenDataRootView(OpenDataMixin, APIRootView):
    """The endpoints of the open data API, its description and its licence."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        return Response(
            {
                "license": licence(),
                "schema": reverse("opendata:schema", request=request),
                "endpoints": response.data,
            }
        )


class OpenDataPageView(TemplateView):
    """The Open Data page: what the API offers, how to use it, and the licence."""

    template_name = "opendata/open_data.html"
