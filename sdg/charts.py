"""Line charts of indicator series as SVG, drawn on the server: no script, no third party.

Colours come from CSS classes (static/css/indicators.css: light, dark and print), never
from style attributes, which the Content-Security-Policy forbids. Each series has its
own point shape as well as its colour, the target is a dashed line with its label, and
the title and description make the chart readable to a screen reader; the table beside
it holds the same numbers.
"""

import math
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 72, 24, 24, 56
SHAPES = ("circle", "square", "triangle", "diamond")


def nice_ticks(low, high, count=5):
    """Round tick values covering low..high."""
    if low == high:
        low, high = (low - 1, high + 1) if low == 0 else (low * 0.9, high * 1.1)
        low, high = min(low, high), max(low, high)
    step = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= step)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step / 2:
        ticks.append(round(value, 10))
        value += step
    return ticks


def marker(shape, x, y, css):
    if shape == "circle":
        return format_html('<circle class="{}" cx="{}" cy="{}" r="5"/>', css, x, y)
    if shape == "square":
        return format_html(
            '<rect class="{}" x="{}" y="{}" width="10" height="10"/>', css, x - 5, y - 5
        )
    if shape == "triangle":
        points = f"{x:.1f},{y - 6:.1f} {x + 6:.1f},{y + 5:.1f} {x - 6:.1f},{y + 5:.1f}"
    else:
        points = f"{x:.1f},{y - 7:.1f} {x + 7:.1f},{y:.1f} {x:.1f},{y + 7:.1f} {x - 7:.1f},{y:.1f}"
    return format_html('<polygon class="{}" points="{}"/>', css, points)


def line_chart(*, series, title, unit, decimals=1, target=None, target_year=None, chart_id):
    """SVG of SERIES, [(label, [(year, value)])], with the target line if given."""
    years = [year for _label, points in series for year, _value in points]
    values = [float(value) for _label, points in series for _year, value in points]
    if not years:
        return ""
    if target_year:
        years.append(target_year)
    if target is not None:
        values.append(float(target))
    first_year, last_year = min(years), max(years)
    ticks = nice_ticks(min(0.0, min(values)), max(values))
    low, high = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(year):
        span = (last_year - first_year) or 1
        return LEFT + (year - first_year) / span * plot_w

    def y_of(value):
        return TOP + plot_h - (float(value) - low) / ((high - low) or 1) * plot_h

    def fmt(value):
        return number_format(Decimal(str(value)), decimal_pos=decimals, use_l10n=True)

    parts = []
    for tick in ticks:
        y = y_of(tick)
        parts.append(
            format_html(
                '<line class="chart__grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                '<text class="chart__tick" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                y,
                y,
                LEFT - 8,
                y + 4,
                fmt(tick),
            )
        )
    step = max(1, math.ceil((last_year - first_year + 1) / 10))
    for year in range(first_year, last_year + 1, step):
        parts.append(
            format_html(
                '<text class="chart__tick" x="{}" y="{}" text-anchor="middle">{}</text>',
                x_of(year),
                TOP + plot_h + 18,
                year,
            )
        )
    parts.append(
        format_html(
            '<line class="chart__axis" x1="{}" x2="{}" y1="{}" y2="{}"/>'
            '<text class="chart__label" x="{}" y="{}" text-anchor="middle">{}</text>'
            '<text class="chart__label" x="16" y="{}" text-anchor="middle" '
            'transform="rotate(-90 16 {})">{}</text>',
            LEFT,
            WIDTH - RIGHT,
            TOP + plot_h,
            TOP + plot_h,
            LEFT + plot_w / 2,
            HEIGHT - 12,
            _("Year"),
            TOP + plot_h / 2,
            TOP + plot_h / 2,
            unit,
        )
    )
    if target is not None:
        y = y_of(target)
        label = (
            _("Target %(year)s: %(value)s") % {"year": target_year, "value": fmt(target)}
            if target_year
            else _("Target: %(value)s") % {"value": fmt(target)}
        )
        parts.append(
            format_html(
                '<line class="chart__target" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                '<text class="chart__target-label" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                y,
                y,
                WIDTH - RIGHT,
                y - 6,
                label,
            )
        )
    for index, (_label, points) in enumerate(series):
        number = index % len(SHAPES) + 1
        coords = " ".join(f"{x_of(year):.1f},{y_of(value):.1f}" for year, value in points)
        parts.append(
            format_html(
                '<polyline class="chart__line chart__line--{}" points="{}"/>', number, coords
            )
        )
        parts.extend(
            marker(
                SHAPES[index % len(SHAPES)],
                x_of(year),
                y_of(value),
                f"chart__point chart__point--{number}",
            )
            for year, value in points
        )
    legend = ""
    if len(series) > 1:
        legend = format_html_join(
            "",
            '<g class="chart__legend">{}<text class="chart__tick" x="{}" y="{}">{}</text></g>',
            (
                (
                    marker(
                        SHAPES[i % len(SHAPES)],
                        LEFT + 8 + i * 140,
                        10,
                        f"chart__point chart__point--{i % len(SHAPES) + 1}",
                    ),
                    LEFT + 18 + i * 140,
                    14,
                    label or _("Whole city"),
                )
                for i, (label, _points) in enumerate(series[: len(SHAPES)])
            ),
        )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}-title">{}</title>'
        '<desc id="{}-desc">{}</desc>{}{}</svg>',
        WIDTH,
        HEIGHT,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        describe(series, unit, fmt, target, target_year),
        mark_safe("".join(parts)),  # noqa: S308
        legend,
    )


def describe(series, unit, fmt, target, target_year):
    """The chart in a sentence per series: from which value to which, and the target."""
    sentences = []
    for label, points in series:
        (first_year, first), (last_year, last) = points[0], points[-1]
        text = _(
            "%(series)s: from %(first)s %(unit)s in %(first_year)s "
            "to %(last)s %(unit)s in %(last_year)s."
        ) % {
            "series": label or _("Whole city"),
            "first": fmt(first),
            "last": fmt(last),
            "unit": unit,
            "first_year": first_year,
            "last_year": last_year,
        }
        sentences.append(text)
    if target is not None:
        sentences.append(
            _("Target: %(value)s %(unit)s by %(year)s.")
            % {"value": fmt(target), "unit": unit, "year": target_year or "–"}
        )
    return " ".join(sentences)
