from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "events"

urlpatterns = [
    path(_("events/"), views.EventListView.as_view(), name="event_list"),
    path(_("events/past/"), views.EventListView.as_view(past=True), name="event_list_past"),
    path(_("events/<int:year>/<int:month>/"), views.EventMonthView.as_view(), name="event_month"),
    path(_("events/calendar.ics"), views.calendar_feed, name="event_calendar"),
    path(
        _("events/anniversaries/<int:year>/"),
        views.AnniversaryListView.as_view(),
        name="anniversary_list",
    ),
    path(_("events/feed.atom"), feeds.EventAtomFeed(), name="event_feed_atom"),
    path(_("events/feed.rss"), feeds.EventRssFeed(), name="event_feed_rss"),
    path(_("events/<slug:slug>/"), views.EventDetailView.as_view(), name="event_detail"),
    path(_("events/<slug:slug>/calendar.ics"), views.event_ics, name="event_ics"),
    path(_("visits/"), views.VisitReportListView.as_view(), name="visitreport_list"),
    path(
        _("visits/<slug:slug>/"), views.VisitReportDetailView.as_view(), name="visitreport_detail"
    ),
    path(_("golden-book/"), views.GoldenBookView.as_view(), name="golden_book"),
]
