"""{% partner_map %}: the world map of partner cities, with their list beside it."""

from django import template

from ina_portal.features.overview import worldmap

register = template.Library()


@register.inclusion_tag("includes/partner_map.html")
def partner_map(highlight=None, table=True):
    """The map; `highlight` (a city or several) is drawn larger, on top of the others."""
    if highlight is None:
        highlight = []
    elif not isinstance(highlight, list | tuple | set):
        highlight = list(highlight) if hasattr(highlight, "__iter__") else [highlight]
    markers = worldmap.partner_markers(highlight=highlight)
    return {
        "markers": markers,
        "cities": sorted(markers, key=lambda marker: marker.city.name),
        "table": table,
        "highlighted": any(marker.highlighted for marker in markers),
        "width": worldmap.WIDTH,
        "height": worldmap.HEIGHT,
        "home": worldmap.home_position(),
        "kinds": worldmap.MarkerKind,
    }
