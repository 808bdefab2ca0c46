import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ina_portal.base.api.filters import CountryCodeFilter, SlugFilter
from ina_portal.base.filters import BoundedModelChoiceFilter
from ina_portal.base.models import Topic
from sdg.filters import GoalFilter

from .models import City, ProjectPartnership, ProjectStatus


def partner_countries():
    """Countries of the cities with a published project partnership, in the reader's language."""
    codes = set(
        City.objects.filter(
            project_partnerships__in=ProjectPartnership.objects.published()
        ).values_list("country", flat=True)
    )
    return sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1])


def partnership_topics(request):
    """Topics of published partnerships only: a draft's topic must not show in the form."""
    return (
        Topic.objects.filter(project_partnerships__in=ProjectPartnership.objects.published())
        .distinct()
        .order_by("name")
    )


class ProjectPartnershipFilter(django_filters.FilterSet):
    topic = BoundedModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        to_field_name="slug",
        queryset=partnership_topics,
        empty_label=_("All topics"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        field_name="partner_cities__country",
        choices=partner_countries,
        empty_label=_("All countries"),
        distinct=True,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ProjectStatus.choices, empty_label=_("Any status")
    )
    goal = GoalFilter(ProjectPartnership)

    class Meta:
        model = ProjectPartnership
        fields = ["topic", "country", "status", "goal"]


class ProjectPartnershipApiFilter(ProjectPartnershipFilter):
    """The list's filters in the API: a topic or a country (ISO 3166 code) that no published
    partnership has matches none."""

    topic = SlugFilter(label=_("Topic"), field_name="topics__slug", distinct=True)
    country = CountryCodeFilter(
        label=_("Country"), field_name="partner_cities__country", distinct=True
    )
