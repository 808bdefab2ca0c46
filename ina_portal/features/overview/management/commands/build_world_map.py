"""Draw static/map/world.svg from Natural Earth country outlines (npm package world-atlas).

Run once when the outlines or the projection change; the result is committed:

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python manage.py build_world_map package/countries-110m.json
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ina_portal.features.overview.worldmap import HEIGHT, NORTH, SOUTH, WIDTH, project

ANTARCTICA = "010"
OUTPUT = Path(settings.BASE_DIR) / "static" / "map" / "world.svg"


def decode_arcs(topology):
    """The arcs of a quantized TopoJSON topology as lists of (longitude, latitude)."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """A ring given as arc indexes (negative: reversed, ~index) as one list of points."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def unwrap(points):
    """The ring with longitudes made continuous: a ring crossing 180° runs past it."""
    unwrapped = [points[0]]
    for longitude, latitude in points[1:]:
        previous = unwrapped[-1][0]
        longitude += 360 * round((previous - longitude) / 360)
        unwrapped.append((longitude, latitude))
    return unwrapped


def clip(points, keep, crossing):
    """Sutherland–Hodgman: the part of a ring on the kept side of one meridian."""
    clipped = []
    for start, end in zip(points, points[1:] + points[:1], strict=True):
        if keep(end):
            if not keep(start):
                clipped.append(crossing(start, end))
            clipped.append(end)
        elif keep(start):
            clipped.append(crossing(start, end))
    return clipped


def on_meridian(longitude):
    def crossing(start, end):
        share = (longitude - start[0]) / (end[0] - start[0])
        return longitude, start[1] + share * (end[1] - start[1])

    return crossing


def split_at_antimeridian(points):
    """A ring as the pieces that lie between -180° and 180°, shifted into that range."""
    points = unwrap(points)
    pieces = []
    for shift in (-360, 0, 360):
        shifted = [(longitude + shift, latitude) for longitude, latitude in points]
        shifted = clip(shifted, lambda p: p[0] >= -180, on_meridian(-180))
        shifted = clip(shifted, lambda p: p[0] <= 180, on_meridian(180)) if shifted else []
        if len(shifted) >= 3:
            pieces.append(shifted)
    return pieces


def ring_path(points):
    """SVG path data of a projected ring, clipped to the drawn latitudes, with repeats dropped."""
    rounded = []
    for longitude, latitude in points:
        x, y = project(max(SOUTH, min(NORTH, latitude)), longitude)
        point = (round(x * 10), round(y * 10))  # tenths of a unit
        if not rounded or point != rounded[-1]:
            rounded.append(point)
    if len(rounded) < 4:
        return ""
    # Relative moves after the first point: about half the bytes of absolute ones.
    steps = [
        f"{number(x - px)} {number(y - py)}"
        for (px, py), (x, y) in zip(rounded, rounded[1:], strict=False)
    ]
    return f"M{number(rounded[0][0])} {number(rounded[0][1])}l" + " ".join(steps) + "z"


def number(tenths):
    """An SVG number from tenths of a unit: 12 -> "1.2", -5 -> "-.5", 30 -> "3"."""
    text = f"{tenths / 10:g}"
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def world_svg(topology):
    arcs = decode_arcs(topology)
    paths = []
    for country in topology["objects"]["countries"]["geometries"]:
        if country.get("id") == ANTARCTICA:
            continue
        data = "".join(
            ring_path(piece)
            for polygon in polygons(country)
            for ring in polygon
            for piece in split_at_antimeridian(ring_points(ring, arcs))
        )
        if data:
            name = country.get("properties", {}).get("name", "")
            paths.append(f'<path data-name="{name}" d="{data}"/>')
    edge = [(180, latitude) for latitude in range(SOUTH, NORTH + 1)]
    edge += [(-180, latitude) for latitude in range(NORTH, SOUTH - 1, -1)]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- Country outlines: Natural Earth (public domain, naturalearthdata.com), "
        "1:110m, via the npm package world-atlas 2 (ISC licence). Natural Earth I "
        "projection; drawn by ina_portal/management/commands/build_world_map.py. -->\n"
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">\n'
        f'<path fill="#eaf1f6" d="{ring_path(edge)}"/>\n'
        '<g fill="#dfe6dc" stroke="#8a9a8c" stroke-width="0.5" stroke-linejoin="round">\n'
        + "\n".join(paths)
        + "\n</g>\n</svg>\n"
    )


class Command(BaseCommand):
    help = "Draw static/map/world.svg from world-atlas's countries-110m.json."

    def add_arguments(self, parser):
        parser.add_argument("topojson", type=Path, help="countries-110m.json of world-atlas")
        parser.add_argument("--output", type=Path, default=OUTPUT)

    def handle(self, *args, topojson, output, **options):
        svg = world_svg(json.loads(topojson.read_text()))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(svg)
        self.stdout.write(f"Wrote {output} ({len(svg) // 1024} KiB).")
