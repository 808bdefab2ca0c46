"""Everything that connects the city with a partner city or a partner country.

One query per kind of record, whatever the number of records: the page for a country
with fifty partnerships costs what the page of one city costs. Each kind shows its most
recent records only, with how many there are in all (counted in the same query) and a
link to the rest; the timeline holds the latest milestones.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, F, Q, Window
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models import Event, VisitReport
from ina_portal.features.contacts.models import Person
from ina_portal.features.news.models import NewsItem
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import Goal

# How many records of each kind a relationship page shows, the most recent first.
SHOWN = 6
# How many partner cities a country's page names.
CITIES_SHOWN = 12
# How many milestones the timeline holds: the latest ones.
TIMELINE_SHOWN = 12
# How many records a page of one kind lists (the "all …" sub-pages).
PER_PAGE = 24


# What each kind of milestone is called on the timeline.
MILESTONE_KINDS = {
    "twinning": gettext_lazy("Town twinning"),
    "partnership": gettext_lazy("Project partnership"),
    "visit": gettext_lazy("Visit"),
    "event": gettext_lazy("Event"),
    "news": gettext_lazy("News"),
}


@dataclass(frozen=True)
class Milestone:
    """One line of the timeline: something that happened in a year (on a day, when the
    record has one), and where to read on."""

    year: int
    text: str
    url: str
    kind: str
    day: date | None = None

    @property
    def kind_label(self):
        return MILESTONE_KINDS[self.kind]

    def sort_key(self):
        # A milestone known by its year only comes first in its year.
        return (self.year, self.day or date(self.year, 1, 1), self.kind)


@dataclass
class Section:
    """The first records of one kind on a relationship page, how many there are in all,
    and where the rest are listed."""

    items: list
    count: int
    url: str = ""

    def __bool__(self):
        return bool(self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    @property
    def shown(self):
        return self.items[:SHOWN]

    @property
    def more(self):
        return self.count > len(self.shown)


@dataclass
class Scope:
    """What a relationship page is about: partner cities (a list of ids or a subquery of
    City pks) and, on a country's page, the country's code."""

    cities: object
    countries: tuple = ()

    @property
    def twinnings(self):
        return TwinCity.objects.published().filter(city__in=self.cities)

    @property
    def partnerships(self):
        return ProjectPartnership.objects.published().filter(partner_cities__in=self.cities)

    def twin_cities(self):
        return self.twinnings.select_related("city").order_by("-since", "city__name")

    def project_partnerships(self):
        return ProjectPartnership.objects.filter(pk__in=self.partnerships.values("pk")).order_by(
            Coalesce("end_year", "start_year").desc(nulls_last=True),
            F("start_year").desc(nulls_last=True),
            "title",
            "pk",
        )

    def linked(self, model):
        """The published records of `model` (events, news) that name one of the scope's
        twinnings or partnerships."""
        records = model.objects
        return records.published().filter(
            Q(pk__in=records.filter(twin_cities__in=self.twinnings).values("pk"))
            | Q(pk__in=records.filter(project_partnerships__in=self.partnerships).values("pk"))
        )

    def events(self):
        return self.linked(Event).order_by("-start", "-pk")

    def news(self):
        return self.linked(NewsItem).newest_first()

    def reports(self):
        visits = Q(visit__twin_city__in=self.twinnings) | Q(
            visit__project_partnership__in=self.partnerships
        )
        for country in self.countries:
            visits |= Q(visit__country=country)
        return VisitReport.objects.published().filter(visits).for_list()

    def contacts(self):
        cities = () if self.countries else self.cities
        return (
            Person.objects.published()
            .responsible_for(cities=cities, countries=self.countries)
            .for_contact_box()
        )

    def partner_cities(self):
        return City.objects.partners().filter(pk__in=self.cities)

    def goals(self):
        twinnings = Goal.objects.filter(twin_cities__in=self.twinnings)
        partnerships = Goal.objects.filter(project_partnerships__in=self.partnerships)
        return Goal.objects.filter(
            Q(pk__in=twinnings.values("pk")) | Q(pk__in=partnerships.values("pk"))
        ).order_by("number")


def city_scope(city):
    return Scope(cities=[city.pk])


def country_scope(code):
    return Scope(cities=City.objects.filter(country=code).values("pk"), countries=(code,))


# The kinds of record with a page of their own, and the method of `Scope` listing them.
KINDS = {
    "twinnings": "twin_cities",
    "partnerships": "project_partnerships",
    "events": "events",
    "news": "news",
    "visits": "reports",
    "contacts": "contacts",
    "cities": "partner_cities",
}

# What the records of each kind are called in a "show all" link and on their own page.
KIND_LABELS = {
    "twinnings": gettext_lazy("town twinnings"),
    "partnerships": gettext_lazy("project partnerships"),
    "events": gettext_lazy("events"),
    "news": gettext_lazy("news items"),
    "visits": gettext_lazy("visits"),
    "contacts": gettext_lazy("contact persons"),
    "organisations": gettext_lazy("associations and organisations"),
    "programmes": gettext_lazy("exchange programmes"),
    "cities": gettext_lazy("partner cities"),
}


def first(queryset, limit, **counts):
    """The first `limit` records of `queryset` and how many there are, in one query: each
    row carries the total (and the `counts`, e.g. of a field's non-empty values)."""
    annotations = {"relations_total": Window(Count("pk"))}
    annotations.update(
        {f"relations_{name}": Window(Count(field)) for name, field in counts.items()}
    )
    rows = list(queryset.annotate(**annotations)[:limit])
    totals = {name: getattr(rows[0], f"relations_{name}") if rows else 0 for name in counts}
    return rows, (rows[0].relations_total if rows else 0), totals


@dataclass
class Relations:
    cities: list
    twin_cities: Section
    partnerships: Section
    events: Section
    reports: Section
    contacts: Section
    news: Section
    scope: Scope = None
    city_list: Section = None
    goals: list = field(default_factory=list)
    timeline: list = field(default_factory=list)
    timeline_count: int = 0

    @property
    def timeline_shown(self):
        return sum(len(milestones) for _year, milestones in self.timeline)


def partner_cities_in(country):
    """The partner cities of a country, e.g. "FR", with their relation to the city."""
    return list(City.objects.partners().filter(country=country))


def relations_with(cities, countries=(), url=None):
    """The published records that tie the city to `cities` (partner cities from
    `City.objects.partners()`); `countries` (one code: a country's page) adds visits from
    and contacts for that country. `url(kind)` is where all records of a kind are listed."""
    url = url or (lambda kind: "")
    scope = country_scope(countries[0]) if countries else city_scope(cities[0])
    limit = max(SHOWN, TIMELINE_SHOWN)

    def section(kind, queryset):
        items, total, _totals = first(queryset, limit)
        return Section(items, total, url(kind))

    partnerships, partnership_count, years = first(
        scope.project_partnerships(), limit, starts="start_year", ends="end_year"
    )
    relations = Relations(
        cities=cities,
        scope=scope,
        twin_cities=section("twinnings", scope.twin_cities()),
        partnerships=Section(partnerships, partnership_count, url("partnerships")),
        events=section("events", scope.events()),
        reports=section("visits", scope.reports()),
        contacts=section("contacts", scope.contacts()),
        news=section("news", scope.news()),
    )
    if countries:
        relations.city_list = Section(cities[:CITIES_SHOWN], len(cities), url("cities"))
    if relations.twin_cities or relations.partnerships:
        relations.goals = list(scope.goals())
    relations.timeline = timeline(relations)
    relations.timeline_count = (
        relations.twin_cities.count
        + years["starts"]
        + years["ends"]
        + relations.events.count
        + relations.reports.count
        + relations.news.count
    )
    return relations


def timeline(relations):
    """[(year, [milestones])], earliest first: of the twinnings, partnership starts and ends,
    visits, events and news the latest TIMELINE_SHOWN, each year's in the order of their days."""
    milestones = []
    for twin_city in relations.twin_cities:
        milestones.append(
            Milestone(
                twin_city.since,
                _("Town twinning with %(city)s") % {"city": twin_city.city.name},
                twin_city.get_absolute_url(),
                "twinning",
            )
        )
    for partnership in relations.partnerships:
        url = partnership.get_absolute_url()
        if partnership.start_year:
            text = _("%(title)s begins") % {"title": partnership.title}
            milestones.append(Milestone(partnership.start_year, text, url, "partnership"))
        if partnership.end_year:
            text = _("%(title)s ends") % {"title": partnership.title}
            milestones.append(Milestone(partnership.end_year, text, url, "partnership"))
    for report in relations.reports:
        day = report.visit.start_date
        url = report.get_absolute_url()
        milestones.append(Milestone(day.year, report.title, url, "visit", day))
    for event in relations.events:
        day = timezone.localdate(event.start)
        url = event.get_absolute_url()
        milestones.append(Milestone(day.year, event.title, url, "event", day))
    for news_item in relations.news:
        day = timezone.localdate(news_item.publish_at)
        milestones.append(
            Milestone(day.year, news_item.title, news_item.get_absolute_url(), "news", day)
        )
    latest = sorted(milestones, key=Milestone.sort_key)[-TIMELINE_SHOWN:]
    years = {}
    for milestone in latest:
        years.setdefault(milestone.year, []).append(milestone)
    return list(years.items())
