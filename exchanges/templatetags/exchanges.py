"""Civic exchange on the pages of other apps: the twin-cities page, the home page and the
relationship pages load this library instead of importing this app."""

from django import template
from django.db.models import Count, Q, Window
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


# How many organisations and programmes a relationship page names, with how many in all.
RELATION_EXCHANGES_SHOWN = 6


def relation_organisations(twinnings, partnerships):
    """The published organisations of the twinnings and partnerships (querysets) of a
    relationship page, by name."""
    return (
        Organisation.objects.published()
        .filter(
            pk__in=Organisation.objects.filter(
                Q(twin_cities__in=twinnings) | Q(project_partnerships__in=partnerships)
            ).values("pk")
        )
        .order_by("name", "pk")
    )


def relation_programmes(twinnings, partnerships):
    """The published exchange programmes of a relationship page, latest first."""
    return (
        ExchangeProgramme.objects.published()
        .filter(Q(twin_city__in=twinnings) | Q(project_partnership__in=partnerships))
        .order_by("-start_year", "title", "pk")
    )


def first_of(queryset):
    """The first RELATION_EXCHANGES_SHOWN records and how many there are, in one query."""
    rows = list(queryset.annotate(relations_total=Window(Count("pk")))[:RELATION_EXCHANGES_SHOWN])
    return rows, rows[0].relations_total if rows else 0


@register.inclusion_tag("exchanges/includes/exchanges_of.html", takes_context=True)
def relation_exchanges(context, relations, organisations_url="", programmes_url=""):
    """The organisations and programmes of a relationship page's twinnings and partnerships:
    the first few of each, how many in all and a link to the rest."""
    if not relations.twin_cities and not relations.partnerships:
        return {"organisations": [], "programmes": []}
    scope = relations.scope
    organisations, organisation_count = first_of(
        relation_organisations(scope.twinnings, scope.partnerships)
    )
    programmes, programme_count = first_of(relation_programmes(scope.twinnings, scope.partnerships))
    return {
        "organisations": organisations,
        "organisation_count": organisation_count,
        "organisations_url": organisations_url,
        "programmes": programmes,
        "programme_count": programme_count,
        "programmes_url": programmes_url,
        "request": context.get("request"),
    }
