"""Events, visits, their programmes and visit reports (events)."""

import uuid
from datetime import time, timedelta

from django.utils import timezone

from events.models import (
    Event,
    EventKind,
    ProgrammeItem,
    Visit,
    VisitKind,
    VisitReport,
    VisitStatus,
    end_of_day,
    start_of_day,
)

from .sdg import pillar, some_goals

# Per unit of scale: the office's events and visits of a year or so.
EVENTS = 8
VISITS = 6

EVENT_TITLES = [
    ("Konferenz {topic_de}", "{topic_en} conference"),
    ("Fachtag {topic_de} mit Gästen aus {city_de}", "{topic_en} day with guests from {city_en}"),
    ("Vortrag: {topic_de} in {city_de}", "Lecture: {topic_en} in {city_en}"),
    ("Netzwerktreffen {topic_de}", "{topic_en} network meeting"),
    ("Begegnungsfest {city_de}", "{city_en} festival"),
]
EVENT_SENTENCES = [
    (
        "Fachleute aus Dortmund und {city_de} sprechen über {topic_de}.",
        "Experts from Dortmund and {city_en} talk about {topic_en_lower}.",
    ),
    ("Der Eintritt ist frei, eine Anmeldung ist erwünscht.", "Admission is free; please register."),
    (
        "Im Anschluss laden die Gastgeber zu einem Empfang ein.",
        "The hosts invite everyone to a reception afterwards.",
    ),
    (
        "Die Veranstaltung wird auf Deutsch und Englisch gedolmetscht.",
        "The event is interpreted in German and English.",
    ),
]
VENUES = [
    ("Rathaus Dortmund, Bürgersaal", "Dortmund City Hall, Citizens' Hall"),
    ("Dortmunder U", "Dortmunder U"),
    ("Westfalenhallen", "Westfalenhallen"),
    ("Friedensplatz", "Friedensplatz"),
]
PROGRAMME = [
    "Empfang im Rathaus",
    "Eintrag in das Goldene Buch",
    "Besuch der Zeche Zollern",
    "Gespräch mit der Wirtschaftsförderung",
    "Stadtrundgang",
    "Abendessen mit dem Freundeskreis",
]


def text_values(bulk):
    topic = bulk.rng.choice(bulk.created["topics"])
    city = bulk.rng.choice(bulk.created["cities"])
    return {
        "topic_de": topic.name_de,
        "topic_en": topic.name_en,
        "topic_en_lower": topic.name_en[0].lower() + topic.name_en[1:],
        "city_de": city.name_de,
        "city_en": city.name_en,
    }


def some(bulk, name, most):
    return bulk.rng.sample(bulk.created[name], k=bulk.rng.randint(0, most))


def events(bulk):
    """Events from two years back to one year ahead, most of them all-day."""
    today = timezone.localdate(bulk.now)
    records, relations = [], []
    for number in range(bulk.count(EVENTS)):
        values = text_values(bulk)
        title_de, title_en = (text.format(**values) for text in bulk.rng.choice(EVENT_TITLES))
        description_de, description_en = bulk.paragraphs(
            EVENT_SENTENCES, count=1, sentences=3, **values
        )
        # Each unit of scale has one public upcoming and one public past event, so that
        # no list is empty at scale 1.
        anchor = number % EVENTS
        days = {0: (7, 60), 1: (-300, -7)}.get(anchor, (-730, 365))
        first_day = today + timedelta(days=bulk.rng.randint(*days))
        publication = bulk.publication()
        if anchor < 2:
            publication.update(publication_status="published", publish_at=bulk.now)
        all_day = bulk.rng.random() < 0.7
        if all_day:
            # As Event.save() rounds them; bulk_create does not call save().
            start = start_of_day(first_day)
            end = end_of_day(first_day + timedelta(days=bulk.rng.choice([0, 0, 1, 2])))
        else:
            start = start_of_day(first_day) + timedelta(hours=bulk.rng.randint(9, 18))
            end = start + timedelta(hours=bulk.rng.randint(1, 4))
        venue_de, venue_en = bulk.rng.choice(VENUES)
        translated = bulk.translated()
        slug = bulk.unique_slug(Event, f"{title_en} {first_day:%Y}")
        records.append(
            Event(
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=slug,
                kind=bulk.rng.choice(EventKind.values),
                all_day=all_day,
                start=start,
                end=end,
                venue_de=venue_de,
                venue_en=venue_en if translated else "",
                address="Friedensplatz 1, 44135 Dortmund",
                organiser_de="Büro für Internationale Beziehungen",
                organiser_en="Office for International Relations" if translated else "",
                teaser_de=description_de.split(". ")[0] + ".",
                teaser_en=description_en.split(". ")[0] + "." if translated else "",
                description_de=description_de,
                description_en=description_en if translated else "",
                registration_url=f"https://{slug}.example/anmeldung" if all_day else "",
                website=f"https://{slug}.example/",
                image=bulk.image() if bulk.rng.random() < 0.5 else None,
                pillar=pillar(bulk),
                # Deterministic, and unique as the slug is.
                uid=uuid.uuid5(uuid.NAMESPACE_URL, f"https://ina-portal.example/events/{slug}"),
                **publication,
            )
        )
        relations.append(
            (
                some(bulk, "twin_cities", 2),
                some(bulk, "project_partnerships", 1),
                some(bulk, "networks", 1),
                some_goals(bulk, 0, 3, flagship=anchor == 0),
            )
        )
    created = bulk.create("events", Event, records)
    for index, (relation, name) in enumerate(
        [
            (Event.twin_cities, "event_twin_cities"),
            (Event.project_partnerships, "event_project_partnerships"),
            (Event.networks, "event_networks"),
            (Event.goals, "event_goals"),
        ]
    ):
        pairs = [(event, related[index]) for event, related in zip(created, relations, strict=True)]
        bulk.link(name, relation, pairs)


def visits(bulk):
    """Visits of delegations and ambassadors, their programmes and, mostly, a report."""
    today = timezone.localdate(bulk.now)
    records = []
    for number in range(bulk.count(VISITS)):
        # One visit per unit of scale signed the Golden Book and has a public report.
        golden = number % VISITS == 0
        twin_city = bulk.rng.choice(bulk.created["twin_cities"])
        partnership = None
        if bulk.rng.random() < 0.2:
            partnership = bulk.rng.choice(bulk.created["project_partnerships"])
        city = twin_city.city
        start = today + timedelta(
            days=bulk.rng.randint(-300, -30) if golden else bulk.rng.randint(-1000, 90)
        )
        kind = bulk.rng.choice(VisitKind.values)
        party_de, party_en = (
            (f"Delegation der Stadt {city.name_de}", f"Delegation of the City of {city.name_en}")
            if kind == VisitKind.CITY_DELEGATION
            else (f"Gäste aus {city.name_de}", f"Guests from {city.name_en}")
        )
        past = start < today
        records.append(
            Visit(
                visiting_party_de=party_de,
                visiting_party_en=party_en,
                kind=kind,
                country=city.country,
                twin_city=twin_city,
                project_partnership=partnership,
                start_date=start,
                end_date=start + timedelta(days=bulk.rng.randint(0, 4)),
                purpose_de="Austausch über die Zusammenarbeit beider Städte.",
                purpose_en="Talks on the cooperation of the two cities.",
                golden_book_signed=golden or bulk.rng.random() < 0.3,
                status=VisitStatus.DONE if past else bulk.rng.choice(VisitStatus.values),
                hosting_official="Oberbürgermeister",
                protocol_notes="Dolmetscher ab 9 Uhr; Gastgeschenk: Bildband.",
                gifts_prepared=past,
                interpreter_booked=past,
            )
        )
    created = bulk.create("visits", Visit, records)

    programme = []
    for visit in created:
        for position, item in enumerate(bulk.rng.sample(PROGRAMME, k=bulk.rng.randint(2, 5))):
            programme.append(
                ProgrammeItem(
                    visit=visit,
                    day=visit.start_date,
                    time=time(hour=9 + 2 * position),
                    item=item,
                )
            )
    bulk.create("programme_items", ProgrammeItem, programme)

    reports, photos = [], []
    for number, visit in enumerate(created):
        golden = number % VISITS == 0
        if not golden and (visit.start_date >= today or bulk.rng.random() < 0.3):
            continue
        consent = golden or bulk.rng.random() < 0.9
        publication = bulk.publication()
        if golden:
            publication.update(publication_status="published", publish_at=bulk.now)
        if not consent:
            publication["publication_status"] = "draft"
        translated = bulk.translated()
        title_de = f"Besuch: {visit.visiting_party_de}"
        title_en = f"Visit: {visit.visiting_party_en}"
        reports.append(
            VisitReport(
                visit=visit,
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=bulk.unique_slug(VisitReport, f"{title_en} {visit.start_date:%Y-%m-%d}"),
                text_de=f"{visit.visiting_party_de} war zu Gast in Dortmund. "
                "Auf dem Programm standen Gespräche im Rathaus und ein Stadtrundgang.",
                text_en=f"{visit.visiting_party_en} visited Dortmund. "
                "The programme included talks at the town hall and a walk through the city."
                if translated
                else "",
                consent_to_publish=consent,
                **publication,
            )
        )
        photos.append([bulk.image() for _ in range(bulk.rng.randint(0, 3))])
    created_reports = bulk.create("visit_reports", VisitReport, reports)
    bulk.link("visit_report_photos", VisitReport.photos, zip(created_reports, photos, strict=True))


STEPS = [events, visits]
