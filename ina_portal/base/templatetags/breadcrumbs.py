"""The breadcrumbs trail above a page's content."""

from django import template
from django.shortcuts import resolve_url

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(*trail, attrs=""):
    """Home, then each (URL or URL name, label) pair of `trail`, then its last item: this page.

    `attrs` go on the current page's element, e.g. the `lang` from `{% lang_attr … as attrs %}`.
    """
    *pairs, current = trail
    links = [(resolve_url(to), label) for to, label in zip(pairs[::2], pairs[1::2], strict=True)]
    return {"links": links, "current": current, "attrs": attrs}
