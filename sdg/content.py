"""The goals and the city's SDG activities as content kinds (ina_portal.base.content)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ina_portal.base import content
from ina_portal.base.content import Kind, Search

from .api import GoalViewSet, IndicatorViewSet, ObservationViewSet, SdgActivityViewSet
from .groups import GoalGroup, GoalList
from .models import Goal, Indicator, Observation, SdgActivity

content.register(
    Kind(
        Goal,
        search=Search(
            key="goals",
            label=_("Sustainable Development Goals"),
            label_singular=_("Sustainable Development Goal"),
            queryset=lambda: Goal.objects.all(),
            title=("title",),
            body=("long_title",),
        ),
        # The seventeen goals are the UN's, fixed by a migration: not edited, no history.
        sitemap=lambda: Goal.objects.order_by("number"),
        history=False,
        api=GoalViewSet,
    ),
    Kind(
        SdgActivity,
        search=Search(
            key="sdg-activities",
            label=_("SDG activities"),
            label_singular=_("SDG activity"),
            queryset=lambda: SdgActivity.objects.published(),
            title=("title",),
            body=("teaser", "description", "lead_unit"),
        ),
        sitemap=True,
        goals=GoalGroup(
            "activities",
            _("Municipal activities"),
            "activities",
            "includes/sdgactivity_card.html",
            "activity",
            lists=(
                GoalList(
                    "sdg:sdgactivity_list",
                    counted=ngettext_lazy(
                        "%(count)d municipal activity for goal %(number)d",
                        "All %(count)d municipal activities for goal %(number)d",
                        "count",
                    ),
                    pillar=True,
                ),
            ),
        ),
        api=SdgActivityViewSet,
    ),
    Kind(
        Indicator,
        search=Search(
            key="indicators",
            label=_("Indicators"),
            label_singular=_("Indicator"),
            queryset=lambda: Indicator.objects.published(),
            title=("title",),
            body=("definition", "source", "unit"),
        ),
        sitemap=True,
        api=IndicatorViewSet,
    ),
    # The values of the indicators: kept with the indicator (no history of their own),
    # served flat, so that a series downloads as one CSV file.
    Kind(Observation, history=False, api=ObservationViewSet),
    pages=[
        "sdg:goal_list",
        "sdg:pillar_matrix",
        "sdg:sdgactivity_list",
        "sdg:indicator_list",
        "sdg:report",
    ],
)
