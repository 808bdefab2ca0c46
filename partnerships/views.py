from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView
from django_countries.fields import Country
from django_filters.views import FilterView

from ina_portal.pagination import PageOfListMixin
from ina_portal.preview import PreviewMixin
from ina_portal.worldmap import partner_cities

from .filters import ProjectPartnershipFilter
from .models import ProjectPartnership, TwinCity
from .relations import partner_cities_in, relations_with


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


class CityRelationsView(TemplateView):
    """Everything that connects the city with one partner city."""

    template_name = "partnerships/relations.html"

    def get_context_data(self, **kwargs):
        city = get_object_or_404(partner_cities(), slug=self.kwargs["slug"])
        return super().get_context_data(
            city=city, partner=city.name, relations=relations_with([city]), **kwargs
        )


class CountryRelationsView(TemplateView):
    """Everything that connects the city with the partner cities of one country."""

    template_name = "partnerships/relations.html"

    def get_context_data(self, **kwargs):
        code = self.kwargs["code"].upper()
        cities = partner_cities_in(code) if self.kwargs["code"].islower() else []
        if not cities:
            raise Http404("No partner city in this country")
        country = Country(code)
        return super().get_context_data(
            country=country,
            partner=country.name,
            relations=relations_with(cities, countries=[code]),
            **kwargs,
        )
