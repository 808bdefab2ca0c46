"""City networks (networks)."""

from datetime import date
from decimal import Decimal

from networks.models import Network, NetworkLevel, NetworkRole

from .sdg import pillar, some_goals

# Per unit of scale, as in the demo content.
NETWORKS = 7

NAMES = [
    ("Städtenetzwerk {topic_de}", "{topic_en} Cities Network"),
    ("Bündnis für {topic_de}", "Alliance for {topic_en_lower}"),
    ("Europäisches Forum {topic_de}", "European Forum on {topic_en_lower}"),
    ("Kommunale Plattform {topic_de}", "Municipal Platform for {topic_en_lower}"),
]
SENTENCES = [
    (
        "Im Netzwerk tauschen Städte ihre Erfahrungen mit {topic_de} aus.",
        "In the network cities share their experience of {topic_en_lower}.",
    ),
    (
        "Dortmund ist seit {since} dabei und bringt Beispiele aus dem Ruhrgebiet ein.",
        "Dortmund has taken part since {since} and contributes examples from the Ruhr.",
    ),
    (
        "Jährliche Konferenzen bringen Fachleute aus Verwaltung und Politik zusammen.",
        "Annual conferences bring together experts from administration and politics.",
    ),
    (
        "Arbeitsgruppen erarbeiten Empfehlungen für die europäische Ebene.",
        "Working groups draw up recommendations for the European level.",
    ),
    (
        "Mitgliedsstädte erhalten Zugang zu Förderprogrammen und Studien.",
        "Member cities gain access to funding programmes and studies.",
    ),
]


def acronym(name):
    letters = "".join(word[0] for word in name.split() if word[0].isupper())
    return letters if len(letters) > 1 else ""


def networks(bulk):
    records, topics = [], []
    for _ in range(bulk.count(NETWORKS)):
        chosen_topics = bulk.rng.sample(bulk.created["topics"], k=bulk.rng.randint(1, 3))
        topic = chosen_topics[0]
        since = bulk.rng.choice([None, *range(1960, 2026)])
        values = {
            "topic_de": topic.name_de,
            "topic_en": topic.name_en,
            "topic_en_lower": topic.name_en[0].lower() + topic.name_en[1:],
            "since": since or 2000,
        }
        name_de, name_en = (text.format(**values) for text in bulk.rng.choice(NAMES))
        description_de, description_en = bulk.paragraphs(
            SENTENCES, count=bulk.rng.randint(1, 3), sentences=3, **values
        )
        translated = bulk.translated()
        slug = bulk.unique_slug(Network, name_en)
        records.append(
            Network(
                name_de=name_de,
                name_en=name_en if translated else "",
                acronym_de=acronym(name_de) if bulk.rng.random() < 0.5 else "",
                acronym_en=acronym(name_en) if translated else "",
                slug=slug,
                level=bulk.rng.choice(NetworkLevel.values),
                role=bulk.rng.choice([*NetworkRole.values, ""]),
                member_since=since,
                website=f"https://{slug}.example/",
                teaser_de=description_de.split("\n")[0][:300],
                teaser_en=description_en.split("\n")[0][:300] if translated else "",
                description_de=description_de,
                description_en=description_en if translated else "",
                logo=bulk.image() if bulk.rng.random() < 0.6 else None,
                pillar=pillar(bulk),
                representatives="Oberbürgermeister; Leitung des Büros",
                working_groups="Klima; Kultur",
                annual_fee=Decimal(bulk.rng.randint(5, 300) * 100),
                renewal_date=date(2026 + bulk.rng.randint(0, 3), bulk.rng.randint(1, 12), 1),
                reports_due="Jahresbericht im März",
                **bulk.publication(),
            )
        )
        topics.append(chosen_topics)
    created = bulk.create("networks", Network, records)
    bulk.link("network_topics", Network.topics, zip(created, topics, strict=True))
    bulk.link(
        "network_goals",
        Network.goals,
        [(n, some_goals(bulk, 0, 3, flagship=i % NETWORKS == 0)) for i, n in enumerate(created)],
    )


STEPS = [networks]
