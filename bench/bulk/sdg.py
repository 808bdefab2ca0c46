"""Local targets, indicators with their yearly values and SDG activities (sdg); the goals
the other apps' records serve."""

from decimal import Decimal

from django.utils import timezone

from sdg.models import (
    ActivityStatus,
    Direction,
    Goal,
    Indicator,
    LocalTarget,
    Observation,
    Pillar,
    SdgActivity,
)

# Per unit of scale. The demo content has four activities, seven indicators and five local
# targets; one target per goal gives every goal page targets of its own.
ACTIVITIES = 4
INDICATORS = 7
TARGETS_PER_GOAL = 1

TARGET_TITLES = [
    (
        "Bis {year} sinken die Emissionen der Stadtverwaltung um {share} Prozent.",
        "By {year} the city administration's emissions fall by {share} per cent.",
    ),
    (
        "Bis {year} kaufen {share} Prozent der städtischen Stellen fair gehandelte Waren.",
        "By {year} {share} per cent of municipal offices buy fairly traded goods.",
    ),
    (
        "Bis {year} nehmen {share} Prozent der Schulen an einer Städtepartnerschaft teil.",
        "By {year} {share} per cent of schools take part in a town twinning.",
    ),
    (
        "Bis {year} erreichen {share} Prozent der Haushalte eine Grünfläche zu Fuß.",
        "By {year} {share} per cent of households can walk to a green space.",
    ),
]
# (goal, title DE, title EN, unit DE, unit EN, definition DE, definition EN, lowest and
# highest first value, decimal places, direction, whether it may be broken down by
# district). The first two
# are the flagship goal's: the anchors of each unit of scale.
INDICATOR_SUBJECTS = [
    (
        13,
        "Treibhausgasemissionen je Einwohnerin und Einwohner",
        "Greenhouse gas emissions per inhabitant",
        "t CO₂-Äquivalent",
        "t CO₂ equivalent",
        "Energiebedingte Treibhausgasemissionen im Stadtgebiet geteilt durch die Zahl der "
        "Einwohnerinnen und Einwohner.",
        "Energy-related greenhouse gas emissions in the city area divided by the number of "
        "inhabitants.",
        (6, 10),
        1,
        Direction.DOWN,
        False,
    ),
    (
        13,
        "Energieverbrauch der städtischen Gebäude",
        "Energy use of municipal buildings",
        "GWh",
        "GWh",
        "Strom und Wärme, die Schulen, Verwaltungsgebäude und Bäder der Stadt im Jahr verbrauchen.",
        "Electricity and heat used in a year by the city's schools, offices and swimming pools.",
        (150, 250),
        0,
        Direction.DOWN,
        False,
    ),
    (
        7,
        "Anteil erneuerbarer Energien am Stromverbrauch",
        "Share of renewable energy in electricity use",
        "%",
        "%",
        "Im Stadtgebiet erzeugter Strom aus Sonne, Wind, Biomasse und Wasser im Verhältnis zum "
        "Stromverbrauch der Stadt.",
        "Electricity generated in the city area from sun, wind, biomass and water, relative to "
        "the city's electricity use.",
        (5, 15),
        1,
        Direction.UP,
        False,
    ),
    (
        12,
        "Anteil fair gehandelter Produkte in der städtischen Verpflegung",
        "Share of fair-trade products in the city's catering",
        "%",
        "%",
        "Anteil fair gehandelter Produkte an den Ausgaben für Kaffee, Tee, Kakao und Süßwaren "
        "in Kantinen und bei Empfängen der Stadtverwaltung.",
        "Fair-trade products as a share of what the city administration spends on coffee, tea, "
        "cocoa and sweets in its canteens and at receptions.",
        (10, 35),
        0,
        Direction.UP,
        False,
    ),
    (
        12,
        "Restabfall je Einwohnerin und Einwohner",
        "Residual waste per inhabitant",
        "kg je Jahr",
        "kg a year",
        "Restabfall aus Haushalten, den die Entsorgung Dortmund im Jahr einsammelt, geteilt "
        "durch die Zahl der Einwohnerinnen und Einwohner.",
        "Residual household waste collected in a year, divided by the number of inhabitants.",
        (150, 220),
        0,
        Direction.DOWN,
        True,
    ),
    (
        1,
        "Kinder in Familien mit Grundsicherung",
        "Children in families on basic income support",
        "% der Kinder unter 15 Jahren",
        "% of children under 15",
        "Anteil der Kinder unter 15 Jahren, die in Bedarfsgemeinschaften mit Leistungen der "
        "Grundsicherung leben.",
        "Share of children under 15 who live in households receiving basic income support.",
        (20, 35),
        1,
        Direction.DOWN,
        True,
    ),
    (
        4,
        "Teilnahmen an Bildungsangeboten für nachhaltige Entwicklung",
        "Participants in education for sustainable development",
        "Teilnahmen je Jahr",
        "participants a year",
        "Teilnahmen an Veranstaltungen, Workshops und Führungen zu nachhaltiger Entwicklung, die "
        "die Stadt anbietet oder fördert.",
        "Participants in events, workshops and guided tours on sustainable development that the "
        "city offers or supports.",
        (8000, 25000),
        0,
        Direction.UP,
        False,
    ),
    (
        17,
        "Gemeinsame Projekte mit Partnerkommunen im Globalen Süden",
        "Joint projects with partner municipalities in the Global South",
        "laufende Projekte",
        "running projects",
        "Projekte, die die Stadt mit Partnerkommunen in Afrika, Asien und Lateinamerika "
        "gemeinsam durchführt.",
        "Projects the city carries out together with partner municipalities in Africa, Asia and "
        "Latin America.",
        (2, 10),
        0,
        Direction.UP,
        False,
    ),
    (
        11,
        "Fahrten mit Bus und Bahn je Einwohnerin und Einwohner",
        "Bus and tram journeys per inhabitant",
        "Fahrten je Jahr",
        "journeys a year",
        "Fahrgäste im öffentlichen Nahverkehr der Stadt im Jahr, geteilt durch die Zahl der "
        "Einwohnerinnen und Einwohner.",
        "Passengers of the city's public transport in a year, divided by the number of "
        "inhabitants.",
        (120, 200),
        0,
        Direction.UP,
        False,
    ),
    (
        11,
        "Öffentliche Grünfläche je Einwohnerin und Einwohner",
        "Public green space per inhabitant",
        "m²",
        "m²",
        "Parks, Grünanlagen und Friedhöfe geteilt durch die Zahl der Einwohnerinnen und Einwohner.",
        "Parks, green spaces and cemeteries divided by the number of inhabitants.",
        (30, 60),
        1,
        Direction.UP,
        True,
    ),
    (
        3,
        "Tage mit Überschreitung des Feinstaub-Grenzwerts",
        "Days above the fine-dust limit",
        "Tage je Jahr",
        "days a year",
        "Tage, an denen an einer Messstelle im Stadtgebiet mehr als 50 µg/m³ Feinstaub (PM10) "
        "gemessen wurden.",
        "Days on which a monitoring station in the city measured more than 50 µg/m³ of fine "
        "dust (PM10).",
        (5, 30),
        0,
        Direction.DOWN,
        False,
    ),
    (
        8,
        "Arbeitslosenquote",
        "Unemployment rate",
        "%",
        "%",
        "Arbeitslose im Verhältnis zu allen zivilen Erwerbspersonen im Jahresdurchschnitt.",
        "The unemployed relative to the whole civilian labour force, as an annual average.",
        (8, 13),
        1,
        Direction.DOWN,
        True,
    ),
    (
        5,
        "Frauenanteil in Führungspositionen der Stadtverwaltung",
        "Share of women in leading positions of the city administration",
        "%",
        "%",
        "Frauen unter den Beschäftigten der Stadtverwaltung mit Leitungsaufgaben.",
        "Women among the city administration's staff with management duties.",
        (30, 45),
        0,
        Direction.UP,
        False,
    ),
    (
        6,
        "Wasserverbrauch je Einwohnerin und Einwohner",
        "Water use per inhabitant",
        "Liter je Tag",
        "litres a day",
        "Trinkwasser, das die Haushalte im Stadtgebiet im Jahr beziehen, je Einwohnerin und "
        "Einwohner und Tag.",
        "Drinking water supplied to the city's households in a year, per inhabitant and day.",
        (110, 140),
        0,
        Direction.DOWN,
        False,
    ),
]
INDICATOR_SOURCES = [
    ("Dortmunder Statistik", "Dortmund statistics office", "https://statistik.dortmund.example/"),
    ("Umweltamt der Stadt Dortmund", "Environmental Office of the City of Dortmund", ""),
    ("IT.NRW, Landesdatenbank", "IT.NRW, state database", "https://landesdatenbank.example/"),
    ("Koordinierungsstelle Nachhaltigkeit", "Sustainability coordination unit", ""),
]
# The twelve districts of Dortmund: the breakdowns of a series.
DISTRICTS = [
    "Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst", "Brackel",
    "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede",
]  # fmt: skip
PANDEMIC_NOTE = ("Corona-Pandemie", "COVID-19 pandemic")
PROVISIONAL_NOTE = ("vorläufiger Wert", "provisional value")

ACTIVITY_TITLES = [
    ("{topic_de} in Dortmund", "{topic_en} in Dortmund"),
    ("Aktionstag {topic_de}", "{topic_en} action day"),
    ("Programm {topic_de} {year}", "{topic_en} programme {year}"),
]
ACTIVITY_SENTENCES = [
    (
        "Die Stadt bringt Verwaltung, Vereine und Unternehmen zum Thema {topic_de} zusammen.",
        "The city brings administration, clubs and businesses together on {topic_en_lower}.",
    ),
    (
        "Seit {year} zeigen Aktionen in den Stadtbezirken, was jede und jeder beitragen kann.",
        "Since {year} events in the city's districts have shown what everyone can do.",
    ),
    (
        "Ein Bericht macht die Fortschritte jedes Jahr öffentlich.",
        "A report makes the progress public every year.",
    ),
    (
        "Schulen und Kitas erhalten Material für den Unterricht.",
        "Schools and nurseries receive material for their lessons.",
    ),
    (
        "Die Ergebnisse fließen in den Nachhaltigkeitsbericht der Stadt ein.",
        "The results feed into the city's sustainability report.",
    ),
]
LEAD_UNITS = [
    ("Büro für Internationale Beziehungen", "Office for International Relations"),
    ("Koordinierungsstelle Nachhaltigkeit", "Sustainability coordination unit"),
    ("Umweltamt", "Environmental Office"),
    ("", ""),
]


# Climate action, the office's main theme: the first record of each kind in every unit
# of scale serves it, so its goal page shows every kind of record at any scale.
FLAGSHIP_GOAL = 13


def goals(bulk):
    """The 17 goals: reference data from a migration, there before any step runs."""
    if "goals" not in bulk.loaded:
        bulk.loaded["goals"] = list(Goal.objects.order_by("number"))
    return bulk.loaded["goals"]


def some_goals(bulk, least, most, *, flagship=False):
    """Between `least` and `most` of the 17 goals at random, with the flagship goal if asked."""
    chosen = bulk.rng.sample(goals(bulk), k=bulk.rng.randint(least, most))
    if flagship and all(goal.number != FLAGSHIP_GOAL for goal in chosen):
        chosen.append(next(g for g in goals(bulk) if g.number == FLAGSHIP_GOAL))
    return chosen


def pillar(bulk):
    """One of the four pillars of the sustainability strategy, or none."""
    return bulk.rng.choice([*Pillar.values, ""])


def local_targets(bulk):
    taken = set(LocalTarget.objects.values_list("code", flat=True))
    records = []
    for goal in goals(bulk):
        number = 0
        for _ in range(bulk.count(TARGETS_PER_GOAL)):
            number += 1
            while f"{goal.number}.{number}" in taken:
                number += 1
            code = f"{goal.number}.{number}"
            title_de, title_en = bulk.rng.choice(TARGET_TITLES)
            values = {"year": bulk.rng.randint(2026, 2045), "share": bulk.rng.randint(2, 9) * 10}
            records.append(
                LocalTarget(
                    goal=goal,
                    code=code,
                    # As LocalTarget.save() computes it; bulk_create does not call save().
                    sort_key=".".join(part.zfill(3) for part in code.split(".")),
                    title_de=title_de.format(**values),
                    title_en=title_en.format(**values) if bulk.translated() else "",
                )
            )
    bulk.create("local_targets", LocalTarget, records)


def series(bulk, *, low, high, decimals, last_year):
    """(year, value) of four to nine years, yearly or every other year up to last year or
    the year before, rising or falling a few per cent a step with a wobble; `decimals`
    places, as the Indicator shows them."""
    step = bulk.rng.choice([1, 1, 2])
    end = last_year - bulk.rng.randint(0, 1)
    years = range(end - step * (bulk.rng.randint(4, 9) - 1), end + 1, step)
    value = bulk.rng.uniform(low, high)
    trend = bulk.rng.uniform(-0.05, 0.05)
    values = []
    for year in years:
        values.append((year, value))
        value *= 1 + trend + bulk.rng.uniform(-0.02, 0.02)
    return [(year, Decimal(f"{value:.{decimals}f}")) for year, value in values]


def observations_of(bulk, indicator, totals, *, districts, decimals):
    """The Observations of an indicator: its totals and, if broken down, a series per
    district beside them; a note for the pandemic year and for a provisional last value."""
    translated = bool(indicator.title_en)
    rows = []
    for breakdown, factor in [("", 1), *((d, bulk.rng.uniform(0.5, 1.6)) for d in districts)]:
        for position, (year, value) in enumerate(totals):
            note_de, note_en = "", ""
            if year == 2020 and bulk.rng.random() < 0.5:
                note_de, note_en = PANDEMIC_NOTE
            elif position == len(totals) - 1 and bulk.rng.random() < 0.2:
                note_de, note_en = PROVISIONAL_NOTE
            rows.append(
                Observation(
                    indicator=indicator,
                    year=year,
                    breakdown=breakdown,
                    value=round(value * Decimal(f"{factor:.3f}"), decimals) if breakdown else value,
                    note_de=note_de,
                    note_en=note_en if translated else "",
                )
            )
    return rows


def target_of(bulk, totals, direction):
    """Target value and year for a local target measured by a series: a fifth to a half
    better than its latest value; whether the series heads there is left to chance."""
    latest = float(totals[-1][1])
    change = bulk.rng.uniform(0.2, 0.5)
    value = latest * (1 - change) if direction == Direction.DOWN else latest * (1 + change)
    return Decimal(f"{value:.1f}"), bulk.rng.randint(2030, 2045)


def indicators(bulk):
    """Indicators with a yearly series each, some broken down by district, most of them
    measuring a local target of their goal (the first indicator of a target sets the
    target's value and year, in its unit).

    The first two of each unit of scale are public and on the flagship goal, the first
    measuring one of its local targets (while one is free), the second none, so that its
    goal page shows indicators in both places at any scale.
    """
    by_number = {goal.number: goal for goal in goals(bulk)}
    free_targets = {}  # {goal pk: [targets of this run no indicator measures yet]}
    for target in bulk.created["local_targets"]:
        free_targets.setdefault(target.goal_id, []).append(target)
    last_year = timezone.localdate(bulk.now).year - 1
    records, values, measured = [], [], []
    for number in range(bulk.count(INDICATORS)):
        anchor = number % INDICATORS
        subject = INDICATOR_SUBJECTS[anchor] if anchor < 2 else None
        subject = subject or bulk.rng.choice(INDICATOR_SUBJECTS)
        (
            goal_number,
            title_de,
            title_en,
            unit_de,
            unit_en,
            definition_de,
            definition_en,
            (low, high),
            decimals,
            direction,
            by_district,
        ) = subject
        goal = by_number[goal_number]
        target = None
        if anchor == 0 or (anchor > 1 and bulk.rng.random() < 0.85):
            candidates = free_targets.get(goal.pk, [])
            if candidates:
                target = candidates.pop(bulk.rng.randrange(len(candidates)))
        publication = bulk.publication()
        if anchor < 2:
            publication.update(publication_status="published", publish_at=bulk.now)
        source_de, source_en, source_url = bulk.rng.choice(INDICATOR_SOURCES)
        translated = bulk.translated()
        indicator = Indicator(
            title_de=title_de,
            title_en=title_en if translated else "",
            slug=bulk.unique_slug(Indicator, title_en),
            unit_de=unit_de,
            unit_en=unit_en if translated else "",
            definition_de=definition_de,
            definition_en=definition_en if translated else "",
            source_de=source_de,
            source_en=source_en if translated else "",
            source_url=source_url,
            goal=goal,
            local_target=target,
            decimals=decimals,
            # Made up, as the demo's are: the page says so.
            example_values=True,
            **publication,
        )
        totals = series(bulk, low=low, high=high, decimals=decimals, last_year=last_year)
        districts = []
        if by_district and bulk.rng.random() < 0.5:
            districts = bulk.rng.sample(DISTRICTS, k=bulk.rng.randint(2, 3))
        records.append(indicator)
        values.append((totals, districts, decimals))
        if target:
            target.target_value, target.target_year = target_of(bulk, totals, direction)
            target.direction = direction
            measured.append(target)
    created = bulk.create("indicators", Indicator, records)
    bulk.create(
        "observations",
        Observation,
        [
            row
            for indicator, (totals, districts, decimals) in zip(created, values, strict=True)
            for row in observations_of(
                bulk, indicator, totals, districts=districts, decimals=decimals
            )
        ],
    )
    LocalTarget.objects.bulk_update(measured, ["target_value", "target_year", "direction"])


def activities(bulk):
    records = []
    for _ in range(bulk.count(ACTIVITIES)):
        topic = bulk.rng.choice(bulk.created["topics"])
        start = bulk.rng.randint(2010, 2026)
        status = bulk.rng.choice(ActivityStatus.values)
        values = {
            "topic_de": topic.name_de,
            "topic_en": topic.name_en,
            "topic_en_lower": topic.name_en[0].lower() + topic.name_en[1:],
            "year": start,
        }
        title_de, title_en = (text.format(**values) for text in bulk.rng.choice(ACTIVITY_TITLES))
        description_de, description_en = bulk.paragraphs(
            ACTIVITY_SENTENCES, count=bulk.rng.randint(1, 3), sentences=3, **values
        )
        lead_de, lead_en = bulk.rng.choice(LEAD_UNITS)
        translated = bulk.translated()
        slug = bulk.unique_slug(SdgActivity, title_en)
        records.append(
            SdgActivity(
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=slug,
                teaser_de=description_de.split("\n")[0][:300],
                teaser_en=description_en.split("\n")[0][:300] if translated else "",
                description_de=description_de,
                description_en=description_en if translated else "",
                pillar=pillar(bulk),
                lead_unit_de=lead_de,
                lead_unit_en=lead_en if translated else "",
                status=status,
                start_year=start,
                end_year=bulk.rng.randint(start, 2027) if status == "completed" else None,
                link=f"https://{slug}.example/" if bulk.rng.random() < 0.3 else "",
                **bulk.publication(),
            )
        )
    created = bulk.create("sdg_activities", SdgActivity, records)
    bulk.link(
        "sdg_activity_goals",
        SdgActivity.goals,
        [(a, some_goals(bulk, 1, 3, flagship=i % ACTIVITIES == 0)) for i, a in enumerate(created)],
    )


STEPS = [local_targets, indicators, activities]
