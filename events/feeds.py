"""Atom and RSS feeds of the upcoming events, narrowed by the list's filters."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from ina_portal.base.siteprofile import office_and_authority, site_profile

from .calendar import cancelled_title
from .views import invalid_filter_response, subscribed_events

FEED_SIZE = 50


class EventRssFeed(Feed):
    description_template = "events/feed_description.html"

    def title(self):
        return _("Events of the %(office)s, %(authority)s") % office_and_authority()

    def description(self):
        return _("Upcoming international events in %(city)s and with its partner cities.") % {
            "city": site_profile().name
        }

    def author_name(self):
        # atom:author is required (RFC 4287, 4.1.1): the office publishes every event.
        return _("%(office)s, %(authority)s") % office_and_authority()

    def __call__(self, request, *args, **kwargs):
        events = subscribed_events(request)
        if not events.is_valid():
            return invalid_filter_response(events)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request):
        return subscribed_events(request).qs

    def items(self, events):
        return events[:FEED_SIZE]

    def link(self):
        return reverse("events:event_list")

    def item_title(self, event):
        return cancelled_title(event)

    def item_pubdate(self, event):
        return event.publish_at

    def item_updateddate(self, event):
        # A change to an event (its time, a cancellation) is news to a subscriber.
        return max(event.updated_at, event.publish_at)

    def item_categories(self, event):
        return [event.get_kind_display()]


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed
    subtitle = EventRssFeed.description
