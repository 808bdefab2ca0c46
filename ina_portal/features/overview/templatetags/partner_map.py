"""{% partner_map %}: the world map of partner cities, with their number by country beside it.

What it draws does not grow with the number of partner cities: each view of the map draws
at most worldmap.MAX_ITEMS markers and groups, a group names at most worldmap.GROUP_NAMES
cities, and the table counts the cities by country (at most COUNTRY_ROWS countries),
leading to the countries' pages and to the paginated list of every partner city. The drawn
map is kept in the cache for the content generation as long as pages are
(PAGE_CACHE_SECONDS; not at all when they are not), so that only the first page after a
change reads and groups every partner city.
"""

import hashlib

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ina_portal.base.cache import for_the_generation
from ina_portal.base.siteprofile import site_profile
from ina_portal.features.overview import worldmap

register = template.Library()

# The table beside the map has a row for at most this many countries, those with the most
# partner cities; the others are counted in one line that leads to the list of all cities.
COUNTRY_ROWS = 30
# Changed whenever the fragment's markup changes, so no older one is served after an upgrade.
FRAGMENT_KEY_PREFIX = "ina:partner-map:v1"


class CountryRow:
    """A row of the table: a country, its partner cities and how many are twin cities."""

    def __init__(self, country):
        self.country = country
        self.cities = 0
        self.twin_cities = 0

    @property
    def url(self):
        return reverse("overview:country_relations", kwargs={"code": self.country.code.lower()})


def countries(markers):
    """(rows by country name, the other countries' number, their partner cities' number)."""
    rows = {}
    for marker in markers:
        code = marker.city.country.code
        row = rows.setdefault(code, CountryRow(marker.city.country))
        row.cities += 1
        row.twin_cities += bool(marker.twin_since)
    shown = sorted(rows.values(), key=lambda row: (-row.cities, str(row.country.name)))
    shown, others = shown[:COUNTRY_ROWS], shown[COUNTRY_ROWS:]
    return (
        sorted(shown, key=lambda row: str(row.country.name)),
        len(others),
        sum(row.cities for row in others),
    )


def map_context(highlight, table):
    markers = worldmap.partner_markers(highlight=highlight)
    views = []
    for view in worldmap.VIEWS:
        items = worldmap.grouped(markers, view)
        for item in items:
            if isinstance(item, worldmap.Group):
                in_europe = view is not worldmap.EUROPE and all(
                    worldmap.EUROPE.contains(marker) for marker in item.markers
                )
                item.link(in_europe=in_europe, table=table)
        views.append({"view": view, "items": items})
    rows, other_countries, other_cities = countries(markers)
    return {
        "views": views,
        "markers": markers,
        "city_count": len(markers),
        "countries": rows,
        "other_countries": other_countries,
        "other_cities": other_cities,
        "table": table,
        "highlighted": any(marker.highlighted for marker in markers),
        "width": worldmap.WIDTH,
        "height": worldmap.HEIGHT,
        "home": worldmap.home_position(),
        "kinds": worldmap.MarkerKind,
        "site": site_profile(),
    }


def fragment_key(highlight, table):
    identity = [get_language() or "", str(table), *sorted(str(city.pk) for city in highlight)]
    digest = hashlib.sha256("|".join(identity).encode()).hexdigest()
    return f"{FRAGMENT_KEY_PREFIX}:{digest}"


@register.simple_tag
def partner_map(highlight=None, table=True):
    """The map; `highlight` (a city or several) is drawn larger, on top of the others."""
    if highlight is None:
        highlight = []
    elif not isinstance(highlight, list | tuple | set):
        highlight = list(highlight) if hasattr(highlight, "__iter__") else [highlight]

    def draw():
        return str(render_to_string("includes/partner_map.html", map_context(highlight, table)))

    # Rendered by the template above.
    return mark_safe(for_the_generation(fragment_key(highlight, table), draw))  # noqa: S308
