"""News items (ina_portal/features/news)."""

from datetime import timedelta

from ina_portal.features.news.models import NewsItem

from .events import some, text_values
from .sdg import some_goals

# Per unit of scale: as many as the demo content has.
NEWS = 3

NEWS_TITLES = [
    ("Austausch mit {city_de} zum Thema {topic_de}", "Exchange with {city_en} on {topic_en_lower}"),
    ("Neues Projekt: {topic_de}", "New project: {topic_en}"),
    ("Gäste aus {city_de} im Rathaus", "Guests from {city_en} at the town hall"),
    ("Konferenz zum Thema {topic_de}", "Conference on {topic_en_lower}"),
]
NEWS_SENTENCES = [
    (
        "Fachleute aus Dortmund und {city_de} trafen sich zum Thema {topic_de}.",
        "Experts from Dortmund and {city_en} met to talk about {topic_en_lower}.",
    ),
    (
        "Das Büro für Internationale Beziehungen hatte das Treffen vorbereitet.",
        "The Office for International Relations had prepared the meeting.",
    ),
    (
        "Beide Seiten wollen ihre Zusammenarbeit im nächsten Jahr fortsetzen.",
        "Both sides want to continue their cooperation next year.",
    ),
    (
        "Schulen und Vereine waren eingeladen, sich zu beteiligen.",
        "Schools and clubs were invited to take part.",
    ),
]


def news(bulk):
    """News of the last years; the first of each unit of scale is public and recent."""
    records, relations = [], []
    for number in range(bulk.count(NEWS)):
        values = text_values(bulk)
        title_de, title_en = (text.format(**values) for text in bulk.rng.choice(NEWS_TITLES))
        body_de, body_en = bulk.paragraphs(NEWS_SENTENCES, count=2, sentences=2, **values)
        anchor = number % NEWS == 0
        publication = bulk.publication()
        if anchor:
            publication.update(
                publication_status="published",
                publish_at=bulk.now - timedelta(days=bulk.rng.randint(1, 60)),
            )
        translated = bulk.translated()
        records.append(
            NewsItem(
                title_de=title_de,
                title_en=title_en if translated else "",
                slug=bulk.unique_slug(NewsItem, title_en),
                teaser_de=body_de.split(". ")[0] + ".",
                teaser_en=body_en.split(". ")[0] + "." if translated else "",
                body_de=body_de,
                body_en=body_en if translated else "",
                image=bulk.image() if bulk.rng.random() < 0.5 else None,
                **publication,
            )
        )
        relations.append(
            (
                some(bulk, "twin_cities", 2),
                some(bulk, "project_partnerships", 1),
                some(bulk, "networks", 1),
                some_goals(bulk, 0, 3, flagship=anchor),
            )
        )
    created = bulk.create("news", NewsItem, records)
    for index, (relation, name) in enumerate(
        [
            (NewsItem.twin_cities, "news_twin_cities"),
            (NewsItem.project_partnerships, "news_project_partnerships"),
            (NewsItem.networks, "news_networks"),
            (NewsItem.goals, "news_goals"),
        ]
    ):
        pairs = [(item, related[index]) for item, related in zip(created, relations, strict=True)]
        bulk.link(name, relation, pairs)


STEPS = [news]
