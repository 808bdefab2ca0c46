"""The pictures of the demo content, drawn by the portal itself: no copied photo.

Twin cities, project partnerships and visit reports get a locator map drawn with Pillow
from the outlines of the partner map (static/map/world.svg, Natural Earth, public domain)
in its projection and marker shapes; events and news get a poster-like illustration: a
symbol of what happens, the year, and bands in the colours of the record's goals.

The demo files name a drawer for an image field, e.g. `image: {drawn_by:
ina_portal.features.overview.demo_pictures.twin_city_map}`; the loader calls it with
the new record (not saved yet) and its many-to-many relations, and stores what it returns.
"""

import io
import math
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from events.models import VisitKind
from ina_portal.base.models import Image

from .worldmap import project

# The demo city, the centre of the demo content's locator maps.
HOME = ("Dortmund", Decimal("51.51360"), Decimal("7.46530"))
WIDTH, HEIGHT = 1200, 675
# Drawn at twice the size and reduced: Pillow's shapes have no anti-aliasing of their own.
SUPERSAMPLE = 2
WEBP_QUALITY = 85
WORLD_SVG = "map/world.svg"  # a static file

# The portal's colours (static/css/portal.css) and the partner map's (static/css/map.css).
PRIMARY = "#0a4a7a"
PRIMARY_DARK = "#06304f"
ACCENT = "#b0172b"
TEXT = "#1b1f24"
FOCUS = "#ffbf47"
WHITE = "#ffffff"
SEA = "#eaf1f6"
LAND = "#dfe6dc"
BORDER = "#8a9a8c"
TWIN_COUNTRY = "#bcd2e4"
PARTNER_COUNTRY = "#eec5cb"

MAP_CREDIT = "INA Portal · Natural Earth"
ILLUSTRATION_CREDIT = "INA Portal"

# The smallest part of the map a locator map shows, in map units (1000 = the globe's width).
MIN_SPAN = 70


# The outlines -------------------------------------------------------------------------

_PATH = re.compile(r'<path (?:data-name="([^"]*)" )?(?:fill="[^"]*" )?d="([^"]*)"')
_TOKEN = re.compile(r"[MlzZ]|-?(?:\d+\.?\d*|\.\d+)")


def rings(data):
    """The rings of an SVG path written as `M x y l dx dy … z`, in absolute map units."""
    found, ring, numbers = [], [], []
    for part in _TOKEN.findall(data):
        if part in "MlzZ":
            if part == "M" and ring:
                found.append(ring)
                ring = []
            continue
        numbers.append(float(part))
        if len(numbers) == 2:
            x, y = numbers
            numbers = []
            if ring:
                x, y = ring[-1][0] + x, ring[-1][1] + y
            ring.append((x, y))
    if ring:
        found.append(ring)
    return found


@cache
def world():
    """(the globe's outline, {country name: its rings}) from static/map/world.svg."""
    globe, countries = [], {}
    for name, data in _PATH.findall(Path(finders.find(WORLD_SVG)).read_text(encoding="utf-8")):
        if name:
            countries[name] = rings(data)
        else:
            globe = rings(data)
    return globe, countries


def inside(point, ring):
    """Whether `point` lies inside `ring` (even-odd rule)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def country_at(point):
    """The name of the country of the map whose outline holds `point`, else None."""
    for name, country in world()[1].items():
        if sum(inside(point, ring) for ring in country) % 2:
            return name
    return None


def country_centre(name):
    """The centre of the bounding box of a country's largest ring."""
    largest = max(world()[1][name], key=len)
    xs, ys = [x for x, _ in largest], [y for _, y in largest]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


# Drawing helpers ----------------------------------------------------------------------


def canvas(colour):
    return PillowImage.new("RGB", (WIDTH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE), colour)


def webp(picture):
    output = io.BytesIO()
    picture.reduce(SUPERSAMPLE).save(output, "WEBP", quality=WEBP_QUALITY, method=2)
    return output.getvalue()


def font(size):
    # Pillow's own font (Aileron): the same on every machine, no system font needed.
    return ImageFont.load_default(size=size * SUPERSAMPLE)


class View:
    """The part of the map a locator map shows, fitted around `points` at the picture's ratio."""

    def __init__(self, points):
        xs, ys = [x for x, _ in points], [y for _, y in points]
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        pad = max(span_x, span_y) * 0.3
        width = max(span_x + 2 * pad, MIN_SPAN)
        height = max(span_y + 2 * pad, MIN_SPAN * HEIGHT / WIDTH)
        width, height = max(width, height * WIDTH / HEIGHT), max(height, width * HEIGHT / WIDTH)
        self.left = (min(xs) + max(xs) - width) / 2
        self.top = (min(ys) + max(ys) - height) / 2
        self.scale = WIDTH * SUPERSAMPLE / width

    def __call__(self, point):
        return (point[0] - self.left) * self.scale, (point[1] - self.top) * self.scale


def star(centre, radius):
    """The partner map's five-pointed star for Dortmund, around `centre`."""
    cx, cy = centre
    return [
        (
            cx + radius * (1 if i % 2 == 0 else 0.4) * math.sin(math.pi * i / 5),
            cy - radius * (1 if i % 2 == 0 else 0.4) * math.cos(math.pi * i / 5),
        )
        for i in range(10)
    ]


def triangle(centre, radius):
    cx, cy = centre
    return [
        (cx, cy - radius),
        (cx + radius * 0.94, cy + radius * 0.67),
        (cx - radius * 0.94, cy + radius * 0.67),
    ]


def arc(start, end, bend=0.18):
    """Points of a gentle curve from `start` to `end`, bowed to the north like a flight path."""
    (x1, y1), (x2, y2) = start, end
    # The normal of the chord that points up (north) on the picture.
    nx, ny = y1 - y2, x2 - x1
    if ny > 0 or (ny == 0 and nx > 0):
        nx, ny = -nx, -ny
    control = ((x1 + x2) / 2 + bend * nx, (y1 + y2) / 2 + bend * ny)
    return [
        (
            (1 - t) ** 2 * x1 + 2 * (1 - t) * t * control[0] + t**2 * x2,
            (1 - t) ** 2 * y1 + 2 * (1 - t) * t * control[1] + t**2 * y2,
        )
        for t in (i / 48 for i in range(49))
    ]


def arrowhead(points, size):
    """A filled arrowhead at the last of `points`, pointing along the curve."""
    (x1, y1), (x2, y2) = points[-4], points[-1]
    angle = math.atan2(y2 - y1, x2 - x1)
    return [
        (x2, y2),
        (x2 - size * math.cos(angle - 0.45), y2 - size * math.sin(angle - 0.45)),
        (x2 - size * math.cos(angle + 0.45), y2 - size * math.sin(angle + 0.45)),
    ]


def trim(points, start, end):
    """`points` without what lies within `start` of the first and `end` of the last point."""

    def far(point, origin, distance):
        return math.hypot(point[0] - origin[0], point[1] - origin[1]) > distance

    first, last = points[0], points[-1]
    return [p for p in points if far(p, first, start) and far(p, last, end)] or points


# Locator maps -------------------------------------------------------------------------


@cache
def ring_boxes():
    """{country name: [(ring, its bounding box)]}: a map draws only the rings it shows."""
    return {
        name: [(ring, bounds(ring)) for ring in country] for name, country in world()[1].items()
    }


def bounds(ring):
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


# Drawn once per process: the tests load the demo content many times.
@cache
def locator_map(*, positions, country_names=(), kind="twin-city", arrive=False):
    """A map of the cities at `positions` ((latitude, longitude), …) and Dortmund, joined by
    curves (arrows towards Dortmund if `arrive`), the countries of the cities and
    `country_names` tinted; WebP bytes."""
    home = project(HOME[1], HOME[2])
    places = [project(latitude, longitude) for latitude, longitude in positions]
    starts = places or [country_centre(name) for name in country_names]
    view = View([home, *starts, *(country_centre(name) for name in country_names)])
    tinted = {*country_names, *filter(None, map(country_at, places))}
    tint = TWIN_COUNTRY if kind == "twin-city" else PARTNER_COUNTRY
    s = SUPERSAMPLE

    picture = canvas(SEA)
    draw = ImageDraw.Draw(picture)
    right, bottom = view.left + WIDTH * s / view.scale, view.top + HEIGHT * s / view.scale
    for name, country in ring_boxes().items():
        for ring, (x1, y1, x2, y2) in country:
            if x2 < view.left or x1 > right or y2 < view.top or y1 > bottom:
                continue
            draw.polygon(
                [view(p) for p in ring],
                fill=tint if name in tinted else LAND,
                outline=BORDER,
                width=max(1, round(1.2 * s)),
            )
    marker = 15 * s
    for place in starts:
        curve = trim(arc(view(place), view(home)), marker * 1.3, marker * 1.6)
        draw.line(curve, fill=PRIMARY_DARK, width=4 * s, joint="curve")
        if arrive:
            draw.polygon(arrowhead(curve, 16 * s), fill=PRIMARY_DARK)
    for place in places:
        centre = view(place)
        if kind == "twin-city":
            x, y = centre
            draw.ellipse(
                (x - marker, y - marker, x + marker, y + marker),
                fill=PRIMARY,
                outline=WHITE,
                width=3 * s,
            )
        else:
            draw.polygon(triangle(centre, marker * 1.25), fill=ACCENT, outline=WHITE, width=3 * s)
    draw.polygon(star(view(home), marker * 1.8), fill=TEXT, outline=WHITE, width=3 * s)
    return webp(picture)


# Posters ------------------------------------------------------------------------------


@cache
def poster(*, symbol, year, goals):
    """A poster-like illustration: `symbol` in white on the portal's blue, `year` under it,
    and a band per goal ((number, colour, text colour), …) with its number; WebP bytes."""
    s = SUPERSAMPLE
    picture = canvas(PRIMARY)
    draw = ImageDraw.Draw(picture)
    bands = list(goals)[:4] or [None]
    left, slant, right, height = 720 * s, 150 * s, WIDTH * s, HEIGHT * s
    # Equal widths across the middle of the picture; the last band runs to the edge.
    width = (right - left - slant / 2) / len(bands)
    for index, goal in enumerate(bands):
        x = left + index * width
        end = x + width if index < len(bands) - 1 else right + slant
        draw.polygon(
            [(x + slant, 0), (end + slant, 0), (end, height), (x, height)],
            fill=goal[1] if goal else PRIMARY_DARK,
        )
        # A white edge keeps a band apart from the blue, which goals 14, 16 and 17 are too.
        draw.line([(x + slant, 0), (x, height)], fill=WHITE, width=8 * s)
        if goal:
            draw.text(
                (x + width / 2 + slant * 0.2, 560 * s),
                str(goal[0]),
                fill=goal[2],
                font=font(72),
                anchor="ms",
            )
    # Symbol and year stay inside every crop of the picture (card 3:2, hero 21:9, square).
    SYMBOLS.get(symbol, draw_star)(draw, (420 * s, 260 * s), 160 * s)
    draw.text((420 * s, 560 * s), str(year), fill=WHITE, font=font(104), anchor="ms")
    return webp(picture)


def draw_conference(draw, centre, size):
    cx, cy = centre
    r = size * 0.45
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=WHITE, width=round(size * 0.07))
    for i in range(8):
        angle = math.tau * i / 8
        x, y = cx + size * 0.78 * math.cos(angle), cy + size * 0.78 * math.sin(angle)
        head = size * 0.14
        draw.ellipse((x - head, y - head, x + head, y + head), fill=WHITE)


def draw_fair(draw, centre, size):
    cx, cy = centre
    line = round(size * 0.06)
    for i in (-1, 0, 1):
        x = cx + i * size * 0.66
        top, eave, bottom = cy - size * 0.55, cy - size * 0.1, cy + size * 0.7
        half = size * 0.3
        draw.polygon(
            [(x, top), (x + half, eave), (x - half, eave)], fill=FOCUS if i == 0 else WHITE
        )
        draw.rectangle((x - half, eave, x + half, bottom), outline=WHITE, width=line)
        draw.line(
            [(x - half, cy + size * 0.25), (x + half, cy + size * 0.25)], fill=WHITE, width=line
        )


def draw_festival(draw, centre, size):
    cx, cy = centre
    for row, sag in ((-0.55, 0.25), (0.15, 0.3)):
        points = [
            (cx + size * t, cy + size * (row + sag * (1 - t * t)))
            for t in (i / 20 - 1 for i in range(41))
        ]
        draw.line(points, fill=WHITE, width=round(size * 0.04))
        for index, t in enumerate((-0.8, -0.4, 0, 0.4, 0.8)):
            x, y = cx + size * t, cy + size * (row + sag * (1 - t * t))
            half = size * 0.13
            draw.polygon(
                [(x - half, y), (x + half, y), (x, y + size * 0.32)],
                fill=FOCUS if (index + (row > 0)) % 2 else WHITE,
            )


def draw_lecture(draw, centre, size):
    cx, cy = centre
    head = size * 0.17
    draw.ellipse((cx - head, cy - size * 0.72, cx + head, cy - size * 0.72 + 2 * head), fill=WHITE)
    draw.pieslice(
        (cx - size * 0.38, cy - size * 0.3, cx + size * 0.38, cy + size * 0.45),
        180,
        360,
        fill=WHITE,
    )
    draw.polygon(
        [
            (cx - size * 0.55, cy - size * 0.02),
            (cx + size * 0.55, cy - size * 0.02),
            (cx + size * 0.35, cy + size * 0.8),
            (cx - size * 0.35, cy + size * 0.8),
        ],
        fill=FOCUS,
    )
    bubble = (cx + size * 0.5, cy - size * 0.95, cx + size * 1.05, cy - size * 0.55)
    draw.rounded_rectangle(bubble, radius=size * 0.1, outline=WHITE, width=round(size * 0.05))


def draw_network(draw, centre, size):
    cx, cy = centre
    nodes = [(cx, cy)] + [
        (cx + size * 0.8 * math.cos(a), cy + size * 0.8 * math.sin(a))
        for a in (math.tau * i / 6 + 0.3 for i in range(6))
    ]
    for i, node in enumerate(nodes[1:], 1):
        draw.line([nodes[0], node], fill=WHITE, width=round(size * 0.04))
        draw.line([node, nodes[i % 6 + 1]], fill=WHITE, width=round(size * 0.04))
    for i, (x, y) in enumerate(nodes):
        r = size * (0.2 if i == 0 else 0.12)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=FOCUS if i == 0 else WHITE)


def draw_sports(draw, centre, size):
    cx, cy = centre
    r = size * 0.8
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    corners = [
        (cx + r * 0.38 * math.sin(math.tau * i / 5), cy - r * 0.38 * math.cos(math.tau * i / 5))
        for i in range(5)
    ]
    draw.polygon(corners, fill=TEXT)
    for x, y in corners:
        draw.line(
            [(x, y), (cx + (x - cx) * 2.6, cy + (y - cy) * 2.6)],
            fill=TEXT,
            width=round(size * 0.05),
        )


def draw_flower(draw, centre, size):
    cx, cy = centre
    petal = size * 0.3
    for i in range(8):
        angle = math.tau * i / 8
        x, y = cx + size * 0.45 * math.cos(angle), cy - size * 0.2 + size * 0.45 * math.sin(angle)
        draw.ellipse((x - petal, y - petal, x + petal, y + petal), fill=WHITE)
    core = size * 0.24
    draw.ellipse((cx - core, cy - size * 0.2 - core, cx + core, cy - size * 0.2 + core), fill=FOCUS)
    draw.line([(cx, cy + size * 0.45), (cx, cy + size * 1.0)], fill=WHITE, width=round(size * 0.07))


def draw_news(draw, centre, size):
    cx, cy = centre
    line = round(size * 0.05)
    draw.rounded_rectangle(
        (cx - size * 0.85, cy - size * 0.7, cx + size * 0.85, cy + size * 0.8),
        radius=size * 0.08,
        outline=WHITE,
        width=line,
    )
    draw.rectangle(
        (cx - size * 0.65, cy - size * 0.5, cx + size * 0.65, cy - size * 0.25), fill=FOCUS
    )
    draw.rectangle(
        (cx - size * 0.65, cy - size * 0.1, cx - size * 0.05, cy + size * 0.55), fill=WHITE
    )
    for i in range(5):
        y = cy - size * 0.08 + i * size * 0.15
        draw.line([(cx + size * 0.1, y), (cx + size * 0.65, y)], fill=WHITE, width=line)


def draw_medal(draw, centre, size):
    cx, cy = centre
    for side in (-1, 1):
        draw.polygon(
            [
                (cx + side * size * 0.1, cy),
                (cx + side * size * 0.55, cy),
                (cx + side * size * 0.5, cy + size),
                (cx + side * size * 0.3, cy + size * 0.8),
                (cx + side * size * 0.1, cy + size),
            ],
            fill=WHITE,
        )
    r = size * 0.62
    draw.ellipse(
        (cx - r, cy - size * 0.5 - r, cx + r, cy - size * 0.5 + r),
        fill=FOCUS,
        outline=WHITE,
        width=round(size * 0.06),
    )
    draw.polygon(star((cx, cy - size * 0.5), size * 0.36), fill=WHITE)


def draw_town_hall(draw, centre, size):
    cx, cy = centre
    draw.polygon(
        [(cx, cy - size * 0.8), (cx + size, cy - size * 0.3), (cx - size, cy - size * 0.3)],
        fill=FOCUS,
    )
    for i in range(5):
        x = cx - size * 0.7 + i * size * 0.35
        draw.rectangle(
            (x - size * 0.08, cy - size * 0.2, x + size * 0.08, cy + size * 0.6), fill=WHITE
        )
    draw.rectangle((cx - size, cy + size * 0.65, cx + size, cy + size * 0.85), fill=WHITE)


def draw_star(draw, centre, size):
    draw.polygon(star(centre, size * 0.9), fill=WHITE)


SYMBOLS = {
    "conference": draw_conference,
    "fair": draw_fair,
    "festival": draw_festival,
    "lecture": draw_lecture,
    "network_meeting": draw_network,
    "sports": draw_sports,
    "flower": draw_flower,
    "news": draw_news,
    "medal": draw_medal,
    "town_hall": draw_town_hall,
    "other": draw_star,
}


# What the symbols show, for the alternative text.
SYMBOL_TEXT = {
    "conference": ("ein runder Tisch mit acht Plätzen", "a round table with eight seats"),
    "fair": ("drei Messestände", "three fair stands"),
    "festival": ("Wimpelketten", "strings of bunting"),
    "lecture": ("eine Person am Rednerpult", "a speaker at a lectern"),
    "network_meeting": ("ein Netz aus verbundenen Punkten", "a network of linked dots"),
    "sports": ("ein Fußball", "a football"),
    "flower": ("eine Blume", "a flower"),
    "news": ("eine Zeitungsseite", "a newspaper page"),
    "medal": ("eine Medaille mit Stern", "a medal with a star"),
    "town_hall": ("ein Gebäude mit Säulen", "a building with columns"),
    "other": ("ein Stern", "a star"),
}


# The records' pictures ------------------------------------------------------------------


def listing(items, language):
    """The items as a sentence lists them: A, B und C / A, B and C."""
    items = list(items)
    last = {"de": " und ", "en": " and "}[language]
    return last.join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def country_name(country, language):
    with translation.override(language):
        return str(country.name)


def picture_create(*, data, alt_de, alt_en, credit):
    """A stored Image of the WebP bytes `data`; its save() makes the renditions."""
    image = Image(
        file=ContentFile(data, name="demo.webp"),
        alt_text_de=alt_de,
        alt_text_en=alt_en,
        credit=credit,
    )
    image.save()
    return image


def city_name(city, language):
    return getattr(city, f"name_{language}", "") or city.name


def map_texts(*, places, highlighted, arrive, language):
    """The alternative text of a locator map, in `language`."""
    home = HOME[0]
    if arrive and places:
        named = listing(places, language)
        text = {
            "de": f"Karte mit einem Pfeil von {named} nach {home}",
            "en": f"Map with an arrow from {named} to {home}",
        }[language]
    elif places:
        several = len(places) > 1
        named = listing([*places, home], language)
        text = {
            "de": f"Karte: {named}, mit {'Linien' if several else 'einer Linie'} verbunden",
            "en": f"Map of {named}, joined by {'lines' if several else 'a line'}",
        }[language]
    else:
        text = {"de": f"Karte mit {home}", "en": f"Map showing {home}"}[language]
    if highlighted:
        text += {"de": "; farbig hervorgehoben: ", "en": "; highlighted: "}[language]
        text += listing(highlighted, language)
    return text + "."


def map_picture(*, cities=(), country=None, kind="twin-city", arrive=False):
    """The stored locator map of `cities` and Dortmund; `country` (a django-countries
    Country) stands for the guests where no city does."""
    cities = list(cities)
    tinted = [city.country for city in cities if country_at(project(city.latitude, city.longitude))]
    outline = None
    if country and not cities:
        outline = country_name(country, "en")
        if outline in world()[1]:
            tinted = [country]
        else:
            outline = None
    texts = {}
    for language in ("de", "en"):
        places = [
            f"{city_name(city, language)} ({country_name(city.country, language)})"
            for city in cities
        ]
        if outline:
            places = [country_name(country, language)]
        highlighted = list(dict.fromkeys(country_name(c, language) for c in tinted))
        texts[language] = map_texts(
            places=places, highlighted=highlighted, arrive=arrive, language=language
        )
    data = locator_map(
        positions=tuple((float(city.latitude), float(city.longitude)) for city in cities),
        country_names=(outline,) if outline else (),
        kind=kind,
        arrive=arrive,
    )
    return picture_create(data=data, alt_de=texts["de"], alt_en=texts["en"], credit=MAP_CREDIT)


def poster_picture(*, symbol, year, goals):
    """The stored poster of `symbol`, `year` and `goals`."""
    goals = sorted(goals, key=lambda goal: goal.number)
    numbers = {
        language: listing([str(goal.number) for goal in goals], language)
        for language in ("de", "en")
    }
    what_de, what_en = SYMBOL_TEXT.get(symbol, SYMBOL_TEXT["other"])
    alt_de = f"Illustration: {what_de} über der Jahreszahl {year}"
    alt_en = f"Illustration: {what_en} above the year {year}"
    if len(goals) > 1:
        alt_de += f", daneben Streifen in den Farben der Nachhaltigkeitsziele {numbers['de']}"
        alt_en += (
            f", beside stripes in the colours of Sustainable Development Goals {numbers['en']}"
        )
        alt_de, alt_en = alt_de + " mit ihren Nummern", alt_en + " with their numbers"
    elif goals:
        alt_de += f", daneben ein Streifen in der Farbe von Nachhaltigkeitsziel {numbers['de']}"
        alt_en += f", beside a stripe in the colour of Sustainable Development Goal {numbers['en']}"
        alt_de, alt_en = alt_de + " mit seiner Nummer", alt_en + " with its number"
    bands = tuple((goal.number, goal.colour, goal.text_colour) for goal in goals)
    data = poster(symbol=symbol, year=year, goals=bands)
    return picture_create(
        data=data, alt_de=alt_de + ".", alt_en=alt_en + ".", credit=ILLUSTRATION_CREDIT
    )


# The drawers the demo files name: each gets the new record (not saved yet), its
# many-to-many relations from the file ({field name: [records]}) and the file's options.


def twin_city_map(record, related):
    return map_picture(cities=[record.city], kind="twin-city")


def project_partnership_map(record, related):
    return map_picture(cities=related.get("partner_cities", []), kind="project-partner")


def visit_map(record, related):
    """A delegation comes from its city; an ambassador or minister stands for a country."""
    visit = record.visit
    cities = []
    if visit.kind == VisitKind.CITY_DELEGATION:
        if visit.twin_city:
            cities = [visit.twin_city.city]
        elif visit.project_partnership:
            cities = list(visit.project_partnership.partner_cities.all())
    kind = "twin-city" if visit.twin_city else "project-partner"
    return map_picture(cities=cities, country=visit.country, kind=kind, arrive=True)


def event_poster(record, related, symbol=None):
    year = timezone.localtime(record.start).year
    return poster_picture(symbol=symbol or record.kind, year=year, goals=related.get("goals", []))


def news_poster(record, related, symbol="news"):
    year = timezone.localtime(record.publish_at).year
    return poster_picture(symbol=symbol, year=year, goals=related.get("goals", []))
