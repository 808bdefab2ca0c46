"""Atom and RSS feeds of the open funding calls, nearest deadline first."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from ina_portal.base.siteprofile import office_and_authority

from .models import FundingCall

FEED_SIZE = 50


class FundingCallRssFeed(Feed):
    title = _("Funding calls for twinning and exchange")
    description = _("Open calls for grants that pay for exchange with partner cities.")
    description_template = "exchanges/fundingcall_feed_description.html"

    def author_name(self):
        return _("%(office)s, %(authority)s") % office_and_authority()

    def items(self):
        return FundingCall.objects.published().upcoming()[:FEED_SIZE]

    def link(self):
        return reverse("exchanges:fundingcall_list")

    def item_title(self, call):
        return call.title

    def item_pubdate(self, call):
        return call.publish_at

    def item_updateddate(self, call):
        return max(call.updated_at, call.publish_at)


class FundingCallAtomFeed(FundingCallRssFeed):
    feed_type = Atom1Feed
    subtitle = FundingCallRssFeed.description
