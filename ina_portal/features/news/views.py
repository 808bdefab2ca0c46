from django.views.generic import DetailView, ListView

from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .models import NewsItem


class NewsItemListView(PageOfListMixin, ListView):
    paginate_by = 10

    def get_queryset(self):
        return NewsItem.objects.published().for_list()


class NewsItemDetailView(PreviewMixin, DetailView):
    model = NewsItem

    def get_queryset(self):
        return self.visible(NewsItem.objects.for_detail())
