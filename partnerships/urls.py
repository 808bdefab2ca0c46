from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "partnerships"

urlpatterns = [
    path(_("twin-cities/"), views.TwinCityListView.as_view(), name="twincity_list"),
    path(
        _("twin-cities/<slug:slug>/"),
        views.TwinCityDetailView.as_view(),
        name="twincity_detail",
    ),
    path(
        _("project-partnerships/"),
        views.ProjectPartnershipListView.as_view(),
        name="projectpartnership_list",
    ),
    path(
        _("project-partnerships/<slug:slug>/"),
        views.ProjectPartnershipDetailView.as_view(),
        name="projectpartnership_detail",
    ),
]
