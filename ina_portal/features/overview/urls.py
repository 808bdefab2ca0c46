from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "overview"

urlpatterns = [
    path(_("relations/"), views.PartnerCityListView.as_view(), name="partner_cities"),
    path(
        _("relations/country/<str:code>/"),
        views.CountryRelationsView.as_view(),
        name="country_relations",
    ),
    path(_("relations/<slug:slug>/"), views.CityRelationsView.as_view(), name="city_relations"),
    path(
        _("relations/country/<str:code>/<slug:kind>/"),
        views.RelationsKindView.as_view(),
        name="country_relations_kind",
    ),
    path(
        _("relations/<slug:slug>/<slug:kind>/"),
        views.RelationsKindView.as_view(),
        name="city_relations_kind",
    ),
]
