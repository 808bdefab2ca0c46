"""Synthetic content for benchmarks: N times the demo content, the same for the same seed.

`generate_bulk_data` runs the steps listed in its STEPS one after another; each step is
a function of a BulkContent that bulk-creates one kind of record and leaves what later
steps need in `bulk.created`. The shared steps (images, topics) live here, each app's
steps in its own `bulk_data.py`.
"""

import io
import itertools
import random
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw

from .models import Image, PublicationStatus, Topic

DRAFT_SHARE = 0.08
SCHEDULED_SHARE = 0.03
ENGLISH_MISSING_SHARE = 0.15


@dataclass
class BulkContent:
    """State shared by the steps of one run: scale, random source, records so far."""

    scale: int
    seed: int
    rng: random.Random = field(init=False)
    now: object = field(default_factory=timezone.now)
    created: dict = field(default_factory=dict)
    _slugs: dict = field(default_factory=dict)
    _images: object = None

    def __post_init__(self):
        self.rng = random.Random(self.seed)

    def count(self, per_demo):
        """How many records to make of a kind the demo content has `per_demo` of."""
        return per_demo * self.scale

    def create(self, name, model, objects):
        """Bulk-create `objects`, keep them under `name` for later steps, return them."""
        self.created[name] = model.objects.bulk_create(objects)
        return self.created[name]

    def link(self, name, relation, pairs):
        """Bulk-create the rows of a many-to-many relation such as `TwinCity.goals`.

        `pairs` holds (record, related records) tuples.
        """
        through, field = relation.through, relation.field
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = [
            through(**{source: record.pk, target: other.pk})
            for record, others in pairs
            for other in others
        ]
        return self.create(name, through, rows)

    def image(self):
        """The next Image record for a record that shows one."""
        if self._images is None:
            self._images = itertools.cycle(self.created["images"])
        return next(self._images)

    def publication(self):
        """Publication fields of one record: mostly public, some drafts, some scheduled."""
        roll = self.rng.random()
        draft = roll < DRAFT_SHARE
        status = PublicationStatus.DRAFT if draft else PublicationStatus.PUBLISHED
        if roll > 1 - SCHEDULED_SHARE:
            publish_at = self.now + timedelta(days=self.rng.randint(1, 60))
        else:
            publish_at = self.now - timedelta(minutes=self.rng.randint(60, 6 * 365 * 24 * 60))
        return {"publication_status": status, "publish_at": publish_at}

    def translated(self):
        """Whether a record has its English texts: a share of them is German only."""
        return self.rng.random() >= ENGLISH_MISSING_SHARE

    def unique_slug(self, model, text):
        """A slug from `text` that no record of `model` has, in the database or this run."""
        taken = self._slugs.get(model)
        if taken is None:
            taken = self._slugs[model] = set(model.objects.values_list("slug", flat=True))
        base = slugify(text.replace("–", " "))[:90] or "item"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        return slug

    def paragraphs(self, pool, count, sentences, **values):
        """German and English text of `count` paragraphs drawn from `pool` of (de, en)."""
        german, english = [], []
        for _ in range(count):
            chosen = self.rng.sample(pool, k=min(sentences, len(pool)))
            german.append(" ".join(de.format(**values) for de, _en in chosen))
            english.append(" ".join(en.format(**values) for _de, en in chosen))
        return "\n\n".join(german), "\n\n".join(english)


# --- Images: a handful of real files, shared by many Image records.

IMAGE_FILES = 6
IMAGE_SIZE = (960, 540)

# (alt text DE, alt text EN)
IMAGE_SUBJECTS = [
    ("Blick über die Dächer der Altstadt am Abend", "View over the roofs of the old town at dusk"),
    ("Delegation vor dem Rathaus", "Delegation in front of the town hall"),
    ("Jugendliche bei einer Begegnung im Park", "Young people meeting in a park"),
    ("Eintrag in das Goldene Buch der Stadt", "Signing the city's Golden Book"),
    ("Solaranlage auf dem Dach einer Schule", "Solar panels on a school roof"),
    ("Markt mit fair gehandelten Waren", "Market stall with fairly traded goods"),
    ("Straßenbahn in der Innenstadt", "Tram in the city centre"),
    ("Workshop mit Fachleuten aus beiden Städten", "Workshop with experts from both cities"),
]
CREDITS = [
    "Stadt Dortmund / Roland Gorecki",
    "Stadt Dortmund / Anja Kador",
    "CC BY-SA 4.0 / Partnerstadt",
    "Büro für Internationale Beziehungen",
    "CC BY 4.0 / Lena Hoffmann",
]


def picture(rng):
    """A small JPEG: a sky gradient over a skyline, different for every draw."""
    width, height = IMAGE_SIZE
    image = PillowImage.new("RGB", IMAGE_SIZE)
    draw = ImageDraw.Draw(image)
    top = [rng.randint(40, 200) for _ in range(3)]
    bottom = [rng.randint(150, 255) for _ in range(3)]
    for y in range(height):
        share = y / height
        colour = tuple(int(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    x = 0
    while x < width:
        building = rng.randint(30, 110)
        draw.rectangle(
            [x, height - rng.randint(80, 360), x + building, height],
            fill=tuple(rng.randint(20, 90) for _ in range(3)),
        )
        x += building + rng.randint(0, 12)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=70, optimize=True)
    return output.getvalue()


def image_files(bulk):
    """Write the shared picture files once; return their storage names."""
    names = []
    for number in range(IMAGE_FILES):
        name = f"images/bulk/picture-{bulk.seed}-{number}.jpg"
        content = picture(bulk.rng)
        if not default_storage.exists(name):
            default_storage.save(name, ContentFile(content))
        names.append(name)
    return names


def images(bulk):
    """One Image record per twin city (9), project partnership (5) and network (7) of the demo."""
    files = image_files(bulk)
    width, height = IMAGE_SIZE
    records = []
    for _ in range(bulk.count(21)):
        alt_de, alt_en = bulk.rng.choice(IMAGE_SUBJECTS)
        records.append(
            Image(
                file=bulk.rng.choice(files),
                width=width,
                height=height,
                alt_text_de=alt_de,
                alt_text_en=alt_en if bulk.translated() else "",
                credit=bulk.rng.choice(CREDITS),
            )
        )
    bulk.create("images", Image, records)


# --- Topics

# (DE, EN)
TOPIC_AREAS = [
    ("Klimaschutz", "Climate protection"),
    ("Klimaanpassung", "Climate adaptation"),
    ("Innovation", "Innovation"),
    ("Digitalisierung", "Digitalisation"),
    ("Daseinsvorsorge", "Public services"),
    ("Mobilität", "Mobility"),
    ("Ernährungspolitik", "Food policy"),
    ("Energie", "Energy"),
    ("Wirtschaft", "Economy"),
    ("Wasserwirtschaft", "Water management"),
    ("Abfallwirtschaft", "Waste management"),
    ("Bildung", "Education"),
    ("Jugendaustausch", "Youth exchange"),
    ("Kultur", "Culture"),
    ("Sport", "Sport"),
    ("Gesundheit", "Health"),
    ("Stadtentwicklung", "Urban development"),
    ("Fairer Handel", "Fair trade"),
    ("Migration", "Migration"),
    ("Erinnerungskultur", "Remembrance"),
]
TOPIC_ASPECTS = [
    ("{}", "{}"),
    ("{} im Quartier", "{} in neighbourhoods"),
    ("{} in der Verwaltung", "{} in public administration"),
    ("{} an Schulen", "{} in schools"),
    ("{} und Beteiligung", "{} and participation"),
    ("Forschung: {}", "Research: {}"),
]


def topics(bulk):
    """Fourteen topics per unit of scale, as in the demo content."""
    combinations = [
        (aspect_de.format(area_de), aspect_en.format(area_en))
        for aspect_de, aspect_en in TOPIC_ASPECTS
        for area_de, area_en in TOPIC_AREAS
    ]
    records = []
    for number in range(bulk.count(14)):
        de, en = combinations[number % len(combinations)]
        round_ = number // len(combinations)
        if round_:
            de, en = f"{de} {round_ + 1}", f"{en} {round_ + 1}"
        records.append(Topic(name_de=de, name_en=en, slug=bulk.unique_slug(Topic, en)))
    bulk.create("topics", Topic, records)
