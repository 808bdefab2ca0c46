"""Template helpers for the contacts directory."""

import re

from django import template

register = template.Library()


@register.filter
def tel_href(number):
    """A phone number as a tel: link target, e.g. "0231 50-12345" → "02315012345"."""
    return re.sub(r"[^0-9+]", "", number)
