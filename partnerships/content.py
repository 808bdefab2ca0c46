"""Twin cities and project partnerships as content kinds (ina_portal.base.content)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ina_portal.base import content
from ina_portal.base.content import Kind, Search, names_of
from sdg.groups import GoalGroup, GoalList

from .api import PartnerCityViewSet, ProjectPartnershipViewSet, TwinCityViewSet
from .models import City, ProjectPartnership, TwinCity


def project_partnerships():
    return ProjectPartnership.objects.published().annotate(
        search_partner_cities=names_of(City.objects.all(), "project_partnerships", "name")
    )


content.register(
    # First: the API root lists the partner cities first.
    Kind(City, api=PartnerCityViewSet),
    Kind(
        TwinCity,
        search=Search(
            key="twin-cities",
            label=_("Twin cities"),
            label_singular=_("Twin city"),
            queryset=lambda: TwinCity.objects.published().select_related("city"),
            title=("city__name",),
            body=("teaser", "story", "status_note"),
        ),
        sitemap=True,
        goals=GoalGroup(
            "twin_cities",
            _("Twin cities"),
            "partnerships",
            "includes/twincity_card.html",
            "twin_city",
        ),
        name_related=("city",),
        api=TwinCityViewSet,
    ),
    Kind(
        ProjectPartnership,
        search=Search(
            key="project-partnerships",
            label=_("Project partnerships"),
            label_singular=_("Project partnership"),
            queryset=project_partnerships,
            title=("title",),
            body=("teaser", "description", "search_partner_cities", "lead_department"),
        ),
        sitemap=True,
        goals=GoalGroup(
            "project_partnerships",
            _("Project partnerships"),
            "partnerships",
            "includes/projectpartnership_card.html",
            "partnership",
            lists=(
                GoalList(
                    "partnerships:projectpartnership_list",
                    counted=ngettext_lazy(
                        "%(count)d project partnership for goal %(number)d",
                        "All %(count)d project partnerships for goal %(number)d",
                        "count",
                    ),
                    uncounted=_("All project partnerships for goal %(number)d"),
                ),
            ),
        ),
        api=ProjectPartnershipViewSet,
    ),
    pages=["partnerships:twincity_list", "partnerships:projectpartnership_list"],
)
