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
    return {
        "views": views,
        "markers": markers,
        "cities": sorted(markers, key=lambda marker: marker.city.name),
        "table": table,
        "highlighted": any(marker.highlighted for marker in markers),
        "width": worldmap.WIDTH,
        "height": worldmap.HEIGHT,
        "home": worldmap.home_position(),
        "kinds": worldmap.MarkerKind,
    }
