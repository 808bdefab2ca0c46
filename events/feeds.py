"""Atom and RSS feeds of the upcoming events, narrowed by the list's filters."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .calendar import cancelled_title
from .filters import EventFilter
from .models import Event

FEED_SIZE = 50


class EventRssFeed(Feed):
    title = _("Events of the Office for International Relations, City of Dortmund")
    description = _("Upcoming international events in Dortmund and with its partner cities.")
    description_template = "events/feed_description.html"

    def get_object(self, request):
        events = EventFilter(request.GET, Event.objects.published().upcoming(), request=request)
        return events.qs if events.is_valid() else events.queryset

    def items(self, events):
        return events[:FEED_SIZE]

    def link(self):
        return reverse("events:event_list")

    def item_title(self, event):
        return cancelled_title(event)

    def item_pubdate(self, event):
        return event.publish_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_categories(self, event):
        return [event.get_kind_display()]


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed
    subtitle = EventRssFeed.description
