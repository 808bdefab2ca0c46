"""People (ina_portal/features/contacts): eight per scale, as many as the demo office team,
each responsible for a few twin cities, partnerships, networks, events, countries and topics."""

from ina_portal.features.contacts.models import Person, Unit

PEOPLE_PER_SCALE = 8

FIRST_NAMES = ["Anna", "Jonas", "Leyla", "Mehmet", "Sophie", "Piotr", "Chiara", "Kwame"]
LAST_NAMES = ["Becker", "Yılmaz", "Nowak", "Schäfer", "Mensah", "Rossi", "Kowalski", "Weiß"]
FUNCTIONS = [
    ("Mitarbeiterin", "Team member"),
    ("Koordination Städtepartnerschaften", "Twin city coordination"),
    ("Europaangelegenheiten", "European affairs"),
    ("Agenda 2030 und Nachhaltigkeit", "2030 Agenda and sustainability"),
    ("Projektpartnerschaften", "Project partnerships"),
]
UNITS = [
    ("office", "Büro für Internationale Beziehungen", "Office for International Relations"),
    ("environment", "Umweltamt", "Environmental Office"),
    ("economy", "Wirtschaftsförderung", "Economic Development Agency"),
]
COUNTRIES = ["GH", "GN", "RO", "US", "CA", "FR", "GB", "IL", "RS", "CN", "TR"]


def people(bulk):
    rng = bulk.rng
    units = [
        Unit.objects.get_or_create(
            slug=slug,
            defaults={"name_de": de, "name_en": en, "is_office": slug == "office", "position": n},
        )[0]
        for n, (slug, de, en) in enumerate(UNITS)
    ]
    records = []
    for number in range(bulk.count(PEOPLE_PER_SCALE)):
        first_name, last_name = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        slug = bulk.unique_slug(Person, f"{first_name} {last_name}")
        function_de, function_en = rng.choice(FUNCTIONS)
        records.append(
            Person(
                first_name=first_name,
                last_name=last_name,
                slug=slug,
                function_de=function_de,
                function_en=function_en if bulk.translated() else "",
                unit=units[0] if rng.random() < 0.8 else rng.choice(units[1:]),
                position=rng.randint(1, 20),
                email=f"{slug}@stadtdo.example",
                phone="0231 0000-1000",
                direct_line=f"0231 0000-{2000 + number}",
                mobile=f"0151 0000 {number:04}",
                room=f"Raum {rng.randint(1, 5)}.{rng.randint(1, 40):02}",
                languages="Deutsch, Englisch",
                countries=rng.sample(COUNTRIES, k=rng.randint(0, 2)),
                **bulk.publication(),
            )
        )
    created = bulk.create("people", Person, records)
    for relation, name in [
        (Person.twin_cities, "twin_cities"),
        (Person.project_partnerships, "project_partnerships"),
        (Person.networks, "networks"),
        (Person.events, "events"),
        (Person.topics, "topics"),
    ]:
        pool = bulk.created[name]
        bulk.link(
            f"people_{name}",
            relation,
            [(person, rng.sample(pool, k=min(len(pool), rng.randint(0, 2)))) for person in created],
        )


STEPS = [people]
