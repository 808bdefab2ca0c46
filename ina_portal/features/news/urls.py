from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "news"

urlpatterns = [
    path(_("news/"), views.NewsItemListView.as_view(), name="newsitem_list"),
    path(_("news/feed.atom"), feeds.NewsAtomFeed(), name="newsitem_feed_atom"),
    path(_("news/feed.rss"), feeds.NewsRssFeed(), name="newsitem_feed_rss"),
    path(_("news/<slug:slug>/"), views.NewsItemDetailView.as_view(), name="newsitem_detail"),
]
