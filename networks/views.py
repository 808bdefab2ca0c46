from django.views.generic import DetailView
from django_filters.views import FilterView

from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .filters import NetworkFilter
from .models import Network


class NetworkListView(PageOfListMixin, FilterView):
    filterset_class = NetworkFilter
    template_name_suffix = "_list"
    paginate_by = 12
    # An invalid filter value shows its error message beside the unfiltered list.
    strict = False

    def get_queryset(self):
        return Network.objects.published().for_list()


class NetworkDetailView(PreviewMixin, DetailView):
    model = Network

    def get_queryset(self):
        return self.visible(Network.objects.for_detail())
