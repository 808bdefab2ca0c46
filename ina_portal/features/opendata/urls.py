"""The open data API under /api/ (outside the language prefixes: ?lang= chooses)."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "opendata"


class OpenDataRouter(DefaultRouter):
    APIRootView = views.OpenDataRootView


router = OpenDataRouter()
router.register("partner-cities", views.PartnerCityViewSet, basename="partner-cities")
router.register("twin-cities", views.TwinCityViewSet, basename="twin-cities")
router.register(
    "project-partnerships", views.ProjectPartnershipViewSet, basename="project-partnerships"
)
router.register("networks", views.NetworkViewSet, basename="networks")
router.register("goals", views.GoalViewSet, basename="goals")
router.register("sdg-activities", views.SdgActivityViewSet, basename="sdg-activities")
router.register("events", views.EventViewSet, basename="events")
router.register("visit-reports", views.VisitReportViewSet, basename="visit-reports")
router.register("news", views.NewsItemViewSet, basename="news")
router.register("contacts", views.PersonViewSet, basename="contacts")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]
