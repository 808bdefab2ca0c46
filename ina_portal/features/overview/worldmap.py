"""The partner map: the world in the Natural Earth projection, with a marker per partner city.

The outlines are drawn once (manage.py build_world_map) into static/map/world.svg; the
markers are projected here, per request, into the same coordinate system, so a page
draws them in an inline <svg> over the outlines without any script.
"""

import math
from dataclasses import dataclass
from functools import cached_property

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ina_portal.base.siteprofile import site_profile
from partnerships.models import City

# The map's coordinate system: x from 0 to WIDTH across the whole globe; only the
# latitudes between SOUTH and NORTH are drawn (no Antarctica, no polar sea).
WIDTH = 1000
NORTH = 84
SOUTH = -57


def natural_earth(longitude, latitude):
    """Natural Earth I projection (Šavrič, Patterson, Jenny 2011) of degrees, in radians."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (
        0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))
    )
    y = phi * (
        1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))
    )
    return x, y


_X_MAX = natural_earth(180, 0)[0]
SCALE = WIDTH / (2 * _X_MAX)
_Y_TOP = natural_earth(0, NORTH)[1]
HEIGHT = round(SCALE * (_Y_TOP - natural_earth(0, SOUTH)[1]))


def project(latitude, longitude):
    """(x, y) on the map of a point given in degrees; y grows southwards, as in SVG."""
    x, y = natural_earth(float(longitude), float(latitude))
    return round(SCALE * (x + _X_MAX), 1), round(SCALE * (_Y_TOP - y), 1)


class MarkerKind:
    TWIN_CITY = "twin-city"
    PROJECT_PARTNER = "project-partner"


class OnTheMap:
    """`x` and `y` of the point drawn on the map, `position`."""

    @property
    def x(self):
        return self.position[0]

    @property
    def y(self):
        return self.position[1]


@dataclass(frozen=True)
class Marker(OnTheMap):
    """A partner city on the map: where it is drawn, what it is, where its link leads."""

    city: object
    kind: str
    twin_since: int | None
    partnerships: int
    highlighted: bool = False

    @cached_property
    def position(self):
        return project(self.city.latitude, self.city.longitude)

    @property
    def url(self):
        return reverse("overview:city_relations", kwargs={"slug": self.city.slug})

    @property
    def relation(self):
        """What ties the city to the portal's, e.g. "twin city since 1960, 2 partnerships"."""
        parts = []
        if self.twin_since:
            parts.append(_("twin city since %(year)d") % {"year": self.twin_since})
        if self.partnerships:
            parts.append(
                ngettext(
                    "%(count)d project partnership",
                    "%(count)d project partnerships",
                    self.partnerships,
                )
                % {"count": self.partnerships}
            )
        return ", ".join(parts)

    @property
    def label(self):
        return f"{self.city.name}, {self.city.country.name} – {self.relation}"


def marker_of(city, highlighted=False):
    """The marker of a city from `City.objects.partners()`."""
    return Marker(
        city=city,
        kind=MarkerKind.TWIN_CITY if city.twin_since else MarkerKind.PROJECT_PARTNER,
        twin_since=city.twin_since,
        partnerships=city.partnership_count,
        highlighted=highlighted,
    )


def partner_markers(highlight=()):
    """The markers of every partner city, by name; the highlighted last, drawn on top."""
    highlighted = {city.pk for city in highlight}
    markers = [marker_of(city, city.pk in highlighted) for city in City.objects.partners()]
    # Highlighted markers last: drawn on top of their neighbours.
    return sorted(markers, key=lambda marker: marker.highlighted)


def home_position():
    """The portal's own city on the map, from the site profile."""
    profile = site_profile()
    return project(profile.latitude, profile.longitude)


# Markers must stay at least 24×24 CSS pixels (WCAG 2.2, 2.5.8) on a phone, where a view
# is drawn about PHONE_WIDTH pixels wide; markers closer than that are drawn as a group.
PHONE_WIDTH = 358
MARKER_PIXELS = 26


@dataclass(frozen=True)
class MapView:
    """A part of the map drawn in its own <svg>: the whole world, or Europe."""

    key: str
    label: str
    x: float
    y: float
    width: float
    height: float

    @property
    def viewbox(self):
        return f"{self.x:g} {self.y:g} {self.width:g} {self.height:g}"

    @property
    def radius(self):
        """A marker's radius in map units: half of MARKER_PIXELS at a phone's width."""
        return round(MARKER_PIXELS / 2 * self.width / PHONE_WIDTH, 2)

    @property
    def scale(self):
        """The markers' drawing scale: their shapes are drawn for a radius of 12."""
        return round(self.radius / 12, 3)

    def contains(self, marker):
        return (
            self.x <= marker.x <= self.x + self.width and self.y <= marker.y <= self.y + self.height
        )


WORLD = MapView("world", gettext_lazy("The world"), 0, 0, WIDTH, HEIGHT)
# From Ireland to the Caspian Sea, from Israel to the south of Scandinavia.
EUROPE = MapView("europe", gettext_lazy("Europe"), 482, 64, 130, 94)
VIEWS = [WORLD, EUROPE]


# A group's label names this many of its cities (the first by name) and counts the rest,
# so that a group of hundreds of cities costs the page what a group of ten does.
GROUP_NAMES = 10
# At most this many markers and groups in a view: when the cities lie so scattered that
# more would be drawn, they are grouped from ever farther apart. The markers' own
# spacing (MARKER_PIXELS) bounds the number too, this bounds it to a page's budget.
MAX_ITEMS = 40


@dataclass
class Group:
    """Markers too close to be told apart in a view, drawn as one marker with their number."""

    markers: list
    url: str = ""
    label: str = ""

    @property
    def x(self):
        return round(sum(marker.x for marker in self.markers) / len(self.markers), 1)

    @property
    def y(self):
        return round(sum(marker.y for marker in self.markers) / len(self.markers), 1)

    @property
    def count(self):
        return len(self.markers)

    @property
    def highlighted(self):
        return any(marker.highlighted for marker in self.markers)

    @cached_property
    def named(self):
        """The markers the label names: the first GROUP_NAMES by the cities' names."""
        return sorted(self.markers, key=lambda marker: marker.city.name)[:GROUP_NAMES]

    @property
    def slugs(self):
        return " ".join(marker.city.slug for marker in self.named)

    @property
    def names(self):
        names = ", ".join(marker.city.name for marker in self.named)
        more = self.count - len(self.named)
        if not more:
            return names
        return ngettext("%(names)s and %(count)d more", "%(names)s and %(count)d more", more) % {
            "names": names,
            "count": more,
        }

    def link(self, *, in_europe, table):
        """Where the group leads: the map of Europe, the page of the group's one country,
        or the table of partner cities by country (without it, the list of them all)."""
        values = {"count": self.count, "names": self.names}
        countries = {marker.city.country.code for marker in self.markers}
        if in_europe:
            self.url = f"#partner-map-{EUROPE.key}"
            text = ngettext(
                "%(count)d partner city in Europe: %(names)s – show the map of Europe",
                "%(count)d partner cities in Europe: %(names)s – show the map of Europe",
                self.count,
            )
        elif len(countries) == 1:
            country = self.markers[0].city.country
            self.url = reverse("overview:country_relations", kwargs={"code": country.code.lower()})
            values["country"] = country.name
            text = ngettext(
                "%(count)d partner city in %(country)s: %(names)s",
                "%(count)d partner cities in %(country)s: %(names)s",
                self.count,
            )
        else:
            self.url = "#partner-map-table" if table else reverse("overview:partner_cities")
            text = ngettext(
                "%(count)d partner city close together: %(names)s",
                "%(count)d partner cities close together: %(names)s",
                self.count,
            )
        self.label = text % values
        return self


def components(markers, reach):
    """The markers in groups of those closer than `reach` to one another (joined as chains),
    each group in the order of `markers`, the groups in the order of their last marker (so
    that what comes last, the highlighted, is drawn on top). Markers are sorted into a grid
    of cells as wide as `reach`, so each is measured against its neighbours only."""
    parent = list(range(len(markers)))

    def root(index):
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    cells = {}
    for index, marker in enumerate(markers):
        column, row = int(marker.x // reach), int(marker.y // reach)
        for near in (
            other
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other in cells.get((column + dx, row + dy), ())
        ):
            mine, theirs = root(index), root(near)
            if mine != theirs and math.dist(marker.position, markers[near].position) < reach:
                parent[theirs] = mine
        cells.setdefault((column, row), []).append(index)
    groups = {}
    for index in range(len(markers)):
        groups.setdefault(root(index), []).append(index)
    return [
        [markers[index] for index in group]
        for group in sorted(groups.values(), key=lambda group: group[-1])
    ]


@dataclass
class CountryPart(OnTheMap):
    """The markers of one country within a group, placed where the group would draw them."""

    markers: list

    @cached_property
    def position(self):
        count = len(self.markers)
        return (
            sum(marker.x for marker in self.markers) / count,
            sum(marker.y for marker in self.markers) / count,
        )


def by_country(groups, reach):
    """The groups, those of several countries split into one group per country wherever
    those would be drawn apart: dense regions then lead to their countries' pages."""
    split = []
    for group in groups:
        parts = {}
        for marker in group:
            parts.setdefault(marker.city.country.code, []).append(marker)
        if len(parts) == 1:
            split.append(group)
            continue
        for joined in components([CountryPart(part) for part in parts.values()], reach):
            split.append([marker for part in joined for marker in part.markers])
    return split


def grouped(markers, view, limit=MAX_ITEMS):
    """The markers drawn in `view`: single markers, and groups of those that would overlap
    (closer than a marker's diameter, joined as chains, then apart by country where they
    can be); never more than `limit` in all, the highlighted drawn last."""
    inside = [marker for marker in markers if view.contains(marker)]
    order = {id(marker): index for index, marker in enumerate(inside)}
    reach = 2 * view.radius
    groups = by_country(components(inside, reach), reach)
    while len(groups) > limit:
        reach *= 1.5
        groups = by_country(components(inside, reach), reach)
    groups.sort(key=lambda group: max(order[id(marker)] for marker in group))
    return [group[0] if len(group) == 1 else Group(group) for group in groups]
