"""sitemap.xml: every public page in German and English, each with its hreflang alternates.

The pages and records come from the content kinds that declare a sitemap (content.py).
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from ina_portal.base import content
from partnerships.models import City

# The public pages of no one app.
PAGES = ["home", "open_data", "overview:partner_cities"]


class BilingualSitemap(Sitemap):
    """Each page once per language; each entry names the other language's address."""

    i18n = True
    alternates = True
    # No x-default: Django would give the German address without its /de/ prefix, which
    # only German readers are redirected from.


class PageSitemap(BilingualSitemap):
    def items(self):
        return [*PAGES, *content.page_names()]

    def location(self, name):
        return reverse(name)


class KindSitemap(BilingualSitemap):
    """The detail pages of one content kind's public records."""

    def __init__(self, kind):
        self.kind = kind

    def items(self):
        return self.kind.sitemap_items()

    def lastmod(self, record):
        return getattr(record, "updated_at", None)


class CityRelationsSitemap(BilingualSitemap):
    def items(self):
        return City.objects.partners()

    def location(self, city):
        return reverse("overview:city_relations", kwargs={"slug": city.slug})


class CountryRelationsSitemap(BilingualSitemap):
    def items(self):
        return sorted({city.country.code for city in City.objects.partners()})

    def location(self, code):
        return reverse("overview:country_relations", kwargs={"code": code.lower()})


def sitemaps():
    return {
        "pages": PageSitemap,
        **{kind.key: KindSitemap(kind) for kind in content.kinds() if kind.sitemap},
        "cities": CityRelationsSitemap,
        "countries": CountryRelationsSitemap,
    }
