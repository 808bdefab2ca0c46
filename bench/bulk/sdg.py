"""Local targets and SDG activities (sdg); the goals the other apps' records serve."""

from sdg.models import ActivityStatus, Goal, LocalTarget, Pillar, SdgActivity

# Per unit of scale. The demo content has four activities and no local targets yet; one
# target per goal stands in for the targets the city is drawing up.
ACTIVITIES = 4
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


STEPS = [local_targets, activities]
