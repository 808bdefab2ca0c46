"""Civic exchange on the pages of other apps: the twin-cities page, the home page and the
relationship pages load this library instead of importing this app."""

from django import template
from django.db.models import Q
from django.utils import timezone

from events.models import Event, public_anniversaries

from ..models import Anniversary, ExchangeProgramme, FundingCall, Organisation

register = template.Library()

# How many open calls the twin-cities page lists, nearest deadline first.
DEADLINES_SHOWN = 5


# How many anniversaries of a year the home and twin-cities pages name, the longest first;
# the anniversaries page of the year lists them all.
ANNIVERSARIES_SHOWN = 6


def anniversary_years(today):
    """[(year, [(twin city, years, confirmed event or None)], total)] for this year and the
    next, the years without an anniversary left out: the first ANNIVERSARIES_SHOWN of each."""
    years = [
        (year, list(public_anniversaries(year)[:ANNIVERSARIES_SHOWN]))
        for year in (today.year, today.year + 1)
    ]
    twin_city_ids = [twin_city.pk for _year, items in years for twin_city in items]
    confirmed = {}
    if twin_city_ids:
        anniversaries = Anniversary.objects.filter(
            twin_city__in=twin_city_ids,
            day__year__in=[today.year, today.year + 1],
            event__in=Event.objects.published(),
        ).select_related("event")
        confirmed = {(a.twin_city_id, a.day.year): a.event for a in anniversaries}
    return [
        (year, [(tc, tc.years, confirmed.get((tc.pk, year))) for tc in items], items[0].total)
        for year, items in years
        if items
    ]


@register.inclusion_tag("exchanges/includes/anniversaries.html")
def anniversaries():
    """The twinning anniversaries of this year and the next, if there are any."""
    return {"years": anniversary_years(timezone.localdate())}


@register.inclusion_tag("exchanges/includes/funding_deadlines.html", takes_context=True)
def funding_deadlines(context):
    calls = FundingCall.objects.published().upcoming()[:DEADLINES_SHOWN]
    return {"calls": list(calls), "request": context.get("request")}


@register.inclusion_tag("exchanges/includes/exchanges_of.html", takes_context=True)
def relation_exchanges(context, relations):
    """The organisations and programmes of a relationship page's twinnings and partnerships."""
    twin_cities = [twin_city.pk for twin_city in relations.twin_cities]
    partnerships = [partnership.pk for partnership in relations.partnerships]
    if not twin_cities and not partnerships:
        return {"organisations": [], "programmes": []}
    organisations = Organisation.objects.published().filter(
        pk__in=Organisation.objects.filter(
            Q(twin_cities__in=twin_cities) | Q(project_partnerships__in=partnerships)
        ).values("pk")
    )
    programmes = ExchangeProgramme.objects.published().filter(
        Q(twin_city__in=twin_cities) | Q(project_partnership__in=partnerships)
    )
    return {
        "organisations": list(organisations.order_by("name")),
        "programmes": list(programmes.order_by("-start_year", "title")),
        "request": context.get("request"),
    }
