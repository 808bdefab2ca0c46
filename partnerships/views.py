from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from .filters import ProjectPartnershipFilter
from .models import ProjectPartnership, TwinCity


class TwinCityListView(ListView):
    paginate_by = 24

    def get_queryset(self):
        return TwinCity.objects.published().for_list()


class TwinCityDetailView(DetailView):
    slug_field = "city__slug"

    def get_queryset(self):
        return TwinCity.objects.published().for_detail()


class ProjectPartnershipListView(FilterView):
    filterset_class = ProjectPartnershipFilter
    template_name_suffix = "_list"
    paginate_by = 12
    # An invalid filter value shows its error message beside the unfiltered list.
    strict = False

    def get_queryset(self):
        return ProjectPartnership.objects.published().for_list()


class ProjectPartnershipDetailView(DetailView):
    def get_queryset(self):
        return ProjectPartnership.objects.published().for_detail()
