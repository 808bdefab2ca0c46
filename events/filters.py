import re
from datetime import date

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from ina_portal.base.api.filters import SlugFilter
from ina_portal.base.filters import BoundedModelChoiceFilter
from networks.models import Network
from partnerships.models import City
from sdg.filters import GoalFilter

from .models import Event, EventKind

MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def is_month(value):
    match = MONTH.match(value)
    return bool(match) and 1900 <= int(match[1]) <= 2100 and 1 <= int(match[2]) <= 12


class MonthInput(forms.TextInput):
    """<input type="month">, without a placeholder (not allowed on it), and without echoing a
    value that is no month: both would make the page invalid HTML. The error message says
    what was wrong."""

    input_type = "month"

    def format_value(self, value):
        value = super().format_value(value)
        return value if value and is_month(value) else None


class MonthField(forms.CharField):
    """A month written as "2027-06", the value of an <input type="month">."""

    widget = MonthInput
    default_error_messages = {"invalid": _('Enter a month like "2027-06".')}

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if not is_month(value):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        year, month = MONTH.match(value).groups()
        return date(int(year), int(month), 1)


# In the OpenAPI description: a month like "2027-06", as the month field takes it.
@extend_schema_field(
    {"type": "string", "pattern": r"^(19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])$", "example": "2027-06"}
)
class MonthFilter(django_filters.Filter):
    field_class = MonthField

    def filter(self, qs, value):
        return qs.in_month(value) if value else qs


def event_cities(request):
    """Partner cities with a published event, through a twin city or a partnership."""
    published = Event.objects.published()
    return (
        City.objects.filter(
            Q(twinning__events__in=published) | Q(project_partnerships__events__in=published)
        )
        .distinct()
        .order_by("name")
    )


def published_count(events):
    """The number of published events through the relation `events`."""
    return Count(events, filter=Q(**{f"{events}__in": Event.objects.published()}), distinct=True)


def event_networks(request):
    return (
        Network.objects.published()
        .filter(events__in=Event.objects.published())
        .distinct()
        .order_by("name")
    )


class EventFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of event"), choices=EventKind.choices, empty_label=_("All kinds")
    )
    month = MonthFilter(label=_("Month"))
    city = BoundedModelChoiceFilter(
        label=_("Partner city"),
        queryset=event_cities,
        to_field_name="slug",
        method="filter_city",
        usage=lambda: (
            published_count("twinning__events") + published_count("project_partnerships__events")
        ),
        empty_label=_("All partner cities"),
    )
    network = BoundedModelChoiceFilter(
        label=_("City network"),
        field_name="networks",
        to_field_name="slug",
        queryset=event_networks,
        empty_label=_("All networks"),
        distinct=True,
    )
    goal = GoalFilter(Event)

    class Meta:
        model = Event
        fields = ["kind", "month", "city", "network", "goal"]

    def filter_city(self, queryset, name, city):
        linked = Event.objects.filter(
            Q(twin_cities__city=city) | Q(project_partnerships__partner_cities=city)
        )
        return queryset.filter(pk__in=linked.values("pk"))


class EventSubscriptionFilter(EventFilter):
    """The events list's filters for its feeds, its calendar and the API. A partner city or
    network whose slug has no published event (any more) matches no event, so that a
    subscription stays narrowed; a malformed value is an error."""

    city = SlugFilter(label=_("Partner city"), method="filter_city_slug")
    network = SlugFilter(label=_("City network"), method="filter_network_slug")

    def filter_city_slug(self, queryset, name, slug):
        linked = Event.objects.filter(
            Q(twin_cities__city__slug=slug) | Q(project_partnerships__partner_cities__slug=slug)
        )
        return queryset.filter(pk__in=linked.values("pk"))

    def filter_network_slug(self, queryset, name, slug):
        linked = Event.objects.filter(networks__in=Network.objects.published().filter(slug=slug))
        return queryset.filter(pk__in=linked.values("pk"))


class EventApiFilter(EventSubscriptionFilter):
    """The events list's filters; `when` picks the upcoming or the past events page."""

    when = django_filters.ChoiceFilter(
        label=_("Upcoming or past"),
        choices=[("upcoming", _("upcoming")), ("past", _("past"))],
        method="filter_when",
    )

    class Meta(EventFilter.Meta):
        fields = [*EventFilter.Meta.fields, "when"]

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()
