import django_filters
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ina_portal.base.models import Topic
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity

from .models import Person, Unit


class Responsibility(models.TextChoices):
    TWIN_CITIES = "twin-cities", _("Twin cities")
    PARTNERSHIPS = "project-partnerships", _("Project partnerships")
    NETWORKS = "city-networks", _("City networks")
    COUNTRIES = "countries", _("Countries")
    TOPICS = "topics", _("Topics")


def team_units(request):
    """The units with a published person: a handful of departments, not a growing list."""
    return Unit.objects.filter(people__in=Person.objects.published()).distinct()


def names_containing(text, *fields):
    condition = Q(pk__in=[])
    for name in fields:
        condition |= Q(**{f"{name}__icontains": text})
    return condition


def countries_named(text):
    """The codes of the countries whose German or English name contains `text`."""
    codes = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            codes |= {code for code, name in countries if text.casefold() in str(name).casefold()}
    return sorted(codes)


def responsible_for_text(text):
    """People responsible for a published twin city, partnership or network, a topic or a
    country whose name contains `text`, in either language."""
    codes = countries_named(text)
    twin_cities = TwinCity.objects.published().filter(
        names_containing(text, "city__name_de", "city__name_en") | Q(city__country__in=codes)
    )
    partnerships = ProjectPartnership.objects.published().filter(
        names_containing(
            text, "title_de", "title_en", "partner_cities__name_de", "partner_cities__name_en"
        )
        | Q(partner_cities__country__in=codes)
    )
    networks = Network.objects.published().filter(
        names_containing(text, "name_de", "name_en", "acronym_de", "acronym_en")
    )
    topics = Topic.objects.filter(names_containing(text, "name_de", "name_en"))
    condition = (
        Q(twin_cities__in=twin_cities)
        | Q(project_partnerships__in=partnerships)
        | Q(networks__in=networks)
        | Q(topics__in=topics)
    )
    for code in codes:
        # A multiple CountryField holds "GH,GN": a two-letter code matches only itself.
        condition |= Q(countries__contains=code)
    return Person.objects.filter(condition).values("pk")


class TeamFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(label=_("Name"), method="filter_name", max_length=100)
    responsible_for = django_filters.CharFilter(
        label=_("Responsible for (partner city, country, network or topic)"),
        method="filter_responsible_for",
        max_length=100,
    )
    responsibility = django_filters.ChoiceFilter(
        label=_("Kind of responsibility"),
        choices=Responsibility.choices,
        method="filter_responsibility",
        empty_label=_("Any responsibility"),
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit"),
        queryset=team_units,
        to_field_name="slug",
        empty_label=_("All units"),
    )

    class Meta:
        model = Person
        fields = ["name", "responsible_for", "responsibility", "unit"]

    def filter_name(self, queryset, name, value):
        for word in value.split():
            queryset = queryset.filter(Q(first_name__icontains=word) | Q(last_name__icontains=word))
        return queryset

    def filter_responsible_for(self, queryset, name, value):
        return queryset.filter(pk__in=responsible_for_text(value))

    def filter_responsibility(self, queryset, name, value):
        if value == Responsibility.COUNTRIES:
            return queryset.exclude(countries="")
        related = {
            Responsibility.TWIN_CITIES: Q(twin_cities__in=TwinCity.objects.published()),
            Responsibility.PARTNERSHIPS: Q(
                project_partnerships__in=ProjectPartnership.objects.published()
            ),
            Responsibility.NETWORKS: Q(networks__in=Network.objects.published()),
            Responsibility.TOPICS: Q(topics__isnull=False),
        }[value]
        return queryset.filter(pk__in=Person.objects.filter(related).values("pk"))
