"""News items as a content kind (ina_portal.base.content)."""

from django.utils.translation import gettext_lazy as _

from ina_portal.base import content
from ina_portal.base.content import Kind, Search

from .api import NewsItemViewSet
from .models import NewsItem, linked_news_prefetch

content.register(
    Kind(
        NewsItem,
        search=Search(
            key="news",
            label=_("News"),
            label_singular=_("News item"),
            queryset=lambda: NewsItem.objects.published(),
            title=("title",),
            body=("teaser", "body"),
        ),
        sitemap=True,
        api=NewsItemViewSet,
    ),
    pages=["news:newsitem_list"],
)
content.attach(
    ["partnerships.TwinCity", "partnerships.ProjectPartnership", "networks.Network", "sdg.Goal"],
    linked_news_prefetch,
)
