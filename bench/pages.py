"""The public pages `make bench` loads, in every language: a published record of every kind
with a sitemap (from the content kinds' declarations), and the lists and other pages
written out here."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst

from bench.bulk.sdg import FLAGSHIP_GOAL
from events.models import VisitReport
from ina_portal.base import content
from partnerships.models import City, ProjectPartnership, TwinCity


@dataclass(frozen=True)
class Page:
    name: str
    language: str
    path: str


def fullest_partner_city():
    """The partner city whose relations page has the most kinds of records, then the first
    by slug: a relations page skips the queries of kinds it has none of, so at every scale
    the one with all of them (when there is one) is measured."""
    published_reports = VisitReport.objects.published()
    cities = City.objects.partners().annotate(
        twinned=Exists(TwinCity.objects.published().filter(city=OuterRef("pk"))),
        partnered=Exists(
            ProjectPartnership.objects.published().filter(partner_cities=OuterRef("pk"))
        ),
        reported=Exists(
            published_reports.filter(
                Q(visit__twin_city__city=OuterRef("pk"))
                | Q(visit__project_partnership__partner_cities=OuterRef("pk"))
            )
        ),
    )
    return min(cities, key=lambda c: (-(c.twinned + c.partnered + c.reported), c.slug))


def record_paths():
    """(name, get_absolute_url) of the first published record of each kind with a sitemap,
    named after the kind ("Twin city"). The goals, reference data rather than published
    records, are measured by the flagship goal's page."""
    paths = []
    for kind in content.kinds():
        if kind.sitemap and kind.is_publishable:
            with translation.override("en"):
                name = str(capfirst(kind.model._meta.verbose_name))
            paths.append((name, kind.sitemap_items().first().get_absolute_url))
    return paths


def page_paths():
    """(name, function returning the path in the active language) of each page."""
    # The filtered list filters by the first published partnership's topic, country, status.
    partnership = ProjectPartnership.objects.published().order_by("slug").first()
    city = fullest_partner_city()
    today = timezone.localdate()
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
        ("Project partnerships", lambda: reverse("partnerships:projectpartnership_list")),
        (
            "Project partnerships, filtered",
            lambda: f"{reverse('partnerships:projectpartnership_list')}?{filters}",
        ),
        ("City networks", lambda: reverse("networks:network_list")),
        ("SDGs", lambda: reverse("sdg:goal_list")),
        # The goal that the generated content makes every kind of record serve.
        (
            f"SDG {FLAGSHIP_GOAL}",
            lambda: reverse("sdg:goal_detail", kwargs={"number": FLAGSHIP_GOAL}),
        ),
        ("SDGs and pillars", lambda: reverse("sdg:pillar_matrix")),
        ("SDG activities", lambda: reverse("sdg:sdgactivity_list")),
        ("SDG indicators", lambda: reverse("sdg:indicator_list")),
        # Every goal with its targets, indicators and what serves it, on one page.
        ("SDG report", lambda: reverse("sdg:report")),
        ("Events", lambda: reverse("events:event_list")),
        ("Past events", lambda: reverse("events:event_list_past")),
        (
            "Events of the month",
            lambda: reverse(
                "events:event_month", kwargs={"year": today.year, "month": today.month}
            ),
        ),
        ("Calendar feed (iCalendar)", lambda: reverse("events:event_calendar")),
        (
            "Anniversaries of the year",
            lambda: reverse("events:anniversary_list", kwargs={"year": today.year}),
        ),
        ("Visit reports", lambda: reverse("events:visitreport_list")),
        ("Golden Book", lambda: reverse("events:golden_book")),
        ("Civic organisations", lambda: reverse("exchanges:organisation_list")),
        ("Exchange programmes", lambda: reverse("exchanges:programme_list")),
        ("Funding calls", lambda: reverse("exchanges:fundingcall_list")),
        ("Funding calls, archive", lambda: reverse("exchanges:fundingcall_archive")),
        ("Funding calls feed (Atom)", lambda: reverse("exchanges:fundingcall_atom")),
        ("Team and contacts", lambda: reverse("contacts:team")),
        ("News", lambda: reverse("news:newsitem_list")),
        ("News feed (Atom)", lambda: reverse("news:newsitem_feed_atom")),
        ("Imprint", lambda: reverse("pages:imprint")),
        # The partner map is on the home page and the twin-city list; these draw it for one
        # city, and for every partner city of its country.
        ("Relations with a city", lambda: reverse("overview:city_relations", args=[city.slug])),
        (
            "Relations with a country",
            lambda: reverse("overview:country_relations", args=[city.country.code.lower()]),
        ),
        ("Partner cities", lambda: reverse("overview:partner_cities")),
        # A word in nearly every record: each type's query finds all of its records.
        ("Search", lambda: f"{reverse('search:results')}?{urlencode({'q': 'Dortmund'})}"),
        ("Open data", lambda: reverse("open_data")),
        ("API: project partnerships", lambda: api_list("project-partnerships")),
        ("API: events, CSV", lambda: api_list("events", format="csv")),
        ("Accessibility statement", lambda: reverse("pages:accessibility")),
        *record_paths(),
    ]


def api_list(endpoint, **kwargs):
    """An open data list: outside the language prefixes, in the active language by ?lang=."""
    path = reverse(f"opendata:{endpoint}-list", kwargs=kwargs)
    return f"{path}?lang={translation.get_language()}"


def public_pages():
    pages = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            pages += [Page(name, language, path()) for name, path in page_paths()]
    return pages
