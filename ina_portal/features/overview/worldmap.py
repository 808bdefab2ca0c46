"""The partner map: the world in the Natural Earth projection, with a marker per partner city.

The outlines are drawn once (manage.py build_world_map) into static/map/world.svg; the
markers are projected here, per request, into the same coordinate system, so a page
draws them in an inline <svg> over the outlines without any script.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from partnerships.models import City

# The map's coordinate system: x from 0 to WIDTH across the whole globe; only the
# latitudes between SOUTH and NORTH are drawn (no Antarctica, no polar sea).
WIDTH = 1000
NORTH = 84
SOUTH = -57
HOME = ("Dortmund", Decimal("51.51360"), Decimal("7.46530"))


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


@dataclass(frozen=True)
class Marker:
    """A partner city on the map: where it is drawn, what it is, where its link leads."""

    city: object
    kind: str
    twin_since: int | None
    partnerships: int
    highlighted: bool = False

    @property
    def position(self):
        return project(self.city.latitude, self.city.longitude)

    @property
    def x(self):
        return self.position[0]

    @property
    def y(self):
        return self.position[1]

    @property
    def url(self):
        return reverse("overview:city_relations", kwargs={"slug": self.city.slug})

    @property
    def relation(self):
        """What ties the city to Dortmund, e.g. "twin city since 1960, 2 project partnerships"."""
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


def partner_markers(highlight=()):
    """The markers of every partner city, twin cities first, so partners draw on top."""
    highlighted = {city.pk for city in highlight}
    markers = [
        Marker(
            city=city,
            kind=MarkerKind.TWIN_CITY if city.twin_since else MarkerKind.PROJECT_PARTNER,
            twin_since=city.twin_since,
            partnerships=city.partnership_count,
            highlighted=city.pk in highlighted,
        )
        for city in City.objects.partners()
    ]
    # Highlighted markers last: drawn on top of their neighbours.
    return sorted(markers, key=lambda marker: marker.highlighted)


def home_position():
    return project(HOME[1], HOME[2])
