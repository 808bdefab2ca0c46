from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .filters import OrganisationFilter, ProgrammeFilter
from .models import ExchangeProgramme, FundingCall, Organisation


class OrganisationListView(PageOfListMixin, FilterView):
    filterset_class = OrganisationFilter
    template_name = "exchanges/organisation_list.html"
    paginate_by = 12
    strict = False

    def get_queryset(self):
        return Organisation.objects.published().for_list()


class OrganisationDetailView(PreviewMixin, DetailView):
    template_name = "exchanges/organisation_detail.html"

    def get_queryset(self):
        return self.visible(Organisation.objects.for_list())


class ProgrammeListView(PageOfListMixin, FilterView):
    filterset_class = ProgrammeFilter
    template_name = "exchanges/programme_list.html"
    paginate_by = 12
    strict = False

    def get_queryset(self):
        return ExchangeProgramme.objects.published().for_list()


class ProgrammeDetailView(PreviewMixin, DetailView):
    template_name = "exchanges/programme_detail.html"
    context_object_name = "programme"

    def get_queryset(self):
        return self.visible(ExchangeProgramme.objects.for_list())


class FundingCallListView(PageOfListMixin, ListView):
    """Open calls, nearest deadline first; the archive lists the closed ones."""

    template_name = "exchanges/fundingcall_list.html"
    paginate_by = 12
    past = False

    def get_queryset(self):
        calls = FundingCall.objects.published().for_list()
        return calls.past() if self.past else calls.upcoming()

    def get_context_data(self, **kwargs):
        return super().get_context_data(past=self.past, **kwargs)


class FundingCallDetailView(PreviewMixin, DetailView):
    template_name = "exchanges/fundingcall_detail.html"

    def get_queryset(self):
        return self.visible(FundingCall.objects.for_list())
