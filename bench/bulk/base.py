"""Images and topics, the shared base's records (ina_portal/base)."""

import io

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image as PillowImage
from PIL import ImageDraw

from ina_portal.base.models import Image, Topic
from ina_portal.base.renditions import rendition_name, renditions_create

# --- Images: a handful of pictures, copied for each Image record.

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


def images(bulk):
    """One Image record per twin city (9), project partnership (5) and network (7) of the
    demo, each with files of its own: a copy of one of a few pictures, and of its renditions.

    Image.save() deletes the renditions of a file it replaces: a file that two records
    showed would lose them for both.
    """
    pictures = [picture(bulk.rng) for _ in range(IMAGE_FILES)]
    renditions_of = {}  # {picture: {width: content}}, made once, then copied
    width, height = IMAGE_SIZE
    records = []
    for number in range(bulk.count(21)):
        alt_de, alt_en = bulk.rng.choice(IMAGE_SUBJECTS)
        chosen = bulk.rng.randrange(IMAGE_FILES)
        name = default_storage.save(
            f"images/bulk/image-{bulk.seed}-{number}.jpg", ContentFile(pictures[chosen])
        )
        if chosen in renditions_of:
            renditions = {
                size: default_storage.save(rendition_name(name, int(size)), ContentFile(data))
                for size, data in renditions_of[chosen].items()
            }
        else:
            renditions = renditions_create(name=name, storage=default_storage)
            renditions_of[chosen] = {
                size: file_content(stored) for size, stored in renditions.items()
            }
        records.append(
            Image(
                file=name,
                width=width,
                height=height,
                renditions=renditions,
                alt_text_de=alt_de,
                alt_text_en=alt_en if bulk.translated() else "",
                credit=bulk.rng.choice(CREDITS),
            )
        )
    bulk.create("images", Image, records)


def file_content(name):
    with default_storage.open(name) as file:
        return file.read()


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


STEPS = [images, topics]
