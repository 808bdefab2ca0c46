from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "exchanges"

urlpatterns = [
    path(
        _("exchange/organisations/"), views.OrganisationListView.as_view(), name="organisation_list"
    ),
    path(
        _("exchange/organisations/<slug:slug>/"),
        views.OrganisationDetailView.as_view(),
        name="organisation_detail",
    ),
    path(_("exchange/programmes/"), views.ProgrammeListView.as_view(), name="programme_list"),
    path(
        _("exchange/programmes/<slug:slug>/"),
        views.ProgrammeDetailView.as_view(),
        name="programme_detail",
    ),
    path(_("funding-calls/"), views.FundingCallListView.as_view(), name="fundingcall_list"),
    path(
        _("funding-calls/archive/"),
        views.FundingCallListView.as_view(past=True),
        name="fundingcall_archive",
    ),
    path(_("funding-calls/feed.atom"), feeds.FundingCallAtomFeed(), name="fundingcall_atom"),
    path(_("funding-calls/feed.rss"), feeds.FundingCallRssFeed(), name="fundingcall_rss"),
    path(
        _("funding-calls/<slug:slug>/"),
        views.FundingCallDetailView.as_view(),
        name="fundingcall_detail",
    ),
]
