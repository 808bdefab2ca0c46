"""Civic organisations, exchange programmes and funding calls (exchanges).

Twinning anniversaries (an editor confirms them) and the flags of demo examples have no
rows here: the generated content is not the demo's.
"""

from datetime import timedelta

from django.utils import timezone

from exchanges.models import (
    ExchangeProgramme,
    FundingCall,
    Organisation,
    OrganisationKind,
    ProgrammeKind,
)

from .events import some

# Per unit of scale, as in the demo content: three organisations, four programmes, two
# funding calls.
ORGANISATIONS = 3
PROGRAMMES = 4
FUNDING_CALLS = 2

# (kind, name DE, name EN)
ORGANISATION_NAMES = [
    (
        OrganisationKind.ASSOCIATION,
        "Freundeskreis Dortmund–{city_de} e. V.",
        "Dortmund–{city_en} Friendship Society",
    ),
    (
        OrganisationKind.ASSOCIATION,
        "Partnerschaftsverein Dortmund–{city_de}",
        "Dortmund–{city_en} Twinning Association",
    ),
    (
        OrganisationKind.SCHOOL,
        "{school}: Schulpartnerschaft mit {city_de}",
        "{school}: school partnership with {city_en}",
    ),
    (
        OrganisationKind.CLUB,
        "Sportverein {district}: Freunde in {city_de}",
        "{district} Sports Club: friends in {city_en}",
    ),
    (
        OrganisationKind.CLUB,
        "Chor {district} und Partnerchor {city_de}",
        "{district} Choir and {city_en} partner choir",
    ),
    (
        OrganisationKind.CULTURE,
        "Kulturbrücke Dortmund–{city_de}",
        "Dortmund–{city_en} Culture Bridge",
    ),
    (
        OrganisationKind.OFFICE,
        "Jugendamt: Internationale Jugendarbeit mit {city_de}",
        "Youth Welfare Office: international youth work with {city_en}",
    ),
    (OrganisationKind.OTHER, "Eine-Welt-Initiative {district}", "{district} One World Initiative"),
]
SCHOOLS = [
    "Gymnasium an der Emscher",
    "Gesamtschule Hörde",
    "Berufskolleg am Westpark",
    "Realschule Aplerbeck",
    "Grundschule am Hoeschpark",
]
DISTRICTS = ["Hörde", "Aplerbeck", "Eving", "Brackel", "Hombruch", "Mengede", "Huckarde"]
ORGANISATION_TEASERS = [
    (
        "Seit {since} hält {name_de} die Verbindung nach {city_de} lebendig.",
        "Since {since} {name_en} has kept the link with {city_en} alive.",
    ),
    (
        "Begegnungen, Besuche und gemeinsame Projekte mit Menschen aus {city_de}.",
        "Meetings, visits and joint projects with people from {city_en}.",
    ),
    (
        "Wer {city_de} kennenlernen möchte, ist willkommen: Mitmachen ist ausdrücklich erwünscht.",
        "Anyone who wants to get to know {city_en} is welcome to join in.",
    ),
]
ORGANISATION_SENTENCES = [
    (
        "Die Mitglieder organisieren jedes Jahr eine Reise nach {city_de}.",
        "Every year the members organise a journey to {city_en}.",
    ),
    (
        "Gäste aus {city_de} wohnen bei Gastfamilien in Dortmund.",
        "Guests from {city_en} stay with host families in Dortmund.",
    ),
    (
        "Ein Stammtisch trifft sich am ersten Dienstag im Monat.",
        "A regulars' table meets on the first Tuesday of the month.",
    ),
    (
        "Sprachkurse und Kochabende machen mit dem Alltag in {city_de} vertraut.",
        "Language courses and cooking evenings introduce everyday life in {city_en}.",
    ),
    (
        "Beim Stadtfest DORTBUNT! ist der Verein mit einem Stand vertreten.",
        "The association has a stall at the DORTBUNT! city festival.",
    ),
    (
        "Gemeinsam mit dem Büro für Internationale Beziehungen bereitet er Besuche vor.",
        "It prepares visits together with the Office for International Relations.",
    ),
]
HOW_TO_JOIN = [
    (
        "Mitglied wird man mit einer kurzen Nachricht an die Kontaktperson.",
        "You become a member by sending the contact person a short message.",
    ),
    (
        "Der Jahresbeitrag beträgt 24 Euro, für Schülerinnen und Schüler nichts.",
        "The annual fee is 24 euros, nothing for pupils.",
    ),
    (
        "Interessierte sind bei jedem Treffen willkommen, auch ohne Mitgliedschaft.",
        "Anyone interested is welcome at every meeting, members or not.",
    ),
    (
        "Für Gastfamilien gibt es vor jedem Besuch einen Informationsabend.",
        "Host families are invited to an information evening before each visit.",
    ),
]
CONTACTS = ["Anna Becker", "Mehmet Yılmaz", "Jolanta Nowak", "Thomas Schulte", "Claire Dubois", ""]

# (kind, title DE, title EN) of a programme with a twin city or a project partnership.
PROGRAMME_TITLES = [
    (
        ProgrammeKind.SCHOOL,
        "Schüleraustausch mit {city_de} {year}",
        "School exchange with {city_en} {year}",
    ),
    (
        ProgrammeKind.YOUTH,
        "Jugendbegegnung Dortmund–{city_de}",
        "Dortmund–{city_en} youth exchange",
    ),
    (
        ProgrammeKind.SPORTS,
        "Freundschaftsturnier mit {city_de}",
        "Friendship tournament with {city_en}",
    ),
    (
        ProgrammeKind.CULTURE,
        "Kulturwoche {city_de} in Dortmund",
        "{city_en} culture week in Dortmund",
    ),
    (
        ProgrammeKind.ADMINISTRATION,
        "Fachaustausch {topic_de} mit {city_de}",
        "{topic_en} expert exchange with {city_en}",
    ),
]
# The office's own initiatives, with neither.
OWN_PROGRAMME_TITLES = [
    ("Sprachkurs {language_de} für die Verwaltung", "{language_en} course for the administration"),
    ("Urban Dialogue: {topic_de}", "Urban Dialogue: {topic_en}"),
    ("Hospitationen in Partnerstädten: {topic_de}", "Work shadowing in twin cities: {topic_en}"),
]
LANGUAGES = [
    ("Französisch", "French"),
    ("Englisch", "English"),
    ("Türkisch", "Turkish"),
    ("Chinesisch", "Chinese"),
    ("Polnisch", "Polish"),
]
PROGRAMME_TEASERS = [
    (
        "Teilnehmende aus Dortmund und {city_de} lernen sich eine Woche lang kennen.",
        "Participants from Dortmund and {city_en} get to know each other for a week.",
    ),
    (
        "Ein Austausch zum Thema {topic_de}, mit Besuchen in beiden Städten.",
        "An exchange on {topic_en_lower}, with visits to both cities.",
    ),
]
OWN_PROGRAMME_TEASERS = [
    (
        "Beschäftigte der Stadt bereiten sich auf die internationale Zusammenarbeit vor.",
        "The city's staff prepare for international cooperation.",
    ),
    (
        "Eine Initiative des Büros, die Erfahrungen aus Städten weltweit in die Verwaltung bringt.",
        "An initiative of the office that brings experience from cities worldwide into the "
        "administration.",
    ),
]
REPORT_SENTENCES = [
    (
        "Die Gruppe besuchte Schulen, Betriebe und das Rathaus von {city_de}.",
        "The group visited schools, businesses and the town hall of {city_en}.",
    ),
    (
        "Am letzten Abend stellten die Teilnehmenden ihre Ergebnisse vor.",
        "On the last evening the participants presented their results.",
    ),
    (
        "Im nächsten Jahr kommt die Gruppe aus {city_de} zum Gegenbesuch nach Dortmund.",
        "Next year the group from {city_en} comes to Dortmund for a return visit.",
    ),
    (
        "Fachleute verglichen, wie beide Städte {topic_de} angehen.",
        "Experts compared how both cities approach {topic_en_lower}.",
    ),
    (
        "Die Reise wurde aus Mitteln der Partnerschaftsförderung unterstützt.",
        "The journey was supported from twinning funds.",
    ),
]

FUNDING_TITLES = [
    ("Förderaufruf {topic_de} {year}", "{topic_en} funding call {year}"),
    ("Bürgerbegegnungen in Partnerstädten {year}", "Citizens' meetings in twin cities {year}"),
    ("Kleinprojektefonds {topic_de}", "{topic_en} small projects fund"),
    ("Jugendaustausch fördern: Aufruf {year}", "Funding youth exchange: call {year}"),
]
FUNDERS = [
    (
        "Europäische Union, Programm Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte",
        "European Union, Citizens, Equality, Rights and Values programme",
    ),
    (
        "Engagement Global, Servicestelle Kommunen in der Einen Welt",
        "Engagement Global, Service Agency Communities in One World",
    ),
    ("Deutsch-Französisches Jugendwerk", "Franco-German Youth Office"),
    ("Land Nordrhein-Westfalen", "State of North Rhine-Westphalia"),
    (
        "Stadt Dortmund, Büro für Internationale Beziehungen",
        "City of Dortmund, Office for International Relations",
    ),
]
ELIGIBLE = [
    ("Partnerschaftsvereine und Schulen", "Partnership associations and schools"),
    ("Vereine und Initiativen aus Dortmund", "Dortmund clubs and initiatives"),
    ("Kommunen mit Projektpartnerschaften", "Municipalities with project partnerships"),
    ("Jugendgruppen und Jugendverbände", "Youth groups and youth organisations"),
]
FUNDING_SENTENCES = [
    (
        "Gefördert werden Begegnungen, die Menschen aus Dortmund und ihren Partnerstädten "
        "zusammenbringen.",
        "The call funds meetings that bring together people from Dortmund and its twin cities.",
    ),
    (
        "Projekte zum Thema {topic_de} werden bevorzugt berücksichtigt.",
        "Projects on {topic_en_lower} are given preference.",
    ),
    (
        "Der Zuschuss deckt bis zu 80 Prozent der Reise- und Aufenthaltskosten.",
        "The grant covers up to 80 per cent of travel and accommodation costs.",
    ),
    (
        "Das Büro für Internationale Beziehungen berät vor der Antragstellung.",
        "The Office for International Relations gives advice before you apply.",
    ),
]


def topic_values(bulk):
    topic = bulk.rng.choice(bulk.created["topics"])
    return {
        "topic_de": topic.name_de,
        "topic_en": topic.name_en,
        "topic_en_lower": topic.name_en[0].lower() + topic.name_en[1:],
    }


def publication(bulk, anchor):
    """bulk.publication(), made public now for the anchors of a unit of scale."""
    values = bulk.publication()
    if anchor:
        values.update(publication_status="published", publish_at=bulk.now)
    return values


def organisations(bulk):
    """Associations, schools, clubs and others, each with a twin city or two and now and
    then a project partnership; the first of each unit of scale is public."""
    records, twin_cities, partnerships = [], [], []
    for number in range(bulk.count(ORGANISATIONS)):
        chosen = bulk.rng.sample(bulk.created["twin_cities"], k=bulk.rng.choice([1, 1, 2]))
        city = chosen[0].city
        values = {
            "city_de": city.name_de,
            "city_en": city.name_en,
            "school": bulk.rng.choice(SCHOOLS),
            "district": bulk.rng.choice(DISTRICTS),
            "since": max(chosen[0].since, bulk.rng.randint(1960, 2022)),
        }
        kind, name_de, name_en = bulk.rng.choice(ORGANISATION_NAMES)
        values.update(name_de=name_de.format(**values), name_en=name_en.format(**values))
        teaser_de, teaser_en = (t.format(**values) for t in bulk.rng.choice(ORGANISATION_TEASERS))
        description_de, description_en = bulk.paragraphs(
            ORGANISATION_SENTENCES, count=bulk.rng.randint(1, 2), sentences=3, **values
        )
        join_de, join_en = bulk.paragraphs(HOW_TO_JOIN, count=1, sentences=2)
        joinable = bulk.rng.random() < 0.7
        slug = bulk.unique_slug(Organisation, values["name_en"])
        contact = bulk.rng.choice(CONTACTS)
        translated = bulk.translated()
        records.append(
            Organisation(
                name_de=values["name_de"],
                name_en=values["name_en"] if translated else "",
                slug=slug,
                kind=kind,
                teaser_de=teaser_de,
                teaser_en=teaser_en if translated else "",
                description_de=description_de,
                description_en=description_en if translated else "",
                how_to_join_de=join_de if joinable else "",
                how_to_join_en=join_en if joinable and translated else "",
                contact_name=contact,
                email=f"kontakt@{slug[:60]}.example" if contact else "",
                phone=f"+49 231 {bulk.rng.randint(100000, 9999999)}" if contact else "",
                website=f"https://{slug[:60]}.example/" if bulk.rng.random() < 0.6 else "",
                **publication(bulk, number % ORGANISATIONS == 0),
            )
        )
        twin_cities.append(chosen)
        partnerships.append(some(bulk, "project_partnerships", 1))
    created = bulk.create("organisations", Organisation, records)
    bulk.link(
        "organisation_twin_cities",
        Organisation.twin_cities,
        zip(created, twin_cities, strict=True),
    )
    bulk.link(
        "organisation_project_partnerships",
        Organisation.project_partnerships,
        zip(created, partnerships, strict=True),
    )


def partner_names(bulk):
    """{project partnership pk: (DE, EN) name of its first partner city}."""
    cities = {city.pk: city for city in bulk.created["cities"]}
    names = {}
    for row in bulk.created["project_partnership_cities"]:
        city = cities[row.city_id]
        names.setdefault(row.projectpartnership_id, (city.name_de, city.name_en))
    return names


def programmes(bulk):
    """Exchanges with a twin city (most), a project partnership, or neither (the office's
    own initiatives), organised by the organisations of that twin city or partnership, or
    by none or one other; the first of each unit of scale is public."""
    partners = partner_names(bulk)
    by_twin_city, by_partnership = {}, {}
    for row in bulk.created["organisation_twin_cities"]:
        by_twin_city.setdefault(row.twincity_id, []).append(row.organisation_id)
    for row in bulk.created["organisation_project_partnerships"]:
        by_partnership.setdefault(row.projectpartnership_id, []).append(row.organisation_id)
    organisations_by_pk = {o.pk: o for o in bulk.created["organisations"]}
    this_year = timezone.localdate(bulk.now).year
    records, organisers = [], []
    for number in range(bulk.count(PROGRAMMES)):
        twin_city = partnership = None
        roll = bulk.rng.random()
        if roll < 0.6:
            twin_city = bulk.rng.choice(bulk.created["twin_cities"])
            city_de, city_en = twin_city.city.name_de, twin_city.city.name_en
            candidates = by_twin_city.get(twin_city.pk, [])
        elif roll < 0.8:
            partnership = bulk.rng.choice(bulk.created["project_partnerships"])
            city_de, city_en = partners[partnership.pk]
            candidates = by_partnership.get(partnership.pk, [])
        else:
            city_de, city_en = "Dortmund", "Dortmund"
            candidates = []
        start = bulk.rng.choice([None, *range(2000, this_year + 1)])
        language_de, language_en = bulk.rng.choice(LANGUAGES)
        values = {
            "city_de": city_de,
            "city_en": city_en,
            "year": start or this_year,
            "language_de": language_de,
            "language_en": language_en,
            **topic_values(bulk),
        }
        if twin_city or partnership:
            kind, title_de, title_en = bulk.rng.choice(PROGRAMME_TITLES)
            teaser_de, teaser_en = bulk.rng.choice(PROGRAMME_TEASERS)
        else:
            kind = ProgrammeKind.ADMINISTRATION
            title_de, title_en = bulk.rng.choice(OWN_PROGRAMME_TITLES)
            teaser_de, teaser_en = bulk.rng.choice(OWN_PROGRAMME_TEASERS)
        title_de, title_en = title_de.format(**values), title_en.format(**values)
        teaser_de, teaser_en = teaser_de.format(**values), teaser_en.format(**values)
        report_de, report_en = bulk.paragraphs(
            REPORT_SENTENCES, count=bulk.rng.randint(1, 3), sentences=3, **values
        )
        reported = start is not None and start < this_year and bulk.rng.random() < 0.8
        end = None
        if start and bulk.rng.random() < 0.5:
            end = bulk.rng.randint(start, min(start + 3, this_year + 1))
        translated = bulk.translated()
        records.append(
            ExchangeProgramme(
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=bulk.unique_slug(ExchangeProgramme, title_en),
                kind=kind,
                twin_city=twin_city,
                project_partnership=partnership,
                start_year=start,
                end_year=end,
                participants=bulk.rng.randint(8, 120) if bulk.rng.random() < 0.6 else None,
                teaser_de=teaser_de,
                teaser_en=teaser_en if translated else "",
                report_de=report_de if reported else "",
                report_en=report_en if reported and translated else "",
                **publication(bulk, number % PROGRAMMES == 0),
            )
        )
        if candidates:
            chosen = bulk.rng.sample(candidates, k=min(len(candidates), bulk.rng.randint(1, 2)))
            organisers.append([organisations_by_pk[pk] for pk in chosen])
        else:
            organisers.append(some(bulk, "organisations", 1))
    created = bulk.create("programmes", ExchangeProgramme, records)
    bulk.link(
        "programme_organisations",
        ExchangeProgramme.organisations,
        zip(created, organisers, strict=True),
    )


def funding_calls(bulk):
    """Calls with a deadline: the first two of each unit of scale (so far every call) are
    public, one still open and one closed, so that neither the open list nor the archive
    is empty at any scale, nor skips the queries of its relations."""
    today = timezone.localdate(bulk.now)
    records, twin_cities, topics = [], [], []
    for number in range(bulk.count(FUNDING_CALLS)):
        anchor = number % FUNDING_CALLS
        days = {0: (7, 200), 1: (-400, -1)}.get(anchor, (-500, 300))
        deadline = today + timedelta(days=bulk.rng.randint(*days))
        chosen_topics = bulk.rng.sample(bulk.created["topics"], k=bulk.rng.randint(0, 2))
        values = {"year": deadline.year, **topic_values(bulk)}
        if chosen_topics:
            topic = chosen_topics[0]
            values.update(
                topic_de=topic.name_de,
                topic_en=topic.name_en,
                topic_en_lower=topic.name_en[0].lower() + topic.name_en[1:],
            )
        title_de, title_en = (t.format(**values) for t in bulk.rng.choice(FUNDING_TITLES))
        teaser_de, teaser_en = (t.format(**values) for t in bulk.rng.choice(FUNDING_SENTENCES))
        description_de, description_en = bulk.paragraphs(
            FUNDING_SENTENCES, count=bulk.rng.randint(1, 2), sentences=2, **values
        )
        described = bulk.rng.random() < 0.8
        funder_de, funder_en = bulk.rng.choice(FUNDERS)
        eligible_de, eligible_en = bulk.rng.choice(ELIGIBLE)
        slug = bulk.unique_slug(FundingCall, f"{title_en} {deadline:%Y-%m}")
        translated = bulk.translated()
        records.append(
            FundingCall(
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=slug,
                funder_de=funder_de,
                funder_en=funder_en if translated else "",
                eligible_de=eligible_de,
                eligible_en=eligible_en if translated else "",
                deadline=deadline,
                url=f"https://{slug[:60]}.example/",
                teaser_de=teaser_de,
                teaser_en=teaser_en if translated else "",
                description_de=description_de if described else "",
                description_en=description_en if described and translated else "",
                **publication(bulk, anchor < 2),
            )
        )
        twin_cities.append(some(bulk, "twin_cities", 2))
        topics.append(chosen_topics)
    created = bulk.create("funding_calls", FundingCall, records)
    bulk.link(
        "funding_call_twin_cities", FundingCall.twin_cities, zip(created, twin_cities, strict=True)
    )
    bulk.link("funding_call_topics", FundingCall.topics, zip(created, topics, strict=True))


STEPS = [organisations, programmes, funding_calls]
