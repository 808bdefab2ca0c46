"""sitemap.xml: every public page in German and English, each with its hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Event, VisitReport
from ina_portal.news.models import NewsItem
from ina_portal.worldmap import partner_cities
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity
from sdg.models import Goal, SdgActivity

# The public pages without a record of their own.
PAGES = [
    "home",
    "partnerships:twincity_list",
    "partnerships:projectpartnership_list",
    "networks:network_list",
    "sdg:goal_list",
    "sdg:pillar_matrix",
    "sdg:sdgactivity_list",
    "events:event_list",
    "events:event_list_past",
    "events:visitreport_list",
    "events:golden_book",
    "news:newsitem_list",
    "contacts:team",
    "enquiries:form",
    "open_data",
    "pages:imprint",
    "pages:privacy",
    "pages:accessibility",
]


class BilingualSitemap(Sitemap):
    """Each page once per language; each entry names the other language's address."""

    i18n = True
    alternates = True
    # No x-default: Django would give the German address without its /de/ prefix, which
    # only German readers are redirected from.


class PageSitemap(BilingualSitemap):
    def items(self):
        return PAGES

    def location(self, name):
        return reverse(name)


class PublishedSitemap(BilingualSitemap):
    """The detail pages of the published records of one model."""

    def __init__(self, model, *related):
        self.model = model
        self.related = related

    def items(self):
        records = self.model.objects.published().order_by("pk")
        return records.select_related(*self.related) if self.related else records

    def lastmod(self, record):
        return record.updated_at


class GoalSitemap(BilingualSitemap):
    def items(self):
        return Goal.objects.order_by("number")


class CityRelationsSitemap(BilingualSitemap):
    def items(self):
        return partner_cities()

    def location(self, city):
        return reverse("partnerships:city_relations", kwargs={"slug": city.slug})


class CountryRelationsSitemap(BilingualSitemap):
    def items(self):
        return sorted({city.country.code for city in partner_cities()})

    def location(self, code):
        return reverse("partnerships:country_relations", kwargs={"code": code.lower()})


SITEMAPS = {
    "pages": PageSitemap,
    "twin-cities": PublishedSitemap(TwinCity, "city"),
    "project-partnerships": PublishedSitemap(ProjectPartnership),
    "networks": PublishedSitemap(Network),
    "goals": GoalSitemap,
    "sdg-activities": PublishedSitemap(SdgActivity),
    "events": PublishedSitemap(Event),
    "visit-reports": PublishedSitemap(VisitReport),
    "news": PublishedSitemap(NewsItem),
    "cities": CityRelationsSitemap,
    "countries": CountryRelationsSitemap,
}
