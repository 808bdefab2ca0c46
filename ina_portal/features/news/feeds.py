"""Atom and RSS feeds of the office's news."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from ina_portal.base.siteprofile import office_and_authority, site_profile

from .models import NewsItem

FEED_SIZE = 20


class NewsRssFeed(Feed):
    def title(self):
        return _("News of the %(office)s, %(authority)s") % office_and_authority()

    def description(self):
        return _(
            "News about %(city)s's twin cities, project partnerships, city networks and "
            "sustainability work."
        ) % {"city": site_profile().name}

    def author_name(self):
        # atom:author is required (RFC 4287, 4.1.1): the office writes every item.
        return _("%(office)s, %(authority)s") % office_and_authority()

    def items(self):
        return NewsItem.objects.published().for_list()[:FEED_SIZE]

    def link(self):
        return reverse("news:newsitem_list")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        # The news item's own date, not its last save: correcting a typo, or loading the
        # demo content, does not make old news new.
        return item.publish_at


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
