"""{% csv_download "events" when="past" %}: the link to a list's CSV file, filters kept."""

from django import template
from django.urls import reverse
from django.utils.translation import get_language

register = template.Library()


@register.inclusion_tag("includes/csv_download.html", takes_context=True)
def csv_download(context, endpoint, **extra):
    query = context["request"].GET.copy()
    query.pop("page", None)
    filterset = context.get("filter")
    if filterset is not None and filterset.is_bound and not filterset.is_valid():
        # The list ignores all its filters when one is invalid (strict = False): so does the file.
        for name in filterset.filters:
            query.pop(name, None)
    query.update(extra)
    query["lang"] = get_language()
    path = reverse(f"opendata:{endpoint}-list", kwargs={"format": "csv"})
    return {"url": f"{path}?{query.urlencode()}"}
