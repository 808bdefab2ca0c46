from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .filters import ProjectPartnershipFilter
from .models import ProjectPartnership, TwinCity


class TwinCityListView(PageOfListMixin, ListView):
    paginate_by = 24

    def get_queryset(self):
        return TwinCity.objects.published().for_list()


class TwinCityDetailView(PreviewMixin, DetailView):
    model = TwinCity
    slug_field = "city__slug"

    def get_queryset(self):
        return self.visible(TwinCity.objects.for_detail())


class ProjectPartnershipListView(PageOfListMixin, FilterView):
    filterset_class = ProjectPartnershipFilter
    template_name_suffix = "_list"
    paginate_by = 12
    # An invalid filter value shows its error message beside the unfiltered list.
    strict = False

    def get_queryset(self):
        return ProjectPartnership.objects.published().for_list()


class ProjectPartnershipDetailView(PreviewMixin, DetailView):
    model = ProjectPartnership

    def get_queryset(self):
        return self.visible(ProjectPartnership.objects.for_detail())
