"""City networks as a content kind (ina_portal.base.content)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ina_portal.base import content
from ina_portal.base.content import Kind, Search
from sdg.groups import GoalGroup, GoalList

from .api import NetworkViewSet
from .models import STAFF_ONLY_FIELDS, Network

content.register(
    Kind(
        Network,
        search=Search(
            key="networks",
            label=_("City networks"),
            label_singular=_("City network"),
            queryset=lambda: Network.objects.published().defer(*STAFF_ONLY_FIELDS),
            title=("name", "acronym"),
            body=("teaser", "description"),
        ),
        sitemap=True,
        goals=GoalGroup(
            "networks",
            _("City networks"),
            "networks",
            "includes/network_card.html",
            "network",
            lists=(
                GoalList(
                    "networks:network_list",
                    counted=ngettext_lazy(
                        "%(count)d city network for goal %(number)d",
                        "All %(count)d city networks for goal %(number)d",
                        "count",
                    ),
                    uncounted=_("All city networks for goal %(number)d"),
                ),
            ),
        ),
        api=NetworkViewSet,
    ),
    pages=["networks:network_list"],
)
