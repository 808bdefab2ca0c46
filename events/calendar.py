"""iCalendar (RFC 5545) files of events: one event to download, or a feed to subscribe to."""

from datetime import timedelta

from django.http import HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ina_portal.base.richtext import text_from_html
from ina_portal.base.siteprofile import office_and_authority, site_profile

from .models import local_zone


def calendar_event(request, event):
    entry = CalendarEvent()
    entry.add("uid", str(event.uid))
    # For a published calendar DTSTAMP is when the event's data last changed.
    entry.add("dtstamp", event.updated_at)
    entry.add("created", event.created_at)
    entry.add("last-modified", event.updated_at)
    # Calendar apps show the status in different ways, or not at all: the title says it.
    entry.add("summary", cancelled_title(event))
    if event.all_day:
        entry.add("dtstart", event.first_day)
        entry.add("dtend", event.last_day + timedelta(days=1))  # exclusive, RFC 5545 3.6.1
    else:
        entry.add("dtstart", event.start.astimezone(local_zone()))
        entry.add("dtend", event.end.astimezone(local_zone()))
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if location:
        entry.add("location", location)
    # Calendar apps show plain text: the description without its markup.
    description = "\n\n".join(
        part for part in (event.teaser, text_from_html(event.description, urls=True)) if part
    )
    entry.add("description", description)
    entry.add("categories", [event.get_kind_display()])
    entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
    entry.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    return entry


def cancelled_title(event):
    if event.cancelled:
        return _("Cancelled: %(title)s") % {"title": event.title}
    return event.title


def calendar_response(request, events, filename=None):
    calendar = Calendar()
    calendar.add(
        "prodid", f"-//{site_profile().city_authority}//INA Portal//{get_language().upper()}"
    )
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = _("Events of the %(office)s, %(authority)s") % office_and_authority()
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    days = []
    for event in events:
        calendar.add_component(calendar_event(request, event))
        days += [event.first_day, event.last_day]
    if days:
        # Time zone data (VTIMEZONE) for the TZIDs used, covering the events' dates.
        calendar.add_missing_timezones(
            first_date=min(days) - timedelta(days=1), last_date=max(days) + timedelta(days=2)
        )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
