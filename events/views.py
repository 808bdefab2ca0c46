from datetime import date

from django.http import Http404, HttpResponseBadRequest
from django.utils import timezone
from django.utils.translation import gettext
from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from ina_portal.base.filters import canonical_query
from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .calendar import calendar_response
from .filters import EventFilter, EventSubscriptionFilter
from .models import Event, VisitReport, local_zone, public_anniversaries, start_of_day


class EventListView(PageOfListMixin, FilterView):
    """Upcoming events, soonest first, with the twinning anniversaries of the year."""

    filterset_class = EventFilter
    template_name_suffix = "_list"
    paginate_by = 12
    # An invalid filter value shows its error message beside the unfiltered list.
    strict = False
    past = False

    def get_queryset(self):
        events = Event.objects.published().for_list()
        return events.past() if self.past else events.upcoming()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(past=self.past, **kwargs)
        context["feed_query"] = filter_query(self.request, context["filter"].form)
        if not self.past:
            year = timezone.localdate().year
            context["anniversary_year"] = year
            context["anniversaries"] = list(public_anniversaries(year)[:ANNIVERSARIES_SHOWN])
        return context


# How many of the year's anniversaries the events page names; the rest are a link away.
ANNIVERSARIES_SHOWN = 6


class AnniversaryListView(PageOfListMixin, ListView):
    """The twinning anniversaries of this year or the next, the longest first: a page of
    their own, as the events, home and twin-cities pages name only the first few."""

    template_name = "events/anniversary_list.html"
    paginate_by = 24

    def get_queryset(self):
        this_year = timezone.localdate().year
        # Only the two years the other pages link to: no archive of empty years to crawl.
        if self.kwargs["year"] not in (this_year, this_year + 1):
            raise Http404(gettext("Anniversaries are listed for this year and the next."))
        return public_anniversaries(self.kwargs["year"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(year=self.kwargs["year"], **kwargs)


def filter_query(request, form):
    """The list's filters as a query string for its feeds: without the page number, the
    empty filters and those the form refused (the feeds would answer those with 400)."""
    refused = set(form.errors) if form.is_bound else set()
    query = request.GET.copy()
    for name in list(query):
        if name == "page" or name in refused or not any(query.getlist(name)):
            query.pop(name)
    # A partner city or network typed by its name goes to the feeds by its slug.
    canonical_query(form, query)
    return f"?{query.urlencode()}" if query else ""


# The month archive runs from the first published event's month to twelve months after
# the last event's month (or after this month, if later): its prev/next links end there
# instead of leading crawlers through centuries of empty months.
MONTHS_AHEAD = 12


def add_months(first_day, months):
    year, month = divmod(first_day.year * 12 + first_day.month - 1 + months, 12)
    return date(year, month + 1, 1)


def month_archive_range():
    """(first, last) month that has a month page, as their first days, in one query."""
    this_month = timezone.localdate().replace(day=1)
    first, last = Event.objects.published().months_spanned()
    first, last = min(first or this_month, this_month), max(last or this_month, this_month)
    return first, add_months(last, MONTHS_AHEAD)


class EventMonthView(PageOfListMixin, ListView):
    """The published events of one month, by the day they begin, 12 a page."""

    template_name = "events/event_month.html"
    paginate_by = 12

    def get_queryset(self):
        year, month = self.kwargs["year"], self.kwargs["month"]
        if not 1 <= month <= 12:
            raise Http404("No such month")
        self.first_month, self.last_month = month_archive_range()
        first, last = self.first_month, self.last_month
        if not (first.year, first.month) <= (year, month) <= (last.year, last.month):
            raise Http404("No month page so far from the events")
        self.month = date(year, month, 1)
        return Event.objects.published().in_month(self.month).order_by("start", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            month=self.month,
            previous_month=add_months(self.month, -1) if self.month > self.first_month else None,
            next_month=add_months(self.month, 1) if self.month < self.last_month else None,
            **kwargs,
        )
        context["days"] = events_by_day(context["object_list"], self.month)
        return context


def events_by_day(events, month):
    """[(day or None, [events])]: None holds the events that began before the month."""
    days = {}
    for event in events:
        first_day = timezone.localdate(event.start, local_zone())
        days.setdefault(first_day if first_day >= month else None, []).append(event)
    return sorted(days.items(), key=lambda item: item[0] or date.min)


class EventDetailView(PreviewMixin, DetailView):
    model = Event

    def get_queryset(self):
        return self.visible(Event.objects.for_detail())


def event_ics(request, slug):
    """One event as an .ics file to add to a calendar."""
    events = Event.objects.published().filter(slug=slug)
    if not events:
        raise Http404("No such event")
    return calendar_response(request, events, filename=f"{slug}.ics")


def subscribed_events(request):
    """The upcoming events narrowed by the request's filters, for a feed or a calendar."""
    return EventSubscriptionFilter(
        request.GET, Event.objects.published().upcoming(), request=request
    )


def invalid_filter_response(events):
    """400 with what is wrong: never the unfiltered events in place of a subscription."""
    lines = [gettext("This subscription's filter is not valid, so it lists no events.")]
    for name, errors in events.form.errors.items():
        lines.append(f"{events.form[name].label}: {' '.join(errors)}")
    return HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# The calendar subscription holds the upcoming events that begin this month or in the twelve
# months after it, at most the soonest hundred (docs/feeds.md): a calendar app fetches it
# again and again, whatever the number of events.
CALENDAR_MONTHS = 12
CALENDAR_SIZE = 100


def calendar_feed(request):
    """The upcoming events as an iCalendar subscription, narrowed by the list's filters."""
    events = subscribed_events(request)
    if not events.is_valid():
        return invalid_filter_response(events)
    this_month = timezone.localdate().replace(day=1)
    until = start_of_day(add_months(this_month, CALENDAR_MONTHS + 1))
    return calendar_response(request, events.qs.filter(start__lt=until)[:CALENDAR_SIZE])


class VisitReportListView(PageOfListMixin, ListView):
    paginate_by = 12

    def get_queryset(self):
        return VisitReport.objects.published().for_list()


class VisitReportDetailView(PreviewMixin, DetailView):
    model = VisitReport

    def get_queryset(self):
        return self.visible(VisitReport.objects.for_detail())


class GoldenBookView(PageOfListMixin, ListView):
    """Who signed the city's Golden Book, from the visits with a published report, the
    latest first, a table of 25 rows a page."""

    template_name = "events/golden_book.html"
    paginate_by = 25

    def get_queryset(self):
        return VisitReport.objects.published().golden_book().for_list()
