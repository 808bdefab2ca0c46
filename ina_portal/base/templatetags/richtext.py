"""Rich text on the public pages."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def rich_text(html):
    """A RichTextField's HTML, for a template to show as it is."""
    # Safe: RichTextField sanitises its value with an allowlist on every save.
    return mark_safe(html or "")  # noqa: S308
