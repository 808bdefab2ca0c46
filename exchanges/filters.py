import django_filters
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from ina_portal.base.api.filters import SlugFilter
from ina_portal.base.filters import BoundedModelChoiceFilter
from partnerships.models import City, TwinCity

from .models import ExchangeProgramme, Organisation, OrganisationKind, ProgrammeKind


def public_twin_cities(request):
    """The cities of published twinnings, by name: the choices of the twin city filter."""
    return City.objects.filter(twinning__in=TwinCity.objects.published()).order_by("name")


def published_count(model, relation):
    """Ranks the twin cities by the published records of `model` through `relation`."""
    return lambda: Count(
        relation, filter=Q(**{f"{relation}__in": model.objects.published()}), distinct=True
    )


class TwinCityChoiceFilter(BoundedModelChoiceFilter):
    def __init__(self, field_name, usage, **kwargs):
        super().__init__(
            label=_("Twin city"),
            field_name=field_name,
            to_field_name="slug",
            queryset=public_twin_cities,
            usage=usage,
            empty_label=_("All twin cities"),
            **kwargs,
        )


class OrganisationFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OrganisationKind.choices, empty_label=_("All kinds")
    )
    twin_city = TwinCityChoiceFilter(
        "twin_cities__city", published_count(Organisation, "twinning__organisations")
    )

    class Meta:
        model = Organisation
        fields = ["kind", "twin_city"]


class ProgrammeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ProgrammeKind.choices, empty_label=_("All kinds")
    )
    twin_city = TwinCityChoiceFilter(
        "twin_city__city", published_count(ExchangeProgramme, "twinning__programmes")
    )

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
