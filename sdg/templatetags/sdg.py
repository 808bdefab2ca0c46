"""Template helpers for the pages built from the goal groups."""

from django import template
from django.utils.formats import number_format

from sdg import charts, groups
from sdg.progress import Progress, tally

register = template.Library()


@register.simple_tag
def goal_tallies(goal):
    return groups.tallies(goal)


@register.simple_tag(takes_context=True)
def goal_group_card(context, group, item, heading=2):
    """The group's card for one record, rendered like `{% include %}` would; its title a
    heading of level HEADING."""
    card = context.template.engine.get_template(group.card_template)
    with context.push({group.card_name: item, "heading": heading}):
        return card.render(context)


@register.simple_tag
def indicator_chart(indicator, series=None, prefix=""):
    """The indicator's chart as SVG: its totals, or SERIES [(label, [observations])]; with
    the target line of the local target it is the first indicator of."""
    series = series or [("", indicator.totals)]
    series = [(label, [(o.year, o.value) for o in items]) for label, items in series if items]
    target = indicator.local_target
    headline = target is not None and target.target_value is not None
    return charts.line_chart(
        series=series,
        title=indicator.title,
        unit=indicator.unit,
        decimals=indicator.decimals,
        target=target.target_value if headline else None,
        target_year=target.target_year if headline else None,
        chart_id=f"{prefix}chart-{indicator.slug}",
    )


@register.filter
def figure(value, indicator):
    """A value with the indicator's decimal places, in the reader's number format."""
    return number_format(value, decimal_pos=indicator.decimals, use_l10n=True)


@register.simple_tag
def goal_status_tally(goal):
    """[(Progress, count)] of the goal's local targets, by status."""
    return [(Progress(status), count) for status, count in tally(goal.local_targets.all())]
