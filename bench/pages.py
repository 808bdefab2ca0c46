"""The public pages `make bench` loads, in every language. A new app adds its pages here."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity
from sdg.groups import RELATED_NAMES, goals_with_counts
from sdg.models import SdgActivity


@dataclass(frozen=True)
class Page:
    name: str
    language: str
    path: str


def busiest_goal():
    """The goal served by the most kinds of published records, then by the most records.

    A kind of record that serves no goal costs no query, so the goal page is compared
    between scales on the goal that shows as many kinds as the content has.
    """

    def served(goal):
        counts = [getattr(goal, f"{name}_count") for name in RELATED_NAMES]
        return sum(1 for count in counts if count), sum(counts), -goal.number

    return max(goals_with_counts(), key=served)


def page_paths():
    """(name, function returning the path in the active language) of each page."""
    # The first published record by slug: a different record at each scale, but one that
    # any reader could open.
    twin_city = TwinCity.objects.published().order_by("city__slug").first()
    partnership = ProjectPartnership.objects.published().order_by("slug").first()
    network = Network.objects.published().order_by("slug").first()
    activity = SdgActivity.objects.published().order_by("slug").first()
    goal = busiest_goal()
    filters = urlencode(
        {
            "topic": partnership.topics.order_by("slug").first().slug,
            "country": partnership.partner_cities.order_by("slug").first().country.code,
            "status": partnership.status,
        }
    )
    return [
        ("Home", lambda: reverse("home")),
        ("Twin cities", lambda: reverse("partnerships:twincity_list")),
        ("Twin city", twin_city.get_absolute_url),
        ("Project partnerships", lambda: reverse("partnerships:projectpartnership_list")),
        (
            "Project partnerships, filtered",
            lambda: f"{reverse('partnerships:projectpartnership_list')}?{filters}",
        ),
        ("Project partnership", partnership.get_absolute_url),
        ("City networks", lambda: reverse("networks:network_list")),
        ("City network", network.get_absolute_url),
        ("SDGs", lambda: reverse("sdg:goal_list")),
        ("SDG", goal.get_absolute_url),
        ("SDGs and pillars", lambda: reverse("sdg:pillar_matrix")),
        ("SDG activity", activity.get_absolute_url),
        ("Imprint", lambda: reverse("imprint")),
    ]


def public_pages():
    pages = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            pages += [Page(name, language, path()) for name, path in page_paths()]
    return pages
