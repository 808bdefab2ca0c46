"""Cities, twin cities and project partnerships (partnerships)."""

from decimal import Decimal

from django.utils import translation
from django_countries import countries

from partnerships.models import (
    City,
    ProjectPartnership,
    ProjectStatus,
    TwinCity,
    TwinCityLink,
    TwinCityStatus,
)

from .sdg import pillar, some_goals

# Country code, latitude, longitude of a point inside it.
COUNTRIES = [
    ("FR", 47.0, 2.5),
    ("GB", 53.0, -1.5),
    ("US", 40.0, -90.0),
    ("RU", 55.0, 40.0),
    ("IL", 32.0, 34.9),
    ("RS", 44.5, 20.5),
    ("DE", 51.0, 10.0),
    ("CN", 33.0, 110.0),
    ("TR", 39.5, 33.0),
    ("GH", 7.0, -1.5),
    ("GN", 10.5, -11.0),
    ("RO", 46.0, 25.0),
    ("CA", 50.0, -100.0),
    ("PL", 52.0, 19.5),
    ("NL", 52.2, 5.5),
    ("IT", 43.0, 12.5),
    ("ES", 40.0, -3.7),
    ("UA", 49.0, 31.0),
    ("BR", -15.0, -48.0),
    ("IN", 22.0, 79.0),
    ("JP", 36.0, 138.0),
    ("KE", 0.0, 37.9),
    ("ZA", -29.0, 25.0),
    ("MX", 22.0, -102.0),
]

SYLLABLES = [
    "am", "ber", "ca", "dor", "el", "fa", "gor", "han", "is", "ka", "lin", "mar", "no",
    "os", "pe", "ran", "sa", "tel", "u", "vel", "wa", "zo", "bri", "stra",
]  # fmt: skip

# (DE prefix, EN prefix) for the cities whose names differ between the languages.
EXONYMS = [("Sankt ", "Saint "), ("Neu-", "New "), ("Alt-", "Old ")]

TEASERS = [
    (
        "Seit {since} verbindet eine Städtepartnerschaft Dortmund mit {city_de} in {country_de}.",
        "Since {since} a town twinning has linked Dortmund with {city_en} in {country_en}.",
    ),
    (
        "{city_de} ist seit {since} Partnerstadt: Schulen, Vereine und Verwaltung tauschen sich "
        "regelmäßig aus.",
        "{city_en} has been a twin city since {since}: schools, clubs and administrations meet "
        "regularly.",
    ),
    (
        "Die Partnerschaft mit {city_de} steht seit {since} für Begegnungen zwischen "
        "Bürgerinnen und Bürgern.",
        "Since {since} the partnership with {city_en} has stood for encounters between citizens.",
    ),
]
STORY_SENTENCES = [
    (
        "Im Jahr {since} unterzeichneten beide Städte den Partnerschaftsvertrag im Rathaus.",
        "In {since} the two cities signed the twinning agreement at the town hall.",
    ),
    (
        "Jedes Jahr besuchen Schulklassen aus {city_de} Dortmund und lernen den Alltag in "
        "Gastfamilien kennen.",
        "Every year school classes from {city_en} visit Dortmund and stay with host families.",
    ),
    (
        "Sportvereine beider Städte tragen Freundschaftsturniere aus, zuletzt im Fußball und "
        "im Rudern.",
        "Sports clubs of both cities hold friendly tournaments, most recently in football and "
        "rowing.",
    ),
    (
        "Fachleute der Verwaltungen vergleichen, wie sie {topic_de} in ihren Städten angehen.",
        "Experts of the two administrations compare how their cities approach {topic_en_lower}.",
    ),
    (
        "Beim Stadtfest DORTBUNT! stellt sich {city_de} mit Musik und Spezialitäten vor.",
        "At the DORTBUNT! city festival {city_en} presents itself with music and food.",
    ),
    (
        "Ein Freundeskreis in Dortmund hält die Verbindung auch zwischen den offiziellen "
        "Besuchen lebendig.",
        "A circle of friends in Dortmund keeps the link alive between official visits.",
    ),
    (
        "Hochschulen beider Städte arbeiten in gemeinsamen Forschungsprojekten zusammen.",
        "Universities of both cities work together in joint research projects.",
    ),
    (
        "Künstlerinnen und Künstler aus {city_de} waren mehrfach zu Gast in Dortmunder Galerien.",
        "Artists from {city_en} have been guests of Dortmund galleries several times.",
    ),
]
SUSPENSION_NOTES = [
    (
        "Die offiziellen Kontakte zur Stadtverwaltung ruhen derzeit; Begegnungen zwischen "
        "Bürgerinnen und Bürgern bleiben möglich.",
        "Official contacts with the city administration are currently suspended; encounters "
        "between citizens remain possible.",
    ),
]
LINK_LABELS = [
    ("Website der Stadt {city_de}", "Website of the city of {city_en}"),
    ("Freundeskreis {city_de} e. V.", "{city_en} friendship society"),
    ("Tourismusinformation {city_de}", "{city_en} tourist information"),
]

PARTNERSHIP_TITLES = [
    ("Partnerschaft {topic_de} mit {city_de}", "{topic_en} partnership with {city_en}"),
    ("{topic_de}: Austausch mit {city_de}", "{topic_en}: exchange with {city_en}"),
    ("Projekt {topic_de} {city_de}–Dortmund", "{city_en}–Dortmund {topic_en_lower} project"),
]
PARTNERSHIP_SENTENCES = [
    (
        "Fachleute aus {city_de} und Dortmund erarbeiten gemeinsam ein Handlungsprogramm für "
        "{topic_de}.",
        "Experts from {city_en} and Dortmund draw up a joint programme of action for "
        "{topic_en_lower}.",
    ),
    (
        "Das Projekt startete {start} mit einer Delegationsreise und einem ersten Workshop.",
        "The project started in {start} with a delegation visit and a first workshop.",
    ),
    (
        "Beide Städte lernen voneinander, wie Verwaltung, Wirtschaft und Zivilgesellschaft "
        "zusammenwirken.",
        "Both cities learn from each other how administration, business and civil society "
        "work together.",
    ),
    (
        "Die Ergebnisse fließen in die Nachhaltigkeitsstrategie der Stadt Dortmund ein.",
        "The results feed into the City of Dortmund's sustainability strategy.",
    ),
    (
        "Kleine Pilotvorhaben vor Ort zeigen, was sich schnell umsetzen lässt.",
        "Small local pilot schemes show what can be put into practice quickly.",
    ),
    (
        "Jugendliche beider Städte bringen ihre Ideen in eigenen Werkstätten ein.",
        "Young people of both cities contribute their ideas in workshops of their own.",
    ),
]
LEAD_DEPARTMENTS = [
    ("Büro für Internationale Beziehungen", "Office for International Relations"),
    ("Umweltamt der Stadt Dortmund", "Environmental Office of the City of Dortmund"),
    ("Wirtschaftsförderung Dortmund", "Dortmund Business Development Agency"),
    ("Stadtplanungs- und Bauordnungsamt", "Urban Planning and Building Regulations Office"),
    ("Tiefbauamt", "Civil Engineering Office"),
]
FUNDING_BODIES = [
    ("", ""),
    ("Servicestelle Kommunen in der Einen Welt", "Service Agency Communities in One World"),
    ("Bundesministerium für wirtschaftliche Zusammenarbeit", "Federal Ministry for Development"),
    ("Europäische Union (Interreg)", "European Union (Interreg)"),
    ("Land Nordrhein-Westfalen", "State of North Rhine-Westphalia"),
]

# Per unit of scale, as in the demo content: nine twin cities, five project partnerships
# with five cities of their own.
TWIN_CITIES = 9
PROJECT_PARTNERSHIPS = 5


def country_names(code):
    with translation.override("de"):
        german = str(countries.name(code))
    with translation.override("en"):
        english = str(countries.name(code))
    return german, english


def first_sentence(text):
    return text.split(". ")[0].rstrip(".") + "."


def city_name(rng):
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    if rng.random() < 0.15:
        de, en = rng.choice(EXONYMS)
        return de + name, en + name
    return name, name


def cities(bulk):
    """The partner cities: one per twin city, one per project partnership."""
    records = []
    for _ in range(bulk.count(TWIN_CITIES + PROJECT_PARTNERSHIPS)):
        code, latitude, longitude = bulk.rng.choice(COUNTRIES)
        name_de, name_en = city_name(bulk.rng)
        records.append(
            City(
                name_de=name_de,
                name_en=name_en,
                slug=bulk.unique_slug(City, name_en),
                country=code,
                latitude=Decimal(f"{latitude + bulk.rng.uniform(-3, 3):.5f}"),
                longitude=Decimal(f"{longitude + bulk.rng.uniform(-3, 3):.5f}"),
            )
        )
    bulk.create("cities", City, records)


def text_values(bulk, city, **extra):
    topic = bulk.rng.choice(bulk.created["topics"])
    country_de, country_en = country_names(city.country.code)
    return {
        "city_de": city.name_de,
        "city_en": city.name_en,
        "country_de": country_de,
        "country_en": country_en,
        "topic_de": topic.name_de,
        "topic_en": topic.name_en,
        "topic_en_lower": topic.name_en[0].lower() + topic.name_en[1:],
        **extra,
    }


def twin_cities(bulk):
    """Twin cities with teaser, story, image and a few links each."""
    twin_city_cities = bulk.created["cities"][: bulk.count(TWIN_CITIES)]
    records = []
    for city in twin_city_cities:
        since = bulk.rng.randint(1950, 2020)
        values = text_values(bulk, city, since=since)
        teaser_de, teaser_en = bulk.rng.choice(TEASERS)
        story_de, story_en = bulk.paragraphs(
            STORY_SENTENCES, count=bulk.rng.randint(2, 3), sentences=3, **values
        )
        suspended = bulk.rng.random() < 0.1
        note_de, note_en = bulk.rng.choice(SUSPENSION_NOTES) if suspended else ("", "")
        translated = bulk.translated()
        records.append(
            TwinCity(
                city=city,
                since=since,
                status=TwinCityStatus.SUSPENDED if suspended else TwinCityStatus.ACTIVE,
                status_note_de=note_de,
                status_note_en=note_en if translated else "",
                teaser_de=teaser_de.format(**values),
                teaser_en=teaser_en.format(**values) if translated else "",
                story_de=story_de,
                story_en=story_en if translated else "",
                image=bulk.image(),
                pillar=pillar(bulk),
                **bulk.publication(),
            )
        )
    created = bulk.create("twin_cities", TwinCity, records)
    bulk.link(
        "twin_city_goals",
        TwinCity.goals,
        [(t, some_goals(bulk, 0, 2, flagship=i % TWIN_CITIES == 0)) for i, t in enumerate(created)],
    )

    links = []
    for twin_city in bulk.created["twin_cities"]:
        labels = bulk.rng.sample(LINK_LABELS, k=bulk.rng.randint(0, len(LINK_LABELS)))
        for position, (label_de, label_en) in enumerate(labels):
            values = {"city_de": twin_city.city.name_de, "city_en": twin_city.city.name_en}
            links.append(
                TwinCityLink(
                    twin_city=twin_city,
                    label_de=label_de.format(**values),
                    label_en=label_en.format(**values) if bulk.translated() else "",
                    url=f"https://{twin_city.city.slug}.example/{position}",
                    position=position,
                )
            )
    bulk.create("twin_city_links", TwinCityLink, links)


def project_partnerships(bulk):
    """Project partnerships with partner cities, topics and, mostly, an image."""
    partner_pool = bulk.created["cities"][bulk.count(TWIN_CITIES) :]
    all_cities = bulk.created["cities"]
    records, partners, topics = [], [], []
    for number in range(bulk.count(PROJECT_PARTNERSHIPS)):
        # Mostly a city of its own, sometimes joined by a twin city or another partner.
        cities = [partner_pool[number]]
        cities += bulk.rng.sample(all_cities, k=bulk.rng.choice([0, 0, 1, 2]))
        cities = list(dict.fromkeys(cities))
        chosen_topics = bulk.rng.sample(bulk.created["topics"], k=bulk.rng.randint(1, 4))
        start = bulk.rng.randint(2005, 2025)
        status = bulk.rng.choices(
            [ProjectStatus.ACTIVE, ProjectStatus.PLANNED, ProjectStatus.COMPLETED],
            weights=[6, 1.5, 2.5],
        )[0]
        end = bulk.rng.randint(start, 2026) if status == ProjectStatus.COMPLETED else None
        values = text_values(bulk, cities[0], start=start)
        values.update(
            topic_de=chosen_topics[0].name_de,
            topic_en=chosen_topics[0].name_en,
            topic_en_lower=chosen_topics[0].name_en[0].lower() + chosen_topics[0].name_en[1:],
        )
        title_de, title_en = bulk.rng.choice(PARTNERSHIP_TITLES)
        title_de, title_en = title_de.format(**values), title_en.format(**values)
        description_de, description_en = bulk.paragraphs(
            PARTNERSHIP_SENTENCES, count=bulk.rng.randint(1, 3), sentences=3, **values
        )
        lead_de, lead_en = bulk.rng.choice(LEAD_DEPARTMENTS)
        funding_de, funding_en = bulk.rng.choice(FUNDING_BODIES)
        slug = bulk.unique_slug(ProjectPartnership, title_en)
        translated = bulk.translated()
        records.append(
            ProjectPartnership(
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=slug,
                status=status,
                lead_department_de=lead_de,
                lead_department_en=lead_en,
                funding_body_de=funding_de,
                funding_body_en=funding_en,
                start_year=start,
                end_year=end,
                teaser_de=first_sentence(description_de),
                teaser_en=first_sentence(description_en) if translated else "",
                description_de=description_de,
                description_en=description_en if translated else "",
                website=f"https://{slug}.example/" if bulk.rng.random() < 0.5 else "",
                image=bulk.image() if bulk.rng.random() < 0.7 else None,
                pillar=pillar(bulk),
                **bulk.publication(),
            )
        )
        partners.append(cities)
        topics.append(chosen_topics)
    created = bulk.create("project_partnerships", ProjectPartnership, records)

    bulk.link(
        "project_partnership_cities",
        ProjectPartnership.partner_cities,
        zip(created, partners, strict=True),
    )
    bulk.link(
        "project_partnership_topics", ProjectPartnership.topics, zip(created, topics, strict=True)
    )
    bulk.link(
        "project_partnership_goals",
        ProjectPartnership.goals,
        [
            (partnership, some_goals(bulk, 1, 3, flagship=i % PROJECT_PARTNERSHIPS == 0))
            for i, partnership in enumerate(created)
        ],
    )


STEPS = [cities, twin_cities, project_partnerships]
