"""The 17 Sustainable Development Goals as reference data.

Titles: the United Nations' official English short and long titles (A/RES/70/1) and
the official German ones used by the German federal government and Engagement Global
("Ziele für nachhaltige Entwicklung"). Colours: the UN's SDG communication guidelines.
Forwards is idempotent (update or create by number); backwards removes the goals.
"""

from django.db import migrations

# number, colour, (short DE, short EN), (long DE, long EN)
GOALS = [
    (
        1,
        "#E5243B",
        ("Keine Armut", "No Poverty"),
        (
            "Armut in allen ihren Formen und überall beenden",
            "End poverty in all its forms everywhere",
        ),
    ),
    (
        2,
        "#DDA63A",
        ("Kein Hunger", "Zero Hunger"),
        (
            "Den Hunger beenden, Ernährungssicherheit und eine bessere Ernährung erreichen "
            "und eine nachhaltige Landwirtschaft fördern",
            "End hunger, achieve food security and improved nutrition and promote "
            "sustainable agriculture",
        ),
    ),
    (
        3,
        "#4C9F38",
        ("Gesundheit und Wohlergehen", "Good Health and Well-being"),
        (
            "Ein gesundes Leben für alle Menschen jeden Alters gewährleisten und ihr "
            "Wohlergehen fördern",
            "Ensure healthy lives and promote well-being for all at all ages",
        ),
    ),
    (
        4,
        "#C5192D",
        ("Hochwertige Bildung", "Quality Education"),
        (
            "Inklusive, gleichberechtigte und hochwertige Bildung gewährleisten und "
            "Möglichkeiten lebenslangen Lernens für alle fördern",
            "Ensure inclusive and equitable quality education and promote lifelong "
            "learning opportunities for all",
        ),
    ),
    (
        5,
        "#FF3A21",
        ("Geschlechtergleichheit", "Gender Equality"),
        (
            "Geschlechtergleichstellung erreichen und alle Frauen und Mädchen zur "
            "Selbstbestimmung befähigen",
            "Achieve gender equality and empower all women and girls",
        ),
    ),
    (
        6,
        "#26BDE2",
        ("Sauberes Wasser und Sanitäreinrichtungen", "Clean Water and Sanitation"),
        (
            "Verfügbarkeit und nachhaltige Bewirtschaftung von Wasser und Sanitärversorgung "
            "für alle gewährleisten",
            "Ensure availability and sustainable management of water and sanitation for all",
        ),
    ),
    (
        7,
        "#FCC30B",
        ("Bezahlbare und saubere Energie", "Affordable and Clean Energy"),
        (
            "Zugang zu bezahlbarer, verlässlicher, nachhaltiger und moderner Energie für "
            "alle sichern",
            "Ensure access to affordable, reliable, sustainable and modern energy for all",
        ),
    ),
    (
        8,
        "#A21942",
        ("Menschenwürdige Arbeit und Wirtschaftswachstum", "Decent Work and Economic Growth"),
        (
            "Dauerhaftes, breitenwirksames und nachhaltiges Wirtschaftswachstum, produktive "
            "Vollbeschäftigung und menschenwürdige Arbeit für alle fördern",
            "Promote sustained, inclusive and sustainable economic growth, full and "
            "productive employment and decent work for all",
        ),
    ),
    (
        9,
        "#FD6925",
        ("Industrie, Innovation und Infrastruktur", "Industry, Innovation and Infrastructure"),
        (
            "Eine widerstandsfähige Infrastruktur aufbauen, breitenwirksame und nachhaltige "
            "Industrialisierung fördern und Innovationen unterstützen",
            "Build resilient infrastructure, promote inclusive and sustainable "
            "industrialization and foster innovation",
        ),
    ),
    (
        10,
        "#DD1367",
        ("Weniger Ungleichheiten", "Reduced Inequalities"),
        (
            "Ungleichheit in und zwischen Ländern verringern",
            "Reduce inequality within and among countries",
        ),
    ),
    (
        11,
        "#FD9D24",
        ("Nachhaltige Städte und Gemeinden", "Sustainable Cities and Communities"),
        (
            "Städte und Siedlungen inklusiv, sicher, widerstandsfähig und nachhaltig gestalten",
            "Make cities and human settlements inclusive, safe, resilient and sustainable",
        ),
    ),
    (
        12,
        "#BF8B2E",
        ("Nachhaltige/r Konsum und Produktion", "Responsible Consumption and Production"),
        (
            "Nachhaltige Konsum- und Produktionsmuster sicherstellen",
            "Ensure sustainable consumption and production patterns",
        ),
    ),
    (
        13,
        "#3F7E44",
        ("Maßnahmen zum Klimaschutz", "Climate Action"),
        (
            "Umgehend Maßnahmen zur Bekämpfung des Klimawandels und seiner Auswirkungen "
            "ergreifen",
            "Take urgent action to combat climate change and its impacts",
        ),
    ),
    (
        14,
        "#0A97D9",
        ("Leben unter Wasser", "Life Below Water"),
        (
            "Ozeane, Meere und Meeresressourcen im Sinne nachhaltiger Entwicklung erhalten "
            "und nachhaltig nutzen",
            "Conserve and sustainably use the oceans, seas and marine resources for "
            "sustainable development",
        ),
    ),
    (
        15,
        "#56C02B",
        ("Leben an Land", "Life on Land"),
        (
            "Landökosysteme schützen, wiederherstellen und ihre nachhaltige Nutzung fördern, "
            "Wälder nachhaltig bewirtschaften, Wüstenbildung bekämpfen, Bodendegradation "
            "beenden und umkehren und dem Verlust der biologischen Vielfalt ein Ende setzen",
            "Protect, restore and promote sustainable use of terrestrial ecosystems, "
            "sustainably manage forests, combat desertification, and halt and reverse land "
            "degradation and halt biodiversity loss",
        ),
    ),
    (
        16,
        "#00689D",
        ("Frieden, Gerechtigkeit und starke Institutionen", "Peace, Justice and Strong Institutions"),
        (
            "Friedliche und inklusive Gesellschaften für eine nachhaltige Entwicklung "
            "fördern, allen Menschen Zugang zur Justiz ermöglichen und leistungsfähige, "
            "rechenschaftspflichtige und inklusive Institutionen auf allen Ebenen aufbauen",
            "Promote peaceful and inclusive societies for sustainable development, provide "
            "access to justice for all and build effective, accountable and inclusive "
            "institutions at all levels",
        ),
    ),
    (
        17,
        "#19486A",
        ("Partnerschaften zur Erreichung der Ziele", "Partnerships for the Goals"),
        (
            "Umsetzungsmittel stärken und die Globale Partnerschaft für nachhaltige "
            "Entwicklung mit neuem Leben erfüllen",
            "Strengthen the means of implementation and revitalize the Global Partnership "
            "for Sustainable Development",
        ),
    ),
]


def create_goals(apps, schema_editor):
    Goal = apps.get_model("sdg", "Goal")
    for number, colour, (short_de, short_en), (long_de, long_en) in GOALS:
        # `title` and `long_title` hold the default language, as modeltranslation keeps them.
        Goal.objects.update_or_create(
            number=number,
            defaults={
                "colour": colour,
                "title": short_de,
                "title_de": short_de,
                "title_en": short_en,
                "long_title": long_de,
                "long_title_de": long_de,
                "long_title_en": long_en,
            },
        )


def remove_goals(apps, schema_editor):
    Goal = apps.get_model("sdg", "Goal")
    Goal.objects.filter(number__in=[number for number, *_ in GOALS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sdg", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_goals, remove_goals),
    ]
