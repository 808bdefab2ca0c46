"""Everything that connects the city with a partner city or a partner country.

One query per kind of record, whatever the number of records: the page for a country
with fifty partnerships costs what the page of one city costs.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models import Event, VisitReport
from ina_portal.features.contacts.models import Person
from ina_portal.features.news.models import NewsItem
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import goals_prefetch

# How many news items a relationship page lists, latest first.
LATEST_NEWS = 10


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
class Relations:
    cities: list
    twin_cities: list
    partnerships: list
    events: list
    reports: list
    contacts: list
    news: list = field(default_factory=list)
    goals: list = field(default_factory=list)
    timeline: list = field(default_factory=list)


def partner_cities_in(country):
    """The partner cities of a country, e.g. "FR", with their relation to the city."""
    return list(City.objects.partners().filter(country=country))


def relations_with(cities, countries=()):
    """The published records that tie the city to `cities` (partner cities from
    `City.objects.partners()`); `countries` adds visits from and contacts for those countries."""
    city_ids = [city.pk for city in cities]
    twinnings = TwinCity.objects.published().filter(city__in=city_ids)
    partnerships = ProjectPartnership.objects.published().filter(partner_cities__in=city_ids)

    twin_cities = list(
        twinnings.select_related("city").prefetch_related(goals_prefetch()).order_by("since")
    )
    partnership_list = list(
        ProjectPartnership.objects.filter(pk__in=partnerships.values("pk"))
        .for_list()
        .order_by("start_year", "title")
    )
    events = list(
        Event.objects.published()
        .filter(
            Q(pk__in=Event.objects.filter(twin_cities__in=twinnings).values("pk"))
            | Q(pk__in=Event.objects.filter(project_partnerships__in=partnerships).values("pk"))
        )
        .order_by("-start", "-pk")
    )
    news = list(
        NewsItem.objects.published()
        .filter(
            Q(pk__in=NewsItem.objects.filter(twin_cities__in=twinnings).values("pk"))
            | Q(pk__in=NewsItem.objects.filter(project_partnerships__in=partnerships).values("pk"))
        )
        .newest_first()[:LATEST_NEWS]
    )
    visits = Q(visit__twin_city__in=twinnings) | Q(visit__project_partnership__in=partnerships)
    for country in countries:
        visits |= Q(visit__country=country)
    reports = list(VisitReport.objects.published().filter(visits).for_list())
    contacts = list(
        Person.objects.published()
        .responsible_for(cities=city_ids, countries=countries)
        .for_contact_box()
    )
    relations = Relations(
        cities=cities,
        twin_cities=twin_cities,
        partnerships=partnership_list,
        events=events,
        reports=reports,
        contacts=contacts,
        news=news,
    )
    relations.goals = served_goals(relations)
    relations.timeline = timeline(relations)
    return relations


def served_goals(relations):
    goals = {
        goal.number: goal
        for item in relations.twin_cities + relations.partnerships
        for goal in item.goals.all()
    }
    return [goals[number] for number in sorted(goals)]


def timeline(relations):
    """[(year, [milestones])], earliest first: twinnings, partnership starts and ends,
    visits, events and news, each year's in the order of their days."""
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
    years = {}
    for milestone in sorted(milestones, key=Milestone.sort_key):
        years.setdefault(milestone.year, []).append(milestone)
    return list(years.items())
