"""Template helpers for the pages built from the goal groups."""

from django import template

from sdg import groups

register = template.Library()


@register.simple_tag
def goal_tallies(goal):
    return groups.tallies(goal)


@register.simple_tag(takes_context=True)
def goal_group_card(context, group, item):
    """The group's card for one record, rendered like `{% include %}` would."""
    card = context.template.engine.get_template(group.card_template)
    with context.push({group.card_name: item}):
        return card.render(context)
