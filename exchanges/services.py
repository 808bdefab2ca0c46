"""Confirming a twinning anniversary: it becomes a published event of the calendar."""

from datetime import datetime, time

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext

from events.models import Event, EventKind, local_zone
from ina_portal.base.models import PublicationStatus


def anniversary_title(anniversary, language):
    with translation.override(language):
        return gettext("%(years)d years of twinning with %(city)s") % {
            "years": anniversary.years,
            "city": getattr(anniversary.twin_city.city, f"name_{language}")
            or anniversary.twin_city.city.name_de,
        }


@transaction.atomic
def anniversary_confirm(*, anniversary):
    """Publish the anniversary as an all-day event tied to its twin city; once only."""
    if anniversary.event_id:
        return anniversary.event
    twin_city = anniversary.twin_city
    day = anniversary.day
    titles = {language: anniversary_title(anniversary, language) for language in ("de", "en")}
    event = Event.objects.create(
        title_de=titles["de"],
        title_en=titles["en"],
        slug=slugify(f"{twin_city.city.slug}-{anniversary.years}-{day.year}"),
        kind=EventKind.OTHER,
        all_day=True,
        start=datetime.combine(day, time.min, tzinfo=local_zone()),
        end=datetime.combine(day, time.max, tzinfo=local_zone()),
        teaser_de=titles["de"],
        teaser_en=titles["en"],
        publication_status=PublicationStatus.PUBLISHED,
    )
    event.twin_cities.set([twin_city])
    anniversary.event = event
    anniversary.save(update_fields=["event"])
    return event
