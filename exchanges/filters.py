import django_filters
from django.utils.translation import gettext_lazy as _

from ina_portal.base.api.filters import SlugFilter
from partnerships.models import City, TwinCity

from .models import ExchangeProgramme, Organisation, OrganisationKind, ProgrammeKind


def public_twin_cities(request):
    """The cities of published twinnings, by name: the choices of the twin city filter."""
    return City.objects.filter(twinning__in=TwinCity.objects.published()).order_by("name")


class TwinCityChoiceFilter(django_filters.ModelChoiceFilter):
    def __init__(self, field_name, **kwargs):
        super().__init__(
            label=_("Twin city"),
            field_name=field_name,
            to_field_name="slug",
            queryset=public_twin_cities,
            empty_label=_("All twin cities"),
            **kwargs,
        )


class OrganisationFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OrganisationKind.choices, empty_label=_("All kinds")
    )
    twin_city = TwinCityChoiceFilter("twin_cities__city")

    class Meta:
        model = Organisation
        fields = ["kind", "twin_city"]


class ProgrammeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ProgrammeKind.choices, empty_label=_("All kinds")
    )
    twin_city = TwinCityChoiceFilter("twin_city__city")

    class Meta:
        model = ExchangeProgramme
        fields = ["kind", "twin_city"]


class OrganisationApiFilter(OrganisationFilter):
    """The list's filters in the API: any twin city slug, one without records matches none."""

    twin_city = SlugFilter(
        label=_("Twin city"), field_name="twin_cities__city__slug", distinct=True
    )


class ProgrammeApiFilter(ProgrammeFilter):
    twin_city = SlugFilter(label=_("Twin city"), field_name="twin_city__city__slug")
