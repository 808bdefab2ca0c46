"""Events the office organises or takes part in, and the visits of delegations it hosts."""

import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Count, F, Max, Min, Prefetch, Q, Value, When, Window
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ina_portal.base import content
from ina_portal.base.models import Image, Publishable, PublishableQuerySet
from ina_portal.base.richtext import RichTextField
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity, TwinCityStatus
from sdg.models import Goal, Pillar, goals_prefetch

# Path segments of the events URLs that a slug must not take.
RESERVED_SLUGS = frozenset({"past", "vergangene"})


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def start_of_day(day):
    """The first moment of a calendar day in the city's time zone, as an aware datetime."""
    return datetime.combine(day, time.min, tzinfo=local_zone())


def end_of_day(day):
    return datetime.combine(day, time.max, tzinfo=local_zone())


def validate_not_reserved(slug):
    if slug in RESERVED_SLUGS:
        raise ValidationError(_("This address is taken by a page of the site."))


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("conference")
    FAIR = "fair", _("fair")
    FESTIVAL = "festival", _("festival")
    LECTURE = "lecture", _("lecture")
    NETWORK_MEETING = "network_meeting", _("network meeting")
    SPORTS = "sports", _("sports event")
    OTHER = "other", _("other")


class EventQuerySet(PublishableQuerySet):
    def upcoming(self):
        # Running events count as upcoming until their last moment.
        return self.filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def upcoming_then_past(self):
        """Upcoming events soonest first, then past events latest first, in one ordering."""
        now = timezone.now()
        ended = Case(When(end__lt=now, then=Value(True)), default=Value(False))
        return self.alias(ended=ended).order_by(
            "ended",
            Case(When(ended=False, then="start")).asc(),
            Case(When(ended=True, then="start")).desc(),
            "pk",
        )

    def in_month(self, first_day):
        """Events running on at least one day of the month that begins on `first_day`."""
        following = (first_day + timedelta(days=32)).replace(day=1)
        return self.filter(start__lt=start_of_day(following), end__gte=start_of_day(first_day))

    def months_spanned(self):
        """(first, last) month, as their first days, from the earliest start to the latest
        end in the city's time zone, in one query; (None, None) without events."""
        bounds = self.aggregate(first=Min("start"), last=Max("end"))
        if bounds["first"] is None:
            return None, None
        return tuple(
            timezone.localdate(bounds[key], local_zone()).replace(day=1)
            for key in ("first", "last")
        )

    def for_list(self):
        return self.select_related("image").prefetch_related(goals_prefetch())

    def for_detail(self):
        return self.select_related("image").prefetch_related(
            *content.attached(Event),
            goals_prefetch(),
            Prefetch("twin_cities", queryset=TwinCity.objects.published().select_related("city")),
            Prefetch(
                "project_partnerships",
                queryset=ProjectPartnership.objects.published().order_by("title"),
            ),
            Prefetch("networks", queryset=Network.objects.published().order_by("name")),
        )


def linked_events_prefetch():
    """The published events of a partner or network page, latest first, in one query."""
    return Prefetch(
        "events",
        queryset=Event.objects.published().order_by("-start", "-pk"),
        to_attr="public_events",
    )


class Event(Publishable):
    """A conference, fair, festival, lecture or other event of the office or its partners.

    Start and end are stored in UTC and shown in the city's time zone. An all-day event
    runs from the first moment of its first day to the last moment of its last day.
    """

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, validators=[validate_not_reserved]
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind, default=EventKind.OTHER)
    all_day = models.BooleanField(
        _("all day"),
        default=True,
        help_text=_(
            "All-day events show dates only: the times entered are ignored, and the event "
            "runs from the start of its first day to the end of its last day."
        ),
    )
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"), db_index=True)
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "A cancelled event stays on the site, marked as cancelled, and calendars that "
            "subscribed to it show it cancelled. Unpublish it only to remove it entirely."
        ),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(
        _("address"), max_length=250, blank=True, help_text=_("Street, postcode and town.")
    )
    organiser = models.CharField(_("organiser"), max_length=250, blank=True)
    teaser = models.CharField(_("teaser"), max_length=300)
    description = RichTextField(_("description"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    website = models.URLField(_("website"), blank=True)
    image = models.ForeignKey(
        Image,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    twin_cities = models.ManyToManyField(
        TwinCity, blank=True, related_name="events", verbose_name=_("twin cities")
    )
    project_partnerships = models.ManyToManyField(
        ProjectPartnership,
        blank=True,
        related_name="events",
        verbose_name=_("project partnerships"),
    )
    networks = models.ManyToManyField(
        Network, blank=True, related_name="events", verbose_name=_("city networks")
    )
    goals = models.ManyToManyField(
        Goal, blank=True, related_name="events", verbose_name=_("Sustainable Development Goals")
    )
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar, blank=True)
    uid = models.UUIDField(
        _("calendar identifier"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Keeps the event the same event in subscribers' calendars."),
    )

    objects = EventQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["start", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")),
                name="event_ends_after_start",
                violation_error_message=_("The event cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:event_detail", kwargs={"slug": self.slug})

    def get_ics_url(self):
        return reverse("events:event_ics", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        self.round_to_days()
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                {"end": _("The event cannot end before it starts.")}, code="end_before_start"
            )

    def save(self, *args, **kwargs):
        self.round_to_days()
        super().save(*args, **kwargs)

    def round_to_days(self):
        """An all-day event covers whole days in the city's time zone, whatever times it has."""
        if self.all_day and self.start and self.end:
            self.start = start_of_day(timezone.localdate(self.start, local_zone()))
            self.end = end_of_day(timezone.localdate(self.end, local_zone()))

    @property
    def first_day(self):
        return timezone.localdate(self.start, local_zone())

    @property
    def last_day(self):
        return timezone.localdate(self.end, local_zone())

    @property
    def single_day(self):
        return self.first_day == self.last_day

    @property
    def is_past(self):
        return self.end < timezone.now()


class VisitKind(models.TextChoices):
    CITY_DELEGATION = "city_delegation", _("delegation of a city")
    AMBASSADOR = "ambassador", _("ambassador")
    MINISTER = "minister", _("minister")
    OTHER = "other", _("other")


class VisitStatus(models.TextChoices):
    REQUESTED = "requested", _("requested")
    CONFIRMED = "confirmed", _("confirmed")
    DONE = "done", _("done")
    CANCELLED = "cancelled", _("cancelled")


# Protocol work of the office: never loaded for, nor shown on, the public site.
INTERNAL_VISIT_FIELDS = [
    "hosting_official",
    "protocol_notes",
    "gifts_prepared",
    "interpreter_booked",
    "press_informed",
    "security_arranged",
]


class VisitQuerySet(models.QuerySet):
    NEXT_FIRST = ["is_over", "coming_on", "-start_date"]

    def next_first(self):
        """Visits still to come (soonest first), then past ones (latest first)."""
        today = timezone.localdate()
        return self.annotate(
            is_over=Case(When(end_date__lt=today, then=Value(1)), default=Value(0)),
            coming_on=Case(When(end_date__gte=today, then=F("start_date"))),
        ).order_by(*self.NEXT_FIRST, "pk")

    def public(self):
        return self.defer(*INTERNAL_VISIT_FIELDS)


class Visit(models.Model):
    """A visit of a delegation, an ambassador or a minister, as the office plans it.

    Internal: only its published report appears on the public site.
    """

    visiting_party = models.CharField(
        _("visiting party"),
        max_length=250,
        help_text=_('As shown in a report, e.g. "Delegation of the City of Leeds".'),
    )
    kind = models.CharField(_("kind of visit"), max_length=20, choices=VisitKind)
    country = CountryField(_("country"))
    twin_city = models.ForeignKey(
        TwinCity,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visits",
        verbose_name=_("twin city"),
    )
    project_partnership = models.ForeignKey(
        ProjectPartnership,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visits",
        verbose_name=_("project partnership"),
    )
    start_date = models.DateField(_("first day"), db_index=True)
    end_date = models.DateField(_("last day"))
    purpose = models.TextField(_("purpose"), blank=True)
    golden_book_signed = models.BooleanField(_("signed the Golden Book"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=VisitStatus, default=VisitStatus.REQUESTED
    )

    hosting_official = models.CharField(
        _("hosting official"), max_length=250, blank=True, help_text=_("Who receives the guests.")
    )
    protocol_notes = models.TextField(_("protocol notes"), blank=True)
    gifts_prepared = models.BooleanField(_("gifts prepared"), default=False)
    interpreter_booked = models.BooleanField(_("interpreter booked"), default=False)
    press_informed = models.BooleanField(_("press informed"), default=False)
    security_arranged = models.BooleanField(_("security arranged"), default=False)

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = VisitQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="visit_ends_after_start",
                violation_error_message=_("The visit cannot end before it starts."),
            )
        ]

    def __str__(self):
        return f"{self.visiting_party} ({self.start_date:%Y-%m-%d})"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The visit cannot end before it starts.")}, code="end_before_start"
            )


class ProgrammeItem(models.Model):
    """One point of a visit's programme, e.g. "10:00 Reception at the town hall"."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="programme", verbose_name=_("visit")
    )
    day = models.DateField(_("day"), null=True, blank=True)
    time = models.TimeField(_("time"), null=True, blank=True)
    item = models.CharField(_("item"), max_length=300)

    class Meta:
        ordering = ["day", "time", "pk"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme items")

    def __str__(self):
        return self.item


class VisitReportQuerySet(PublishableQuerySet):
    def published(self):
        # Consent is checked again here: a report is never public without it.
        return super().published().filter(consent_to_publish=True)

    def for_list(self):
        return (
            self.select_related("visit", "visit__twin_city__city")
            .defer(*(f"visit__{name}" for name in INTERNAL_VISIT_FIELDS))
            .prefetch_related("photos")
            .order_by("-visit__start_date", "-pk")
        )

    def for_detail(self):
        return self.for_list()

    def golden_book(self):
        return self.filter(visit__golden_book_signed=True)


class VisitReport(Publishable):
    """The public report of a visit, published on its own once the guests agreed."""

    visit = models.OneToOneField(
        Visit, on_delete=models.CASCADE, related_name="report", verbose_name=_("visit")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    text = RichTextField(_("text"))
    photos = models.ManyToManyField(Image, blank=True, related_name="+", verbose_name=_("photos"))
    consent_to_publish = models.BooleanField(
        _("consent to publish"),
        default=False,
        help_text=_("The guests agreed to the report and its photos being published."),
    )

    objects = VisitReportQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-publish_at", "pk"]
        verbose_name = _("visit report")
        verbose_name_plural = _("visit reports")
        constraints = [
            models.CheckConstraint(
                # A draft or a report in review may wait for the guests' consent.
                condition=~Q(publication_status="published") | Q(consent_to_publish=True),
                name="visit_report_published_with_consent",
                violation_error_message=_(
                    "A report can only be published once the guests have agreed."
                ),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:visitreport_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.publication_status == "published" and not self.consent_to_publish:
            raise ValidationError(
                {
                    "consent_to_publish": _(
                        "A report can only be published once the guests have agreed."
                    )
                },
                code="no_consent",
            )


ANNIVERSARY_YEARS_CHECKED = range(25, 201)


def is_anniversary(years):
    """25 and 40 years, then every tenth and every twenty-fifth year from 50 on."""
    return years in (25, 40) or (years >= 50 and (years % 10 == 0 or years % 25 == 0))


def anniversary_years():
    return [years for years in ANNIVERSARY_YEARS_CHECKED if is_anniversary(years)]


def twinning_anniversaries(year, queryset=None):
    """[(twin city, years)]: the twinnings that round an anniversary in `year`."""
    queryset = TwinCity.objects.all() if queryset is None else queryset
    years_by_since = {year - years: years for years in anniversary_years()}
    twin_cities = queryset.filter(since__in=years_by_since).select_related("city")
    return sorted(
        ((twin_city, years_by_since[twin_city.since]) for twin_city in twin_cities),
        key=lambda item: (-item[1], item[0].city.name),
    )


def public_anniversaries(year):
    """The anniversaries of published, active twinnings: what readers see in the year, the
    longest first, each with `years` (of twinning) and `total` (the anniversaries of the
    year), so that a page shows a slice of them and how many there are in one query."""
    years_by_since = {year - years: years for years in anniversary_years()}
    return (
        TwinCity.objects.published()
        .filter(status=TwinCityStatus.ACTIVE, since__in=years_by_since)
        .select_related("city")
        .annotate(years=Value(year) - F("since"), total=Window(Count("pk")))
        .order_by("since", "city__name", "pk")
    )
