"""Load the demo content: the office's twin cities and project partnerships.

Idempotent: every record is keyed by its slug and brought to the state below, so
running the command twice leaves the same rows.
"""

from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction

from ina_portal.models import PublicationStatus, Topic
from partnerships.models import City, ProjectPartnership, ProjectStatus, TwinCity, TwinCityStatus

TOPICS = {
    "climate-protection": ("Klimaschutz", "Climate protection"),
    "climate-adaptation": ("Klimaanpassung", "Climate adaptation"),
    "innovation": ("Innovation", "Innovation"),
    "digitalisation": ("Digitalisierung", "Digitalisation"),
    "public-services": ("Kommunale Daseinsvorsorge", "Public services"),
    "mobility": ("Mobilität", "Mobility"),
    "food-policy": ("Ernährungspolitik", "Food policy"),
    "energy": ("Energie", "Energy"),
    "economy": ("Wirtschaft", "Economy"),
}

# slug: (name_de, name_en, country, latitude, longitude)
CITIES = {
    "amiens": ("Amiens", "Amiens", "FR", "49.89410", "2.29580"),
    "leeds": ("Leeds", "Leeds", "GB", "53.80080", "-1.54910"),
    "buffalo": ("Buffalo", "Buffalo", "US", "42.88640", "-78.87840"),
    "rostov-on-don": ("Rostow am Don", "Rostov-on-Don", "RU", "47.23570", "39.70150"),
    "netanya": ("Netanja", "Netanya", "IL", "32.32150", "34.85320"),
    "novi-sad": ("Novi Sad", "Novi Sad", "RS", "45.26710", "19.83350"),
    "zwickau": ("Zwickau", "Zwickau", "DE", "50.71890", "12.49610"),
    "xian": ("Xi'an", "Xi'an", "CN", "34.34160", "108.93980"),
    "trabzon": ("Trabzon", "Trabzon", "TR", "41.00270", "39.71680"),
    "kumasi": ("Kumasi", "Kumasi", "GH", "6.68850", "-1.62440"),
    "dabola": ("Dabola", "Dabola", "GN", "10.75000", "-11.11670"),
    "cluj-napoca": ("Cluj-Napoca", "Cluj-Napoca", "RO", "46.77120", "23.62360"),
    "pittsburgh": ("Pittsburgh", "Pittsburgh", "US", "40.44060", "-79.99590"),
    "vancouver": ("Vancouver", "Vancouver", "CA", "49.28270", "-123.12070"),
}

# city slug: (since, status, teaser DE/EN, story DE/EN, status note DE/EN)
TWIN_CITIES = {
    "amiens": (
        1960,
        TwinCityStatus.ACTIVE,
        (
            "Die älteste Städtepartnerschaft Dortmunds verbindet uns seit 1960 mit der "
            "Hauptstadt der Picardie.",
            "Dortmund's oldest town twinning has linked us with the capital of Picardy since 1960.",
        ),
        (
            "Wenige Jahre nach dem Zweiten Weltkrieg besiegelten Dortmund und Amiens ihre "
            "Freundschaft. Sie war Teil der Versöhnung zwischen Deutschland und Frankreich, "
            "die von Bürgerinnen und Bürgern getragen wurde.\n\n"
            "Bis heute tauschen sich Schulen, Vereine und Verwaltung aus; Gäste aus Amiens "
            "sind regelmäßig beim Stadtfest DORTBUNT! zu Besuch.",
            "Only a few years after the Second World War, Dortmund and Amiens sealed their "
            "friendship. It was part of the reconciliation between Germany and France that "
            "citizens carried forward themselves.\n\n"
            "Schools, clubs and the two administrations still meet regularly, and guests "
            "from Amiens are frequent visitors at the DORTBUNT! city festival.",
        ),
        ("", ""),
    ),
    "leeds": (
        1969,
        TwinCityStatus.ACTIVE,
        (
            "Zwei Industriestädte im Wandel: Leeds in Nordengland ist seit 1969 Partnerstadt.",
            "Two industrial cities in transition: Leeds in the north of England has been a "
            "twin city since 1969.",
        ),
        (
            "Leeds und Dortmund teilen die Erfahrung des Strukturwandels von Kohle, Stahl "
            "und Textil hin zu Dienstleistung, Wissenschaft und Kultur.\n\n"
            "Der Austausch reicht von Jugendbegegnungen über Hochschulkontakte bis zu "
            "gemeinsamen Projekten im Sport.",
            "Leeds and Dortmund share the experience of structural change from coal, steel "
            "and textiles to services, science and culture.\n\n"
            "The exchange ranges from youth encounters and university contacts to joint "
            "projects in sport.",
        ),
        ("", ""),
    ),
    "buffalo": (
        1977,
        TwinCityStatus.ACTIVE,
        (
            "Seit 1977 verbindet eine Städtepartnerschaft Dortmund mit Buffalo im "
            "US-Bundesstaat New York.",
            "Since 1977 a town twinning has connected Dortmund with Buffalo in the US state "
            "of New York.",
        ),
        (
            "Die Partnerschaft mit Buffalo ist eine von Dortmunds transatlantischen "
            "Brücken. 2018 reiste eine Delegation der Stadt nach Buffalo, um die "
            "Zusammenarbeit auf eine neue, feste Grundlage zu stellen.",
            "The partnership with Buffalo is one of Dortmund's transatlantic bridges. In "
            "2018 a delegation of the city travelled to Buffalo to put the cooperation on a "
            "new, solid footing.",
        ),
        ("", ""),
    ),
    "rostov-on-don": (
        1977,
        TwinCityStatus.SUSPENDED,
        (
            "Die Partnerschaft mit der südrussischen Großstadt besteht seit 1977; die "
            "offiziellen Kontakte ruhen.",
            "The partnership with the city in southern Russia dates from 1977; official "
            "contacts are suspended.",
        ),
        (
            "Über vier Jahrzehnte hielt die Städtepartnerschaft mit Rostow am Don auch in "
            "Zeiten politischer Spannungen zwischen beiden Staaten. Getragen wurde sie vor "
            "allem von Begegnungen zwischen Bürgerinnen und Bürgern.",
            "For more than four decades the twinning with Rostov-on-Don held even at times "
            "of political tension between the two states. It was carried above all by "
            "encounters between citizens.",
        ),
        (
            "Seit dem russischen Angriffskrieg gegen die Ukraine ruhen die offiziellen "
            "Beziehungen zur Stadtverwaltung von Rostow am Don.",
            "Since Russia's war of aggression against Ukraine, official relations with the "
            "city administration of Rostov-on-Don are suspended.",
        ),
    ),
    "netanya": (
        1981,
        TwinCityStatus.ACTIVE,
        (
            "Die Partnerschaft mit der Küstenstadt Netanja steht seit 1981 für deutsch-"
            "israelische Verständigung.",
            "Since 1981 the partnership with the coastal city of Netanya has stood for "
            "German-Israeli understanding.",
        ),
        (
            "Begegnungen von Jugendlichen, Schulen und Vereinen prägen die Partnerschaft "
            "mit Netanja. Erinnerungsarbeit und der Blick nach vorn gehören dabei "
            "zusammen.",
            "Encounters between young people, schools and clubs shape the partnership with "
            "Netanya. Remembrance and looking ahead belong together in it.",
        ),
        ("", ""),
    ),
    "novi-sad": (
        1982,
        TwinCityStatus.ACTIVE,
        (
            "Novi Sad an der Donau ist seit 1982 Dortmunds Partnerstadt in Serbien.",
            "Novi Sad on the Danube has been Dortmund's twin city in Serbia since 1982.",
        ),
        (
            "Die Partnerschaft mit der zweitgrößten Stadt Serbiens lebt von Kultur, "
            "Wissenschaft und der europäischen Perspektive der Region.",
            "The partnership with Serbia's second-largest city thrives on culture, science "
            "and the European perspective of the region.",
        ),
        ("", ""),
    ),
    "zwickau": (
        1988,
        TwinCityStatus.ACTIVE,
        (
            "Noch vor dem Fall der Mauer schlossen Dortmund und das sächsische Zwickau 1988 "
            "eine Partnerschaft.",
            "Even before the fall of the Berlin Wall, Dortmund and Zwickau in Saxony "
            "entered into a partnership in 1988.",
        ),
        (
            "Die deutsch-deutsche Städtepartnerschaft gehört zu den wenigen, die schon vor "
            "1989 entstanden. Nach der Wiedervereinigung unterstützte Dortmund den Aufbau "
            "der Verwaltung in Zwickau.",
            "This German-German twinning is one of the few that began before 1989. After "
            "reunification Dortmund helped Zwickau to rebuild its administration.",
        ),
        ("", ""),
    ),
    "xian": (
        1992,
        TwinCityStatus.ACTIVE,
        (
            "Xi'an, Ausgangspunkt der alten Seidenstraße, ist seit 1992 Partnerstadt.",
            "Xi'an, starting point of the ancient Silk Road, has been a twin city since 1992.",
        ),
        (
            "Die Partnerschaft mit der Millionenstadt in Zentralchina umfasst Wirtschaft, "
            "Wissenschaft und Kultur. Delegationen aus Xi'an besuchen Dortmund regelmäßig.",
            "The partnership with the metropolis in central China covers business, science "
            "and culture. Delegations from Xi'an visit Dortmund regularly.",
        ),
        ("", ""),
    ),
    "trabzon": (
        2014,
        TwinCityStatus.ACTIVE,
        (
            "Die jüngste Partnerschaft verbindet Dortmund seit 2014 mit Trabzon am Schwarzen Meer.",
            "The most recent twinning has linked Dortmund with Trabzon on the Black Sea "
            "since 2014.",
        ),
        (
            "Viele Dortmunderinnen und Dortmunder haben familiäre Wurzeln in der Türkei. "
            "Die Partnerschaft mit Trabzon knüpft daran an und fördert Begegnungen in "
            "Sport, Bildung und Kultur.",
            "Many people in Dortmund have family roots in Türkiye. The partnership with "
            "Trabzon builds on these ties and fosters encounters in sport, education and "
            "culture.",
        ),
        ("", ""),
    ),
}

OFFICE = ("Büro für Internationale Beziehungen", "Office for International Relations")
SKEW = (
    "Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global im Auftrag des BMZ",
    "Service Agency Communities in One World (SKEW) of Engagement Global on behalf of the "
    "German Federal Ministry for Economic Cooperation and Development",
)

# slug: title, cities, topics, status, lead department, funding body, start year,
#       teaser, description
PROJECT_PARTNERSHIPS = {
    "climate-partnership-kumasi": {
        "title": ("Klimapartnerschaft mit Kumasi", "Climate partnership with Kumasi"),
        "cities": ["kumasi"],
        "topics": ["climate-protection", "climate-adaptation", "public-services"],
        "lead": ("Umweltamt der Stadt Dortmund", "Environmental Office of the City of Dortmund"),
        "funding": SKEW,
        "teaser": (
            "Dortmund und Kumasi in Ghana lernen auf Augenhöhe voneinander, wie Städte dem "
            "Klimawandel begegnen.",
            "Dortmund and Kumasi in Ghana learn from each other as equals how cities can "
            "respond to climate change.",
        ),
        "description": (
            "Die Klimapartnerschaft wird vom Umweltamt umgesetzt und begleitet. Ein "
            "Schwerpunkt ist der Umgang mit Stadtbäumen in langen Trockenperioden: Hier "
            "bringt Kumasi Erfahrungen ein, von denen Dortmund bei steigenden Temperaturen "
            "profitiert.\n\n"
            "Umgekehrt teilt Dortmund sein Wissen aus der kommunalen Daseinsvorsorge, "
            "etwa in der Abfallwirtschaft.",
            "The climate partnership is implemented and accompanied by the Environmental "
            "Office. One focus is the care of urban trees during long dry spells: Kumasi "
            "contributes experience from which Dortmund benefits as temperatures rise.\n\n"
            "In return Dortmund shares what it knows about public services, for example "
            "waste management.",
        ),
    },
    "climate-partnership-dabola": {
        "title": ("Klimapartnerschaft mit Dabola", "Climate partnership with Dabola"),
        "cities": ["dabola"],
        "topics": ["climate-protection", "public-services"],
        "lead": OFFICE,
        "funding": SKEW,
        "teaser": (
            "Eine kommunale Klimapartnerschaft verbindet Dortmund mit Dabola in Guinea.",
            "A municipal climate partnership connects Dortmund with Dabola in Guinea.",
        ),
        "description": (
            "Mit Dabola arbeitet Dortmund an gemeinsamen Zielen für Klimaschutz und "
            "Anpassung an den Klimawandel. Beide Verwaltungen tauschen Fachwissen aus und "
            "entwickeln Maßnahmen, die vor Ort wirken.",
            "Together with Dabola, Dortmund works on shared goals for climate protection "
            "and adaptation. The two administrations exchange expertise and develop "
            "measures that make a difference on the ground.",
        ),
    },
    "climate-adaptation-cluj-napoca": {
        "title": (
            "Klimaanpassung und Resilienz mit Cluj-Napoca",
            "Climate adaptation and resilience with Cluj-Napoca",
        ),
        "cities": ["cluj-napoca"],
        "topics": ["climate-adaptation", "digitalisation", "innovation"],
        "lead": OFFICE,
        "funding": (
            "Bundesministerium für Bildung und Forschung",
            "German Federal Ministry of Education and Research",
        ),
        "teaser": (
            "Wie werden Städte widerstandsfähiger? Dortmund und das rumänische Cluj-Napoca "
            "suchen gemeinsam Antworten.",
            "How do cities become more resilient? Dortmund and Cluj-Napoca in Romania look "
            "for answers together.",
        ),
        "description": (
            "Im Austausch geht es um die Folgen des Klimawandels für Städte und um "
            "Strategien, mit ihnen umzugehen. Daneben verbindet beide Städte ein Projekt "
            "zu digitalen Innovationen und Wirtschaft.",
            "The exchange looks at the effects of climate change on cities and at ways of "
            "dealing with them. The two cities are also linked by a project on digital "
            "innovation and business.",
        ),
    },
    "innovation-partnership-pittsburgh": {
        "title": (
            "Innovationspartnerschaft mit Pittsburgh",
            "Innovation partnership with Pittsburgh",
        ),
        "cities": ["pittsburgh"],
        "topics": ["innovation", "digitalisation", "economy"],
        "lead": OFFICE,
        "funding": ("", ""),
        "teaser": (
            "Zwei ehemalige Stahlstädte teilen ihre Erfahrungen mit Innovation und Strukturwandel.",
            "Two former steel cities share their experience of innovation and structural change.",
        ),
        "description": (
            "Pittsburgh und Dortmund haben den Weg von der Schwerindustrie zu Technologie "
            "und Wissenschaft hinter sich. Die Partnerschaft bringt Verwaltung, "
            "Hochschulen und Unternehmen beider Städte zusammen. Auf dem Deutsch-"
            "Amerikanischen Zukunftsforum 2022 stellte Dortmund sie als Beispiel für "
            "kommunale Zusammenarbeit über den Atlantik vor.",
            "Pittsburgh and Dortmund have both moved from heavy industry to technology and "
            "science. The partnership brings together the administrations, universities "
            "and businesses of both cities. At the German-American Future Forum 2022, "
            "Dortmund presented it as an example of municipal cooperation across the "
            "Atlantic.",
        ),
    },
    "transatlantic-climate-bridge": {
        "title": ("Transatlantische Klimabrücke", "Transatlantic Climate Bridge"),
        "cities": ["vancouver", "pittsburgh"],
        "topics": ["climate-protection", "mobility", "food-policy", "energy"],
        "lead": OFFICE,
        "funding": ("Bundesregierung", "German Federal Government"),
        "start_year": 2008,
        "teaser": (
            "Dortmund, Vancouver und Pittsburgh beraten trilateral über Fragen der Klimapolitik.",
            "Dortmund, Vancouver and Pittsburgh discuss climate policy in a trilateral "
            "cooperation.",
        ),
        "description": (
            "Die Bundesregierung hat die Transatlantische Klimabrücke 2008 ins Leben "
            "gerufen. Im Rahmen dieser Initiative sprechen drei Städte über öffentlichen "
            "Nahverkehr in der Innenstadt, Ernährungspolitik und die Energieversorgung der "
            "Zukunft.",
            "The German Federal Government launched the Transatlantic Climate Bridge in "
            "2008. Within this initiative three cities talk about public transport in the "
            "city centre, food policy and the energy supply of the future.",
        ),
    },
}


def upsert(model, lookup, values):
    """Create the record, or bring it to `values`, saving only when something differs."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values)
    changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(obj, name, value)
        obj.save()
    return obj


class Command(BaseCommand):
    help = "Load the demo content (twin cities, project partnerships). Safe to run twice."

    @transaction.atomic
    def handle(self, *args, **options):
        topics = {
            slug: upsert(Topic, {"slug": slug}, {"name_de": de, "name_en": en})
            for slug, (de, en) in TOPICS.items()
        }
        cities = {
            slug: upsert(
                City,
                {"slug": slug},
                {
                    "name_de": de,
                    "name_en": en,
                    "country": country,
                    "latitude": Decimal(lat),
                    "longitude": Decimal(lon),
                },
            )
            for slug, (de, en, country, lat, lon) in CITIES.items()
        }
        for slug, (since, status, teaser, story, note) in TWIN_CITIES.items():
            upsert(
                TwinCity,
                {"city": cities[slug]},
                {
                    "since": since,
                    "status": status,
                    "teaser_de": teaser[0],
                    "teaser_en": teaser[1],
                    "story_de": story[0],
                    "story_en": story[1],
                    "status_note_de": note[0],
                    "status_note_en": note[1],
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )
        for slug, data in PROJECT_PARTNERSHIPS.items():
            partnership = upsert(
                ProjectPartnership,
                {"slug": slug},
                {
                    "title_de": data["title"][0],
                    "title_en": data["title"][1],
                    "lead_department_de": data["lead"][0],
                    "lead_department_en": data["lead"][1],
                    "funding_body_de": data["funding"][0],
                    "funding_body_en": data["funding"][1],
                    "teaser_de": data["teaser"][0],
                    "teaser_en": data["teaser"][1],
                    "description_de": data["description"][0],
                    "description_en": data["description"][1],
                    "start_year": data.get("start_year"),
                    "status": ProjectStatus.ACTIVE,
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )
            partnership.partner_cities.set([cities[slug] for slug in data["cities"]])
            partnership.topics.set([topics[slug] for slug in data["topics"]])
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {len(TWIN_CITIES)} twin cities, "
                f"{len(PROJECT_PARTNERSHIPS)} project partnerships."
            )
        )
