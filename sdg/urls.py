from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "sdg"

urlpatterns = [
    path(_("sustainable-development-goals/"), views.GoalListView.as_view(), name="goal_list"),
    path(
        _("sustainable-development-goals/goals-and-pillars/"),
        views.PillarMatrixView.as_view(),
        name="pillar_matrix",
    ),
    path(
        _("sustainable-development-goals/activities/"),
        views.SdgActivityListView.as_view(),
        name="sdgactivity_list",
    ),
    path(
        _("sustainable-development-goals/activities/<slug:slug>/"),
        views.SdgActivityDetailView.as_view(),
        name="sdgactivity_detail",
    ),
    path(
        _("sustainable-development-goals/indicators/"),
        views.IndicatorListView.as_view(),
        name="indicator_list",
    ),
    path(
        _("sustainable-development-goals/indicators/<slug:slug>/"),
        views.IndicatorDetailView.as_view(),
        name="indicator_detail",
    ),
    path(_("sustainable-development-goals/report/"), views.ReportView.as_view(), name="report"),
    path(
        _("sustainable-development-goals/<int:number>/report/"),
        views.ReportView.as_view(),
        name="goal_report",
    ),
    path(
        _("sustainable-development-goals/<int:number>/local-targets/"),
        views.GoalTargetsView.as_view(),
        name="goal_targets",
    ),
    path(
        _("sustainable-development-goals/<int:number>/<slug:kind>/"),
        views.GoalGroupView.as_view(),
        name="goal_group",
    ),
    path(
        _("sustainable-development-goals/<int:number>/"),
        views.GoalDetailView.as_view(),
        name="goal_detail",
    ),
]
