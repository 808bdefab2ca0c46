"""The open data API under /api/ (outside the language prefixes: ?lang= chooses): an
endpoint for every content kind declared with `api=` (ina_portal.base.content)."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from ina_portal.base import content

from . import views

app_name = "opendata"


class OpenDataRouter(DefaultRouter):
    APIRootView = views.OpenDataRootView


router = OpenDataRouter()
for kind in content.kinds():
    if kind.api:
        router.register(kind.api.endpoint, kind.api, basename=kind.api.endpoint)

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]
