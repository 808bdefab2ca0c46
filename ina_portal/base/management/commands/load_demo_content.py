"""Load the demo content: twin cities, project partnerships, networks and SDG activities.

Idempotent: every record is keyed by its slug and brought to the state below, so
running the command twice leaves the same rows.
"""

from datetime import date, datetime, time
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction

from events.models import (
    Event,
    EventKind,
    ProgrammeItem,
    Visit,
    VisitKind,
    VisitReport,
    VisitStatus,
    end_of_day,
    local_zone,
    start_of_day,
)
from ina_portal.base.models import PublicationStatus, Topic
from ina_portal.features.contacts.models import Person, Unit
from ina_portal.features.news.models import NewsItem
from ina_portal.features.pages.models import (
    AccessibilityStatement,
    AssessmentMethod,
    ComplianceStatus,
    LegalPage,
    LegalPageKind,
    NonAccessibleContent,
    NonAccessibleReason,
)
from networks.models import Network, NetworkLevel, NetworkRole
from partnerships.models import City, ProjectPartnership, ProjectStatus, TwinCity, TwinCityStatus
from sdg.models import ActivityStatus, Goal, Pillar, SdgActivity

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
    "europe": ("Europa", "Europe"),
    "peace": ("Frieden", "Peace"),
    "democracy": ("Demokratie", "Democracy"),
    "fair-trade": ("Fairer Handel", "Fair trade"),
    "sustainability": ("Nachhaltigkeit", "Sustainability"),
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

# Twinning rests on friendship between citizens: peace and partnership.
TWIN_CITY_GOALS = [16, 17]
TWIN_CITY_PILLAR = Pillar.CIVIL_SOCIETY

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
        "goals": [13, 11, 17],
        "pillar": Pillar.ECOLOGY,
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
        "goals": [13, 17],
        "pillar": Pillar.ECOLOGY,
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
        "goals": [13, 11, 9],
        "pillar": Pillar.ECOLOGY,
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
        "goals": [9, 8],
        "pillar": Pillar.ECONOMY,
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
        "goals": [13, 7, 11],
        "pillar": Pillar.ECOLOGY,
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


# Facts from the office's own texts; where they name no year, member_since stays empty.
NETWORKS = {
    "eurocities": {
        "name": ("Eurocities", "Eurocities"),
        "acronym": ("", ""),
        "level": NetworkLevel.EUROPEAN,
        "role": NetworkRole.MEMBER,
        "topics": ["europe"],
        "goals": [11, 17],
        "pillar": Pillar.SOCIAL,
        "teaser": (
            "Im Netzwerk Eurocities arbeitet Dortmund mit Städten in ganz Europa zusammen.",
            "In the Eurocities network Dortmund works together with cities all over Europe.",
        ),
        "description": (
            "Eurocities ist ein Netzwerk europäischer Städte, und Dortmund gehört ihm als "
            "Mitglied an.\n\n"
            "Wie viel dieser Austausch wert ist, zeigte sich zu Beginn der COVID-19-Pandemie: "
            "Schon im ersten Lockdown sammelte Eurocities auf seiner Website Beispiele, wie "
            "Städte der Pandemie begegneten – Anregungen, die andere Städte aufgreifen konnten.",
            "Eurocities is a network of European cities, and Dortmund is one of its members.\n\n"
            "How much this exchange is worth became clear at the start of the COVID-19 "
            "pandemic: during the first lockdown, Eurocities collected examples on its website "
            "of how cities were tackling the pandemic, for other cities to take up.",
        ),
    },
    "cemr": {
        "name": (
            "Rat der Gemeinden und Regionen Europas",
            "Council of European Municipalities and Regions",
        ),
        "acronym": ("RGRE", "CEMR"),
        "level": NetworkLevel.EUROPEAN,
        "role": NetworkRole.MEMBER,
        "topics": ["europe"],
        "goals": [16, 17],
        "pillar": "",
        "teaser": (
            "Über den Rat der Gemeinden und Regionen Europas verschafft sich Dortmund in "
            "Europa Gehör.",
            "Through the Council of European Municipalities and Regions, Dortmund makes its "
            "voice heard in Europe.",
        ),
        "description": (
            "Der RGRE ist eines der Netzwerke, in denen Dortmund Mitglied ist. Das Büro für "
            "Internationale Beziehungen koordiniert die Mitarbeit der Stadt in solchen "
            "Netzwerken und wirkt in ihren Gremien und Arbeitsgruppen mit.\n\n"
            "Die Mitgliedschaft ist einer der Wege, auf denen die Stadt ihre Stellung "
            "gegenüber den europäischen Institutionen stärkt.",
            "CEMR is one of the networks Dortmund belongs to. The Office for International "
            "Relations coordinates the city's work in such networks and takes part in their "
            "committees and working groups.\n\n"
            "Membership is one of the ways in which the city strengthens its position with "
            "the European institutions.",
        ),
    },
    "mayors-for-peace": {
        "name": ("Mayors for Peace", "Mayors for Peace"),
        "acronym": ("", ""),
        "level": NetworkLevel.GLOBAL,
        "role": NetworkRole.MEMBER,
        "topics": ["peace"],
        "goals": [16],
        "pillar": Pillar.CIVIL_SOCIETY,
        "teaser": (
            "Das weltweite Bündnis von Städten tritt gegen die Verbreitung von Atomwaffen ein.",
            "The worldwide alliance of cities campaigns against the spread of nuclear weapons.",
        ),
        "description": (
            "Die Städte Hiroshima und Nagasaki haben Mayors for Peace gegründet. Heute zählt "
            "das Bündnis weltweit mehr als 8.000 Mitglieder, über 700 davon in Deutschland – "
            "Dortmund ist eines von ihnen.\n\n"
            "Das Netzwerk zeigt, wie Städte heikle Fragen wie die atomare Abrüstung über "
            "Grenzen hinweg besprechen können, ohne dass daraus sogleich eine Krise zwischen "
            "Staaten wird.",
            "Mayors for Peace was founded by the cities of Hiroshima and Nagasaki. Today the "
            "alliance has more than 8,000 members worldwide, over 700 of them in Germany – "
            "Dortmund is one of them.\n\n"
            "The network shows how cities can discuss sensitive questions such as nuclear "
            "disarmament across borders without straight away causing a crisis between states.",
        ),
    },
    "european-cities-for-fair-and-ethical-trade": {
        "name": (
            "European Cities for Fair and Ethical Trade",
            "European Cities for Fair and Ethical Trade",
        ),
        "acronym": ("", ""),
        "level": NetworkLevel.EUROPEAN,
        "role": NetworkRole.MEMBER,
        "topics": ["fair-trade"],
        "goals": [8, 12],
        "pillar": Pillar.ECONOMY,
        "teaser": (
            "Ein Netzwerk europäischer Städte, die sich für fairen und ethischen Handel einsetzen.",
            "A network of European cities that stand up for fair and ethical trade.",
        ),
        "description": (
            "Dortmund ist Mitglied dieses europäischen Städtenetzwerks. Fairer Handel ist "
            "für die Stadt ein Weg, die Globalisierung im Sinne nachhaltiger Entwicklung "
            "gerechter zu gestalten – vor Ort und gemeinsam mit anderen Städten in Europa.",
            "Dortmund is a member of this European network of cities. For the city, fair "
            "trade is one way of making globalisation fairer in the sense of sustainable "
            "development – at home and together with other cities in Europe.",
        ),
    },
    "fairtrade-towns": {
        "name": ("Fairtrade-Towns", "Fairtrade Towns"),
        "acronym": ("", ""),
        "level": NetworkLevel.GLOBAL,
        "role": NetworkRole.MEMBER,
        "topics": ["fair-trade"],
        "goals": [12, 8],
        "pillar": Pillar.ECONOMY,
        "teaser": (
            "Dortmund ist die erste Fairtrade-Stadt im Ruhrgebiet.",
            "Dortmund is the first Fairtrade town in the Ruhr.",
        ),
        "description": (
            "Als erste Fairtrade-Stadt im Ruhrgebiet gehört Dortmund zu den mehr als 700 "
            "Fairtrade-Towns auf der ganzen Welt. Der Titel ist Teil des Engagements der "
            "Stadt für eine gerechtere Globalisierung.",
            "As the first Fairtrade town in the Ruhr, Dortmund is one of more than 700 "
            "Fairtrade Towns around the world. The title is part of the city's commitment "
            "to a fairer globalisation.",
        ),
    },
    "global-sustainable-municipality-nrw": {
        "name": ("Global Nachhaltige Kommune NRW", "Global Sustainable Municipality NRW"),
        "acronym": ("GNK NRW", "GNK NRW"),
        "level": NetworkLevel.REGIONAL,
        "role": NetworkRole.MEMBER,
        "topics": ["sustainability"],
        "goals": [11, 17],
        "pillar": Pillar.CIVIL_SOCIETY,
        "teaser": (
            "30 Kommunen in Nordrhein-Westfalen entwickeln Seite an Seite ihre "
            "Nachhaltigkeitsstrategien – Dortmund ist dabei.",
            "Thirty municipalities in North Rhine-Westphalia develop their sustainability "
            "strategies side by side – Dortmund among them.",
        ),
        "description": (
            "Im Projekt Global Nachhaltige Kommune NRW werden 30 nordrhein-westfälische "
            "Kommunen dabei unterstützt, eigene integrierte Nachhaltigkeitsstrategien zu "
            "entwickeln. Den Rahmen geben die Agenda 2030 und die 17 Ziele für nachhaltige "
            "Entwicklung vor.\n\n"
            "Die Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global setzt "
            "das Projekt mit der LAG 21 NRW im Auftrag des Bundesministeriums für "
            "wirtschaftliche Zusammenarbeit und Entwicklung um. Kern ist der enge Austausch "
            "der beteiligten Kommunen; Zivilgesellschaft, Wirtschaft und Politik arbeiten mit.",
            "In the Global Sustainable Municipality NRW project, 30 municipalities in North "
            "Rhine-Westphalia receive support in developing their own integrated "
            "sustainability strategies, framed by the 2030 Agenda and the 17 Sustainable "
            "Development Goals.\n\n"
            "The Service Agency Communities in One World (SKEW) of Engagement Global runs the "
            "project with LAG 21 NRW on behalf of the German Federal Ministry for Economic "
            "Cooperation and Development. At its heart is the close exchange between the "
            "municipalities taking part; civil society, business and politics are involved.",
        ),
    },
    "pact-of-free-cities": {
        "name": ("Pakt der freien Städte", "Pact of Free Cities"),
        "acronym": ("", ""),
        "level": NetworkLevel.EUROPEAN,
        "role": "",
        "topics": ["democracy", "europe"],
        "goals": [16],
        "pillar": Pillar.CIVIL_SOCIETY,
        "teaser": (
            "Ein Bündnis, das von Prag, Bratislava, Warschau und Budapest ausging.",
            "An alliance that began with Prague, Bratislava, Warsaw and Budapest.",
        ),
        "description": (
            "Der Pakt der freien Städte geht auf Prag, Bratislava, Warschau und Budapest "
            "zurück. Er zeigt, wie Städte dem Populismus und europafeindlichen Tendenzen "
            "ihrer Regierungen etwas entgegensetzen können.\n\n"
            "Für das Büro für Internationale Beziehungen ist der Pakt ein Beispiel dafür, "
            "was Städte-Diplomatie leisten kann.",
            "The Pact of Free Cities goes back to Prague, Bratislava, Warsaw and Budapest. "
            "It shows how cities can stand up to populism and to anti-European tendencies "
            "of their governments.\n\n"
            "For the Office for International Relations, the pact is an example of what "
            "urban diplomacy can achieve.",
        ),
    },
}

SDG_ACTIVITIES = {
    "fairtrade-town-dortmund": {
        "title": ("Fairtrade-Stadt Dortmund", "Dortmund, Fairtrade town"),
        "goals": [12, 8],
        "pillar": Pillar.ECONOMY,
        "lead_unit": ("", ""),
        "teaser": (
            "Als erste Fairtrade-Stadt im Ruhrgebiet macht Dortmund fairen Handel zur Sache "
            "der ganzen Stadt.",
            "As the first Fairtrade town in the Ruhr, Dortmund makes fair trade a matter for "
            "the whole city.",
        ),
        "description": (
            "Dortmund trägt als erste Stadt im Ruhrgebiet den Titel Fairtrade-Town und ist "
            "damit eine von mehr als 700 Fairtrade-Towns weltweit.\n\n"
            "Fairer Handel verbindet den Einkauf vor Ort mit seinen Folgen in der Welt: Wer "
            "fair einkauft, hilft mit, die Globalisierung gerechter zu machen.",
            "Dortmund is the first city in the Ruhr to hold the title of Fairtrade town, "
            "which makes it one of more than 700 Fairtrade Towns worldwide.\n\n"
            "Fair trade links shopping at home with its effects around the world: buying "
            "fair helps to make globalisation fairer.",
        ),
    },
    "fair-friends": {
        "title": ("Messe FAIR FRIENDS", "FAIR FRIENDS fair"),
        "goals": [12, 4],
        "pillar": Pillar.CIVIL_SOCIETY,
        "lead_unit": ("", ""),
        "teaser": (
            "Deutschlands größte Nachhaltigkeitsmesse zeigt in Dortmund, wie nachhaltiges "
            "Handeln im Alltag gelingt.",
            "Germany's largest sustainability fair shows in Dortmund how to act sustainably "
            "in everyday life.",
        ),
        "description": (
            "Die FAIR FRIENDS sind Deutschlands größte Messe für Nachhaltigkeit. Zu ihrer "
            "12. Ausgabe stellten mehr als 200 Ausstellende aus 11 Ländern in Dortmund "
            "Lösungen und Ideen für eine nachhaltige Zukunft vor.\n\n"
            "Mitinitiiert hat die Messe einst das städtische Agenda-Büro, aus dem das heutige "
            "Büro für Internationale Beziehungen hervorgegangen ist. Sie macht erlebbar, wie "
            "sehr das Handeln jedes Einzelnen weltweit wirkt – informativ und mit Freude.",
            "FAIR FRIENDS is Germany's largest sustainability fair. For its 12th edition, "
            "more than 200 exhibitors from 11 countries presented solutions and ideas for a "
            "sustainable future in Dortmund.\n\n"
            "The fair was once co-initiated by the municipal Agenda Office, from which "
            "today's Office for International Relations emerged. It lets visitors experience "
            "how much each person's actions matter worldwide – informative and fun.",
        ),
    },
    "climate-partnerships": {
        "title": ("Kommunale Klimapartnerschaften", "Municipal climate partnerships"),
        "goals": [13, 17],
        "pillar": Pillar.ECOLOGY,
        "lead_unit": OFFICE,
        "teaser": (
            "Mit Kumasi in Ghana und Dabola in Guinea verbinden Dortmund Klimapartnerschaften.",
            "Climate partnerships link Dortmund with Kumasi in Ghana and Dabola in Guinea.",
        ),
        "description": (
            "Dortmund pflegt Klimapartnerschaften mit Kumasi in Ghana und Dabola in Guinea. "
            "Die Städte lernen auf Augenhöhe voneinander: Dortmund teilt Wissen aus der "
            "kommunalen Daseinsvorsorge, etwa zur Abfallentsorgung, und möchte umgekehrt "
            "erfahren, wie Kumasi seine Bäume durch lange Trockenzeiten bringt.\n\n"
            "Die Partnerschaft mit Kumasi setzt das Umweltamt der Stadt Dortmund um und "
            "begleitet sie.",
            "Dortmund keeps climate partnerships with Kumasi in Ghana and Dabola in Guinea. "
            "The cities learn from each other as equals: Dortmund shares what it knows about "
            "public services such as waste disposal, and wants to learn in turn how Kumasi "
            "keeps its trees alive through long dry spells.\n\n"
            "The partnership with Kumasi is implemented and accompanied by the City of "
            "Dortmund's Environmental Office.",
        ),
    },
    "gnk-nrw-sustainability-strategy": {
        "title": (
            "Nachhaltigkeitsstrategie im Projekt GNK NRW",
            "Sustainability strategy in the GNK NRW project",
        ),
        "goals": [17, 11],
        "pillar": "",
        "lead_unit": OFFICE,
        "teaser": (
            "Als Modellkommune von Global Nachhaltige Kommune NRW arbeitet Dortmund an "
            "einer integrierten Nachhaltigkeitsstrategie.",
            "As a model municipality of Global Sustainable Municipality NRW, Dortmund is "
            "working on an integrated sustainability strategy.",
        ),
        "description": (
            "Als eine von 30 Kommunen in Nordrhein-Westfalen entwickelt Dortmund im Projekt "
            "Global Nachhaltige Kommune NRW eine integrierte kommunale "
            "Nachhaltigkeitsstrategie, ausgerichtet an der Agenda 2030 und ihren 17 Zielen.\n\n"
            "Ein Ergebnis ist ein Überblick über alle Nachhaltigkeitsaktivitäten der Stadt. "
            "Er zeigt: Dortmund ist gut aufgestellt, hat aber auch Bereiche, in denen es "
            "noch aufholen muss – etwa bei einer Eine-Welt-Strategie.",
            "As one of 30 municipalities in North Rhine-Westphalia, Dortmund is developing "
            "an integrated municipal sustainability strategy in the Global Sustainable "
            "Municipality NRW project, guided by the 2030 Agenda and its 17 goals.\n\n"
            "One result is an overview of all the city's sustainability activities. It shows "
            "that Dortmund is well placed, but also that there are areas where it still has "
            "some catching up to do – a One World strategy, for example.",
        ),
    },
}


def translated(data, *fields):
    """{"name_de": …, "name_en": …} from {"name": (German, English)}."""
    return {
        f"{field}_{language}": data[field][i]
        for field in fields
        for i, language in enumerate(("de", "en"))
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


# Events and visits. Where the source texts give no date (FAIR FRIENDS, DORTBUNT!, the
# lectures, IGA 2027 beyond its year, the partnership conference, every visit), the
# dates below are demo dates, chosen to fill the calendar around the end of 2026.
# slug: kind, all day, start, end (Berlin wall clock), venue, address, organiser, texts
EVENTS = {
    "fair-friends-2027": {
        "kind": EventKind.FAIR,
        "all_day": True,
        "start": (2027, 9, 3),
        "end": (2027, 9, 5),
        "venue": ("Westfalenhallen Dortmund", "Westfalenhallen Dortmund"),
        "address": "",
        "organiser": ("", ""),
        "title": ("Messe FAIR FRIENDS", "FAIR FRIENDS fair"),
        "teaser": (
            "Deutschlands größte Nachhaltigkeitsmesse kommt wieder nach Dortmund.",
            "Germany's largest sustainability fair returns to Dortmund.",
        ),
        "description": (
            "Auf den FAIR FRIENDS zeigen Ausstellende aus dem In- und Ausland, wie "
            "nachhaltiges Handeln im Alltag aussehen kann. Zur 12. Ausgabe kamen mehr als "
            "200 Ausstellende aus 11 Ländern.\n\n"
            "Das städtische Agenda-Büro, aus dem das Büro für Internationale Beziehungen "
            "hervorgegangen ist, hat die Messe einst mit angestoßen.",
            "At FAIR FRIENDS, exhibitors from Germany and abroad show what sustainable "
            "action in everyday life can look like. Its 12th edition brought together "
            "more than 200 exhibitors from 11 countries.\n\n"
            "The municipal Agenda Office, from which the Office for International Relations "
            "grew, once helped to get the fair started.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": ["fairtrade-towns", "european-cities-for-fair-and-ethical-trade"],
        "goals": [12, 4],
        "pillar": Pillar.CIVIL_SOCIETY,
    },
    "dortbunt-2027": {
        "kind": EventKind.FESTIVAL,
        "all_day": True,
        "start": (2027, 5, 8),
        "end": (2027, 5, 9),
        "venue": ("Dortmunder Innenstadt", "Dortmund city centre"),
        "address": "",
        "organiser": ("", ""),
        "title": ("Stadtfest DORTBUNT!", "DORTBUNT! city festival"),
        "teaser": (
            "Das Stadtfest feiert die Vielfalt Dortmunds – mit Gästen aus den Partnerstädten.",
            "The city festival celebrates Dortmund's diversity – with guests from the twin cities.",
        ),
        "description": (
            "Zum Stadtfest DORTBUNT! reisen regelmäßig Vertreterinnen und Vertreter der "
            "Partnerstädte an; das ist inzwischen gute Tradition. Für viele Bürgerinnen und "
            "Bürger ist es die Gelegenheit, die Partnerstädte persönlich kennenzulernen.",
            "Representatives of the twin cities regularly travel to the DORTBUNT! city "
            "festival; by now it is a good tradition. For many citizens it is a chance to "
            "meet the twin cities in person.",
        ),
        "twin_cities": [
            "amiens",
            "leeds",
            "buffalo",
            "netanya",
            "novi-sad",
            "zwickau",
            "xian",
            "trabzon",
        ],
        "partnerships": [],
        "networks": [],
        "goals": [11, 17],
        "pillar": Pillar.CIVIL_SOCIETY,
    },
    "urban-diplomacy-lecture-2026-12": {
        "kind": EventKind.LECTURE,
        "all_day": False,
        "start": (2026, 12, 10, 16, 0),
        "end": (2026, 12, 10, 17, 30),
        "venue": ("Rathaus Dortmund", "Dortmund town hall"),
        "address": "Friedensplatz 1, 44135 Dortmund",
        "organiser": OFFICE,
        "title": ("Urban Diplomacy Lecture", "Urban Diplomacy Lecture"),
        "teaser": (
            "In der hauseigenen Vortragsreihe berichten Gäste aus aller Welt von ihren "
            "Erfahrungen.",
            "In the office's in-house lecture series, guests from around the world share "
            "their experience.",
        ),
        "description": (
            "Die Urban Diplomacy Lecture richtet sich an die Beschäftigten der "
            "Stadtverwaltung. Sie gehört zu den Angeboten, mit denen das Büro Trends und "
            "Neuerungen aus anderen Städten in die eigene Verwaltung trägt.",
            "The Urban Diplomacy Lecture is aimed at the staff of the city administration. "
            "It is one of the ways in which the office brings trends and innovations from "
            "other cities into its own administration.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": [],
        "goals": [16, 17],
        "pillar": "",
    },
    "urban-diplomacy-lecture-2027-06": {
        "kind": EventKind.LECTURE,
        "all_day": False,
        "start": (2027, 6, 17, 16, 0),
        "end": (2027, 6, 17, 17, 30),
        "venue": ("Rathaus Dortmund", "Dortmund town hall"),
        "address": "Friedensplatz 1, 44135 Dortmund",
        "organiser": OFFICE,
        "title": ("Urban Diplomacy Lecture im Sommer", "Summer Urban Diplomacy Lecture"),
        "teaser": (
            "Die Vortragsreihe des Büros geht in die nächste Runde.",
            "The office's lecture series goes into its next round.",
        ),
        "description": (
            "Auch im Sommer berichten Gäste aus Partnerstädten und Netzwerken, wie "
            "Städte international zusammenarbeiten – und was die Verwaltung daraus lernen "
            "kann.",
            "In the summer, too, guests from partner cities and networks report on how "
            "cities work together internationally – and what the administration can learn "
            "from it.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": ["eurocities"],
        "goals": [16, 17],
        "pillar": "",
    },
    "uefa-euro-2024": {
        "kind": EventKind.SPORTS,
        "all_day": True,
        "start": (2024, 6, 14),
        "end": (2024, 7, 14),
        "venue": ("Dortmund, Spielort der Europameisterschaft", "Dortmund, host city"),
        "address": "",
        "organiser": ("", ""),
        "title": ("UEFA EURO 2024 in Dortmund", "UEFA EURO 2024 in Dortmund"),
        "teaser": (
            "Dortmund war Spielort der Fußball-Europameisterschaft 2024.",
            "Dortmund was a host city of the 2024 European Football Championship.",
        ),
        "description": (
            "Neben internationalen Konferenzen unterstützt das Büro für Internationale "
            "Beziehungen auch Großveranstaltungen. Die Europameisterschaft brachte Gäste "
            "aus ganz Europa in die Stadt – Stadion-Diplomatie im besten Sinne.",
            "Besides international conferences, the Office for International Relations "
            "also supports large-scale events. The European Championship brought guests "
            "from all over Europe to the city – stadium diplomacy at its best.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": [],
        "goals": [3, 17],
        "pillar": Pillar.SOCIAL,
    },
    "iga-2027": {
        "kind": EventKind.OTHER,
        "all_day": True,
        "start": (2027, 4, 1),
        "end": (2027, 10, 31),
        "venue": (
            "Metropole Ruhr, darunter der Zukunftsgarten Dortmund",
            "Ruhr metropolitan region, including the Dortmund Future Garden",
        ),
        "address": "",
        "organiser": ("", ""),
        "title": (
            "Internationale Gartenausstellung IGA Metropole Ruhr 2027",
            "International Garden Show IGA Metropole Ruhr 2027",
        ),
        "teaser": (
            "Die IGA 2027 zeigt, wie die nachhaltige Stadtlandschaft der Zukunft aussehen kann.",
            "IGA 2027 shows what the sustainable urban landscape of the future can look like.",
        ),
        "description": (
            "Die IGA Metropole Ruhr 2027 ist ein Projekt, an dem die Region ein Jahrzehnt "
            "lang arbeitet: ein Versuchsraum für die nachhaltige Stadtlandschaft, der weit "
            "über das Ruhrgebiet hinaus wirken soll. In Dortmund schlägt der "
            "Zukunftsgarten eine Brücke zur Emscher-Promenade.\n\n"
            "Das Büro für Internationale Beziehungen unterstützt die Vorbereitung.",
            "IGA Metropole Ruhr 2027 is a project the region works on for a whole decade: "
            "a testing ground for the sustainable urban landscape, meant to reach far "
            "beyond the Ruhr. In Dortmund, the Future Garden builds a bridge to the Emscher "
            "promenade.\n\n"
            "The Office for International Relations supports the preparations.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": [],
        "goals": [11, 15, 13],
        "pillar": Pillar.ECOLOGY,
    },
    "german-american-future-forum-2022": {
        "kind": EventKind.CONFERENCE,
        "all_day": True,
        "start": (2022, 11, 3),
        "end": (2022, 11, 3),
        "venue": ("Münster", "Münster"),
        "address": "",
        "organiser": (
            "US-Außenministerium, Auswärtiges Amt, Bertelsmann Stiftung und AICGS",
            "US Department of State, German Federal Foreign Office, Bertelsmann Stiftung and AICGS",
        ),
        "title": (
            "Deutsch-Amerikanisches Zukunftsforum 2022",
            "German-American Future Forum 2022",
        ),
        "teaser": (
            "Beim Forum „The Future of Democracy in a Digital World“ warb Dortmund dafür, "
            "Städte in die Außenpolitik einzubeziehen.",
            "At the forum \u201cThe Future of Democracy in a Digital World\u201d, Dortmund "
            "argued for involving cities in foreign policy.",
        ),
        "description": (
            "Rund 140 Teilnehmende aus den USA und Deutschland erarbeiteten am Rande des "
            "Treffens der G7-Außenminister Vorschläge, wie sich die Demokratie in einer "
            "digitalen Welt stärken lässt.\n\n"
            "Martin van der Pütten, Leiter des Büros für Internationale Beziehungen, "
            "forderte, Städte stärker und planvoller an der Außenpolitik zu beteiligen. Im "
            "Workshop zur Förderung von Demokratie und Menschenrechten im Internet stellte "
            "er die Innovationspartnerschaft zwischen Dortmund und Pittsburgh vor.",
            "On the margins of the G7 foreign ministers' meeting, some 140 participants "
            "from the United States and Germany worked out proposals for strengthening "
            "democracy in a digital world.\n\n"
            "Martin van der Pütten, head of the Office for International Relations, called "
            "for cities to take a larger and more systematic part in foreign policy. In the "
            "workshop on promoting democracy and human rights online, he presented the "
            "innovation partnership between Dortmund and Pittsburgh.",
        ),
        "twin_cities": [],
        "partnerships": ["innovation-partnership-pittsburgh"],
        "networks": [],
        "goals": [16, 17],
        "pillar": Pillar.CIVIL_SOCIETY,
    },
    "german-turkish-city-partnership-conference-2021": {
        "kind": EventKind.CONFERENCE,
        "all_day": True,
        "start": (2021, 10, 14),
        "end": (2021, 10, 15),
        "venue": ("", ""),
        "address": "",
        "organiser": (
            "Auswärtiges Amt, Deutscher Städtetag und Türkischer Gemeindeverband",
            "German Federal Foreign Office, Association of German Cities and Association "
            "of Turkish Municipalities",
        ),
        "title": (
            "Deutsch-Türkische Städtepartnerschaftskonferenz 2021",
            "German-Turkish City Partnership Conference 2021",
        ),
        "teaser": (
            "Städte aus Deutschland und der Türkei beraten über ihre Partnerschaften.",
            "Cities from Germany and Turkey discuss their partnerships.",
        ),
        "description": (
            "Das Auswärtige Amt, der Deutsche Städtetag und der Türkische Gemeindeverband "
            "luden 2020 und 2021 zu Städtepartnerschaftskonferenzen ein. Sie gehören zu "
            "den Grundlagen, auf denen Städte wie Dortmund ihre Städte-Diplomatie aufbauen.",
            "In 2020 and 2021 the German Federal Foreign Office, the Association of German "
            "Cities and the Association of Turkish Municipalities held city partnership "
            "conferences. They are among the foundations on which cities such as Dortmund "
            "build their urban diplomacy.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": [],
        "goals": [16, 17],
        "pillar": Pillar.CIVIL_SOCIETY,
    },
}

# Demo visits: no source text names a visit, a date or a guest.
VISITS = {
    "visit-from-amiens-2026": {
        "party": ("Delegation der Partnerstadt Amiens", "Delegation of the twin city of Amiens"),
        "kind": VisitKind.CITY_DELEGATION,
        "country": "FR",
        "twin_city": "amiens",
        "partnership": None,
        "dates": ((2026, 5, 9), (2026, 5, 10)),
        "purpose": (
            "Besuch des Stadtfests DORTBUNT! und Austausch über Jugendbegegnungen",
            "Visit to the DORTBUNT! city festival and exchange on youth encounters",
        ),
        "golden_book": True,
        "status": VisitStatus.DONE,
        "programme": [
            ((2026, 5, 9), (11, 0), "Empfang im Rathaus, Eintrag ins Goldene Buch"),
            ((2026, 5, 9), (14, 0), "Rundgang über das Stadtfest DORTBUNT!"),
            ((2026, 5, 10), (10, 0), "Gespräch mit Schulen und Jugendverbänden"),
        ],
        "report": {
            "title": ("Gäste aus Amiens beim Stadtfest", "Guests from Amiens at the city festival"),
            "text": (
                "Zum Stadtfest DORTBUNT! kam eine Delegation aus Amiens nach Dortmund. Im "
                "Rathaus trugen sich die Gäste in das Goldene Buch der Stadt ein.\n\n"
                "Im Gespräch mit Schulen und Jugendverbänden ging es darum, wie junge "
                "Menschen aus beiden Städten öfter zusammenkommen können.",
                "A delegation from Amiens came to Dortmund for the DORTBUNT! city festival. "
                "At the town hall the guests signed the city's Golden Book.\n\n"
                "Talks with schools and youth organisations were about how young people "
                "from both cities can meet more often.",
            ),
        },
    },
    "ambassador-ghana-2026": {
        "party": ("Botschaft der Republik Ghana", "Embassy of the Republic of Ghana"),
        "kind": VisitKind.AMBASSADOR,
        "country": "GH",
        "twin_city": None,
        "partnership": "climate-partnership-kumasi",
        "dates": ((2026, 9, 15), (2026, 9, 15)),
        "purpose": (
            "Antrittsbesuch und Gespräch über die Klimapartnerschaft mit Kumasi",
            "Courtesy visit and talks on the climate partnership with Kumasi",
        ),
        "golden_book": True,
        "status": VisitStatus.DONE,
        "programme": [
            ((2026, 9, 15), (10, 0), "Empfang durch den Oberbürgermeister"),
            ((2026, 9, 15), (11, 30), "Gespräch mit dem Umweltamt"),
        ],
        "report": {
            "title": ("Botschafter aus Ghana zu Gast", "Ambassador of Ghana visits Dortmund"),
            "text": (
                "Der Botschafter der Republik Ghana besuchte Dortmund und trug sich in das "
                "Goldene Buch der Stadt ein. Im Mittelpunkt stand die Klimapartnerschaft "
                "mit Kumasi.",
                "The ambassador of the Republic of Ghana visited Dortmund and signed the "
                "city's Golden Book. The focus was on the climate partnership with Kumasi.",
            ),
        },
    },
    "delegation-buffalo-2027": {
        "party": ("Delegation der Partnerstadt Buffalo", "Delegation of the twin city of Buffalo"),
        "kind": VisitKind.CITY_DELEGATION,
        "country": "US",
        "twin_city": "buffalo",
        "partnership": None,
        "dates": ((2027, 6, 21), (2027, 6, 23)),
        "purpose": (
            "50 Jahre Städtepartnerschaft Dortmund–Buffalo",
            "50 years of the Dortmund–Buffalo twinning",
        ),
        "golden_book": False,
        "status": VisitStatus.REQUESTED,
        "programme": [],
        "report": None,
    },
}

PROTOCOL_NOTES = "Demo: Sitzordnung, Ablauf und Gastgeschenke mit dem Protokoll abstimmen."


def berlin_time(parts):
    return datetime(*parts, tzinfo=local_zone())


def load_events_and_visits(goals):
    twin_cities = {t.city.slug: t for t in TwinCity.objects.select_related("city")}
    partnerships = {p.slug: p for p in ProjectPartnership.objects.all()}
    networks = {n.slug: n for n in Network.objects.all()}
    for slug, data in EVENTS.items():
        start, end = berlin_time(data["start"]), berlin_time(data["end"])
        if data["all_day"]:
            start, end = start_of_day(start.date()), end_of_day(end.date())
        event = upsert(
            Event,
            {"slug": slug},
            {
                **translated(data, "title", "venue", "organiser", "teaser", "description"),
                "kind": data["kind"],
                "all_day": data["all_day"],
                "start": start,
                "end": end,
                "address": data["address"],
                "pillar": data["pillar"],
                "publication_status": PublicationStatus.PUBLISHED,
            },
        )
        event.twin_cities.set([twin_cities[slug] for slug in data["twin_cities"]])
        event.project_partnerships.set([partnerships[slug] for slug in data["partnerships"]])
        event.networks.set([networks[slug] for slug in data["networks"]])
        event.goals.set([goals[number] for number in data["goals"]])
    for key, data in VISITS.items():
        first, last = (date(*day) for day in data["dates"])
        visit = upsert(
            Visit,
            {"visiting_party_de": data["party"][0], "start_date": first},
            {
                "visiting_party_en": data["party"][1],
                "kind": data["kind"],
                "country": data["country"],
                "twin_city": twin_cities.get(data["twin_city"]),
                "project_partnership": partnerships.get(data["partnership"]),
                "end_date": last,
                "purpose_de": data["purpose"][0],
                "purpose_en": data["purpose"][1],
                "golden_book_signed": data["golden_book"],
                "status": data["status"],
                "protocol_notes": PROTOCOL_NOTES,
            },
        )
        for day, (hour, minute), item in data["programme"]:
            upsert(
                ProgrammeItem,
                {"visit": visit, "day": date(*day), "time": time(hour, minute)},
                {"item": item},
            )
        if data["report"]:
            upsert(
                VisitReport,
                {"slug": key},
                {
                    **translated(data["report"], "title", "text"),
                    "visit": visit,
                    "consent_to_publish": True,
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )


# The office team as the office's own page names it (seed 001), with the roles the
# sources give (Martin van der Pütten heads the office since 1 August 2019, Helga Jänsch
# is responsible for the 2030 Agenda, Fabian Zeuch coordinates global urban diplomacy
# since 1 November 2020); the others get a neutral function. The responsibilities are
# a plausible demo split. Every e-mail address is under the reserved .example domain,
# and every number has a subscriber part starting with 0000, which no German number can.
OFFICE_UNIT = (
    "office",
    "Büro für Internationale Beziehungen und Nachhaltige Entwicklung",
    "Office for International Relations and Sustainable Development",
)
TEAM_MEMBER = ("Mitarbeiterin", "Team member")
# slug: names, function, position, responsibilities, internal details
PEOPLE = {
    "martin-van-der-putten": {
        "names": ("Martin", "van der Pütten"),
        "function": ("Leiter des Büros", "Head of the office"),
        "position": 1,
        "twin_cities": [
            "amiens",
            "leeds",
            "buffalo",
            "rostov-on-don",
            "netanya",
            "novi-sad",
            "zwickau",
            "xian",
            "trabzon",
        ],
        "events": ["german-american-future-forum-2022", "uefa-euro-2024"],
        "topics": ["europe"],
        "deputy": "fabian-zeuch",
        "languages": "Deutsch, Englisch, Niederländisch",
    },
    "fabian-zeuch": {
        "names": ("Fabian", "Zeuch"),
        "function": (
            "Koordinator Globale Städte-Diplomatie",
            "Coordinator for Global Urban Diplomacy",
        ),
        "position": 2,
        "partnerships": [
            "innovation-partnership-pittsburgh",
            "transatlantic-climate-bridge",
            "climate-adaptation-cluj-napoca",
        ],
        "networks": ["eurocities", "cemr", "mayors-for-peace", "pact-of-free-cities"],
        "events": ["urban-diplomacy-lecture-2026-12", "urban-diplomacy-lecture-2027-06"],
        "countries": ["US", "CA", "RO"],
        "topics": ["innovation", "peace", "democracy"],
        "deputy": "martin-van-der-putten",
        "languages": "Deutsch, Englisch, Spanisch",
    },
    "helga-jansch": {
        "names": ("Helga", "Jänsch"),
        "function": ("Agenda 2030 und Nachhaltigkeit", "2030 Agenda and sustainability"),
        "position": 3,
        "networks": [
            "global-sustainable-municipality-nrw",
            "fairtrade-towns",
            "european-cities-for-fair-and-ethical-trade",
        ],
        "events": ["fair-friends-2027"],
        "topics": ["sustainability", "fair-trade"],
        "deputy": "felicia-schenkelberg",
        "languages": "Deutsch, Englisch",
    },
    "felicia-schenkelberg": {
        "names": ("Felicia", "Schenkelberg"),
        "partnerships": ["climate-partnership-kumasi", "climate-partnership-dabola"],
        "topics": ["climate-protection", "climate-adaptation"],
        "deputy": "sara-stjepic",
        "languages": "Deutsch, Englisch, Französisch",
    },
    "sara-stjepic": {
        "names": ("Sara", "Stjepic"),
        "countries": ["GH", "GN", "RS"],
        "topics": ["public-services"],
        "deputy": "felicia-schenkelberg",
        "languages": "Deutsch, Englisch, Serbisch, Kroatisch",
    },
    "christoph-struss": {
        "names": ("Christoph", "Struß"),
        "function": ("Mitarbeiter", "Team member"),
        "countries": ["FR", "GB", "TR", "IL"],
        "events": ["german-turkish-city-partnership-conference-2021"],
        "topics": ["economy", "digitalisation"],
        "deputy": "alessa-heuser",
        "languages": "Deutsch, Englisch, Französisch",
    },
    "claudia-schutz": {
        "names": ("Claudia", "Schütz"),
        "events": ["dortbunt-2027", "iga-2027"],
        "topics": ["mobility"],
        "deputy": "alessa-heuser",
        "languages": "Deutsch, Englisch",
    },
    "alessa-heuser": {
        "names": ("Alessa", "Heuser"),
        "topics": ["energy", "food-policy"],
        "deputy": "claudia-schutz",
        "languages": "Deutsch, Englisch, Italienisch",
    },
}


def demo_address(first_name, last_name):
    local = f"{first_name}.{last_name}".lower().replace(" ", "")
    for letter, spelling in {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}.items():
        local = local.replace(letter, spelling)
    return f"{local}@stadtdo.example"


def load_people(topics):
    slug, name_de, name_en = OFFICE_UNIT
    office = upsert(
        Unit, {"slug": slug}, {"name_de": name_de, "name_en": name_en, "is_office": True}
    )
    twin_cities = {t.city.slug: t for t in TwinCity.objects.select_related("city")}
    partnerships = {p.slug: p for p in ProjectPartnership.objects.all()}
    networks = {n.slug: n for n in Network.objects.all()}
    events = {e.slug: e for e in Event.objects.all()}
    people = {}
    for number, (slug, data) in enumerate(PEOPLE.items(), start=1):
        first_name, last_name = data["names"]
        function = data.get("function", TEAM_MEMBER)
        people[slug] = upsert(
            Person,
            {"slug": slug},
            {
                "first_name": first_name,
                "last_name": last_name,
                "function_de": function[0],
                "function_en": function[1],
                "unit": office,
                "position": data.get("position", 10),
                "email": demo_address(first_name, last_name),
                "phone": "0231 0000-1000",
                "direct_line": f"0231 0000-10{number:02}",
                "mobile": f"0151 0000 00{number:02}",
                "room": f"Friedensplatz 1, Raum 2.{number:02}",
                "languages": data["languages"],
                "publication_status": PublicationStatus.PUBLISHED,
            },
        )
        countries = sorted(data.get("countries", []))
        # A multiple CountryField reads back as Country objects: compare the codes.
        if [country.code for country in people[slug].countries] != countries:
            people[slug].countries = countries
            people[slug].save()
    for slug, data in PEOPLE.items():
        person = people[slug]
        upsert(Person, {"slug": slug}, {"deputy": people[data["deputy"]]})
        person.twin_cities.set([twin_cities[key] for key in data.get("twin_cities", [])])
        person.project_partnerships.set([partnerships[key] for key in data.get("partnerships", [])])
        person.networks.set([networks[key] for key in data.get("networks", [])])
        person.events.set([events[key] for key in data.get("events", [])])
        person.topics.set([topics[key] for key in data.get("topics", [])])


# News of the office. The Future Forum's date is in the source texts; the plaque and the
# permanent "Europaaktive Kommune" title come without one, so theirs are demo dates.
NEWS = {
    "german-american-future-forum-2022": {
        "date": (2022, 11, 3, 17, 0),
        "title": (
            "Dortmund beim Deutsch-Amerikanischen Zukunftsforum in Münster",
            "Dortmund at the German-American Future Forum in Münster",
        ),
        "teaser": (
            "Martin van der Pütten, Leiter des Büros für Internationale Beziehungen, warb in "
            "Münster dafür, Städte fest in die Außenpolitik einzubinden.",
            "In Münster, Martin van der Pütten, head of the Office for International "
            "Relations, made the case for giving cities a firm place in foreign policy.",
        ),
        "body": (
            "Am 3. November 2022 trafen sich in Münster rund 140 Gäste aus Deutschland und den "
            "Vereinigten Staaten zum Deutsch-Amerikanischen Zukunftsforum. Unter dem Titel "
            "„The Future of Democracy in a Digital World“ suchten sie nach Wegen, die "
            "Demokratie im digitalen Zeitalter widerstandsfähiger zu machen. Das Forum lief "
            "parallel zum Treffen der Außenministerinnen und Außenminister der G7.\n\n"
            "Für Dortmund war Martin van der Pütten dabei. Seine Botschaft: Wer internationale "
            "Beziehungen gestaltet, sollte die Städte regelmäßig und planvoll mit an den Tisch "
            "holen. Im Workshop über Demokratie und Menschenrechte im Netz zeigte er an der "
            "Innovationspartnerschaft mit Pittsburgh, was Zusammenarbeit von Kommunen über den "
            "Atlantik hinweg leisten kann.\n\n"
            "Auch Bundesaußenministerin Annalena Baerbock und US-Außenminister Antony J. "
            "Blinken hoben hervor, wie viel der Austausch zwischen Städten und ihren "
            "Bürgerinnen und Bürgern bewirken kann. Eingeladen hatten das US-Außenministerium, "
            "das Auswärtige Amt, die Bertelsmann Stiftung und das American Institute for "
            "Contemporary German Studies (AICGS).",
            "On 3 November 2022, some 140 guests from Germany and the United States met in "
            "Münster for the German-American Future Forum. Under the title \u201cThe Future of "
            "Democracy in a Digital World\u201d, they looked for ways to make democracy more "
            "resilient in the digital age. The forum ran alongside the meeting of the G7 "
            "foreign ministers.\n\n"
            "Martin van der Pütten took part for Dortmund. His message: whoever shapes "
            "international relations should bring cities to the table, regularly and by "
            "design. In the workshop on democracy and human rights online, he used the "
            "innovation partnership with Pittsburgh to show what cooperation between "
            "municipalities across the Atlantic can achieve.\n\n"
            "German Foreign Minister Annalena Baerbock and US Secretary of State Antony J. "
            "Blinken also stressed how much exchange between cities and their citizens can "
            "achieve. The hosts were the US Department of State, the German Federal Foreign "
            "Office, the Bertelsmann Stiftung and the American Institute for Contemporary "
            "German Studies (AICGS).",
        ),
        "twin_cities": [],
        "partnerships": ["innovation-partnership-pittsburgh"],
        "networks": [],
        "goals": [16, 17],
    },
    "council-of-europe-plaque-of-honour": {
        "date": (2025, 5, 9, 10, 0),
        "title": (
            "Ehrenplakette des Europarates für Dortmund",
            "Council of Europe awards Dortmund its Plaque of Honour",
        ),
        "teaser": (
            "Der Europarat würdigt, wie Dortmund Europa in seinen Städtepartnerschaften und "
            "Netzwerken mit Leben füllt.",
            "The Council of Europe recognises how Dortmund brings Europe to life in its town "
            "twinnings and networks.",
        ),
        "body": (
            "Mit seiner Ehrenplakette zeichnet der Europarat Kommunen aus, die sich in "
            "besonderer Weise für den europäischen Gedanken einsetzen. Dortmund erhält sie "
            "für sein Engagement in Städtepartnerschaften und europäischen Städtenetzwerken.\n\n"
            "Die Auszeichnung gilt vielen: den Schulen, Vereinen und Freundeskreisen, die "
            "Begegnungen mit Amiens, Leeds und den anderen Partnerstädten auf die Beine "
            "stellen, und den Fachleuten der Verwaltung, die in Netzwerken wie dem Rat der "
            "Gemeinden und Regionen Europas mitarbeiten.",
            "The Council of Europe awards its Plaque of Honour to municipalities that do "
            "outstanding work for the European idea. Dortmund receives it for its commitment "
            "to town twinning and to European city networks.\n\n"
            "The award belongs to many people: the schools, clubs and friendship circles that "
            "organise encounters with Amiens, Leeds and the other twin cities, and the "
            "city's staff who work in networks such as the Council of European "
            "Municipalities and Regions.",
        ),
        "twin_cities": ["amiens", "leeds"],
        "partnerships": [],
        "networks": ["cemr", "eurocities"],
        "goals": [16, 17],
    },
    "europaaktive-kommune": {
        "date": (2019, 11, 15, 10, 0),
        "title": (
            "Dortmund bleibt dauerhaft „Europaaktive Kommune“",
            "Dortmund keeps the title \u201cEuropaaktive Kommune\u201d for good",
        ),
        "teaser": (
            "Das Land Nordrhein-Westfalen hat Dortmund den Titel, den die Stadt 2014 zum "
            "ersten Mal erhielt, auf Dauer verliehen.",
            "North Rhine-Westphalia has granted Dortmund the title for good; the city first "
            "received it in 2014.",
        ),
        "body": (
            "Mit dem Titel „Europaaktive Kommune“ würdigt die Landesregierung "
            "Nordrhein-Westfalen Städte und Gemeinden, die Europa vor Ort erlebbar machen. "
            "Dortmund trägt ihn seit 2014 und darf ihn nun ohne zeitliche Begrenzung "
            "führen.\n\n"
            "Hinter der Auszeichnung steht die Arbeit vieler: Begegnungen in den "
            "Städtepartnerschaften, die Mitarbeit in europäischen Netzwerken und Angebote, "
            "bei denen Menschen in Dortmund über Europa ins Gespräch kommen. Das Büro für "
            "Internationale Beziehungen bündelt diese Arbeit.",
            "With the title \u201cEuropaaktive Kommune\u201d (Europe-active municipality), "
            "the state government of North Rhine-Westphalia honours towns and cities that "
            "make Europe tangible on the ground. Dortmund has held it since 2014 and may now "
            "carry it without a time limit.\n\n"
            "The title rests on the work of many: encounters within the town twinnings, "
            "work in European networks, and occasions where people in Dortmund talk about "
            "Europe. The Office for International Relations brings this work together.",
        ),
        "twin_cities": [],
        "partnerships": [],
        "networks": ["cemr", "eurocities"],
        "goals": [16, 17],
    },
}


def load_news(goals):
    twin_cities = {t.city.slug: t for t in TwinCity.objects.select_related("city")}
    partnerships = {p.slug: p for p in ProjectPartnership.objects.all()}
    networks = {n.slug: n for n in Network.objects.all()}
    for slug, data in NEWS.items():
        item = upsert(
            NewsItem,
            {"slug": slug},
            {
                **translated(data, "title", "teaser", "body"),
                "publish_at": berlin_time(data["date"]),
                "publication_status": PublicationStatus.PUBLISHED,
            },
        )
        item.twin_cities.set([twin_cities[slug] for slug in data["twin_cities"]])
        item.project_partnerships.set([partnerships[slug] for slug in data["partnerships"]])
        item.networks.set([networks[slug] for slug in data["networks"]])
        item.goals.set([goals[number] for number in data["goals"]])


DEMO_NOTICE = (
    "Demo-Text: Vor dem Start ersetzt das Büro für Internationale Beziehungen diesen Text "
    "durch die geprüfte Fassung.",
    "Demo text: before the portal goes live, the Office for International Relations "
    "replaces this text with the checked version.",
)

# kind: title and body (DE, EN); "## " begins a heading.
LEGAL_PAGES = {
    LegalPageKind.IMPRINT: {
        "title": ("Impressum", "Imprint"),
        "body": (
            f"{DEMO_NOTICE[0]}\n\n"
            "## Herausgeberin\n\n"
            "Stadt Dortmund\nDer Oberbürgermeister\nFriedensplatz 1\n44135 Dortmund\n\n"
            "Die Stadt Dortmund ist eine Körperschaft des öffentlichen Rechts. Sie wird durch "
            "den Oberbürgermeister vertreten.\n\n"
            "## Verantwortlich für den Inhalt\n\n"
            "Amt für Angelegenheiten des Oberbürgermeisters und des Rates\n"
            "Büro für Internationale Beziehungen und nachhaltige Entwicklung\n"
            "Friedensplatz 1\n44135 Dortmund\n\n"
            "## Aufsichtsbehörde\n\n"
            "Bezirksregierung Arnsberg\n\n"
            "## Verweise auf andere Websites\n\n"
            "Das Portal verweist auf Websites von Partnerstädten, Städtenetzwerken und "
            "anderen Organisationen. Für deren Inhalte sind allein die jeweiligen Anbieter "
            "verantwortlich.",
            f"{DEMO_NOTICE[1]}\n\n"
            "## Publisher\n\n"
            "City of Dortmund\nThe Lord Mayor\nFriedensplatz 1\n44135 Dortmund\nGermany\n\n"
            "The City of Dortmund is a public-law corporation, represented by the Lord "
            "Mayor.\n\n"
            "## Responsible for the content\n\n"
            "Department for Mayoral and City Council's Affairs\n"
            "Office for International Relations and Sustainable Development\n"
            "Friedensplatz 1\n44135 Dortmund\n\n"
            "## Supervisory authority\n\n"
            "Regional government of Arnsberg (Bezirksregierung Arnsberg)\n\n"
            "## Links to other websites\n\n"
            "The portal links to the websites of twin cities, city networks and other "
            "organisations. Their providers alone are responsible for what those sites say.",
        ),
    },
    LegalPageKind.PRIVACY: {
        "title": ("Datenschutzerklärung", "Privacy notice"),
        "body": (
            f"{DEMO_NOTICE[0]}\n\n"
            "## Verantwortliche Stelle\n\n"
            "Stadt Dortmund, Büro für Internationale Beziehungen und nachhaltige Entwicklung, "
            "Friedensplatz 1, 44135 Dortmund\n\n"
            "## Kein Tracking, keine Dritten\n\n"
            "Das Portal verwendet keine Werkzeuge zur Reichweitenmessung oder zum Tracking "
            "und bindet nichts von fremden Servern ein: Schriften, Grafiken, Skripte und "
            "Karten liefert es selbst aus. Ihr Browser verbindet sich beim Lesen nur mit "
            "diesem Server.\n\n"
            "## Server-Protokolle\n\n"
            "Um den Betrieb zu sichern, hält der Server zu jeder Anfrage den Zeitpunkt, die "
            "aufgerufene Adresse und das technische Ergebnis fest. Diese Protokolle werden "
            "nach sieben Tagen gelöscht.\n\n"
            "## Cookies\n\n"
            "Zum Lesen setzt das Portal keine Cookies. Nur die Seite mit dem "
            "Rückmeldeformular (die Erklärung zur Barrierefreiheit) setzt ein technisch "
            "notwendiges Cookie, das das Formular vor Missbrauch durch fremde Websites "
            "schützt. Mitarbeiterinnen und Mitarbeiter, die sich anmelden, erhalten dazu ein "
            "Sitzungs-Cookie, das mit der Abmeldung endet.\n\n"
            "## Rückmeldungen zur Barrierefreiheit\n\n"
            "Schreiben Sie uns über das Formular in der Erklärung zur Barrierefreiheit, "
            "speichert das Portal Ihre Nachricht, den Zeitpunkt, die Sprache der Seite und "
            "– nur wenn Sie sie angeben – Ihren Namen und Ihre E-Mail-Adresse. Es sendet "
            "diese Angaben per E-Mail an das Büro für Internationale Beziehungen. Ihre "
            "IP-Adresse wird dabei nicht gespeichert. Wir nutzen die Angaben nur, um Ihre "
            "Rückmeldung zu bearbeiten und zu beantworten, und löschen sie, wenn sie dafür "
            "nicht mehr gebraucht werden.\n\n"
            "## Schutz der Anmeldung\n\n"
            "Damit niemand Passwörter für die Redaktion durch Ausprobieren errät, speichert "
            "das Portal jeden fehlgeschlagenen Anmeldeversuch: den eingegebenen "
            "Benutzernamen, die IP-Adresse, die Kennung des Browsers und den Zeitpunkt. Nach "
            "fünf Fehlversuchen ist der Benutzername von dieser Adresse aus für eine Stunde "
            "gesperrt. Die Einträge gelten nur, bis die Sperre abläuft, und werden danach "
            "beim nächsten Anmeldevorgang gelöscht; eine erfolgreiche Anmeldung löscht sie "
            "sofort. Erfolgreiche Anmeldungen werden nicht protokolliert.\n\n"
            "## Ihre Rechte\n\n"
            "Sie haben das Recht auf Auskunft über Ihre gespeicherten Daten, auf "
            "Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Widerspruch. "
            "Sie können sich außerdem bei der Landesbeauftragten für Datenschutz und "
            "Informationsfreiheit Nordrhein-Westfalen beschweren.",
            f"{DEMO_NOTICE[1]}\n\n"
            "## Controller\n\n"
            "City of Dortmund, Office for International Relations and Sustainable "
            "Development, Friedensplatz 1, 44135 Dortmund, Germany\n\n"
            "## No tracking, no third parties\n\n"
            "The portal uses no audience measurement or tracking tools and embeds nothing "
            "from other servers: it serves its fonts, graphics, scripts and maps itself. "
            "While you read, your browser connects to this server only.\n\n"
            "## Server logs\n\n"
            "To keep the portal running securely, the server records the time, the address "
            "requested and the technical result of each request. These logs are deleted "
            "after seven days.\n\n"
            "## Cookies\n\n"
            "Reading the portal sets no cookies. Only the page with the feedback form (the "
            "accessibility statement) sets a technically necessary cookie that protects the "
            "form against misuse by other websites. Staff who sign in also get a session "
            "cookie, which ends when they sign out.\n\n"
            "## Feedback on accessibility\n\n"
            "When you write to us with the form in the accessibility statement, the portal "
            "stores your message, the time, the language of the page and, only if you give "
            "them, your name and e-mail address. It sends them by e-mail to the Office for "
            "International Relations. Your IP address is not stored with them. We use them "
            "only to deal with and answer your feedback, and delete them once they are no "
            "longer needed for that.\n\n"
            "## Protection of the sign-in\n\n"
            "So that nobody can guess the editors' passwords by trial and error, the portal "
            "records every failed sign-in: the user name entered, the IP address, the "
            "browser's identification and the time. After five failed attempts, the user "
            "name is locked from that address for an hour. The records count only until the "
            "lock expires and are deleted at the next sign-in after that; a successful "
            "sign-in deletes them at once. Successful sign-ins are not logged.\n\n"
            "## Your rights\n\n"
            "You have the right to know what data about you is stored, and to have it "
            "corrected, erased or its processing restricted, and to object. You may also "
            "complain to the State Commissioner for Data Protection and Freedom of "
            "Information of North Rhine-Westphalia.",
        ),
    },
}

ACCESSIBILITY_STATEMENT = {
    "introduction": (
        f"{DEMO_NOTICE[0]}\n\n"
        "Die Stadt Dortmund ist bemüht, dieses Portal des Büros für Internationale "
        "Beziehungen barrierefrei zugänglich zu machen. Maßgeblich sind das "
        "Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und die "
        "Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITV NRW), die "
        "die Richtlinie (EU) 2016/2102 umsetzen. Diese Erklärung gilt für alle öffentlichen "
        "Seiten des Portals in deutscher und englischer Sprache.",
        f"{DEMO_NOTICE[1]}\n\n"
        "The City of Dortmund strives to make this portal of the Office for International "
        "Relations accessible. The applicable law is the Disability Equality Act of North "
        "Rhine-Westphalia (BGG NRW) and the state's Barrier-Free Information Technology "
        "Ordinance (BITV NRW), which transpose Directive (EU) 2016/2102. This statement "
        "covers every public page of the portal in German and English.",
    ),
    "compliance_note": (
        "Die automatische Prüfung aller öffentlichen Seiten nach WCAG 2.1, Stufe AA, findet "
        "keine Verstöße. Es fehlen aber noch Erläuterungen in Deutscher Gebärdensprache und "
        "in Leichter Sprache.",
        "The automated check of every public page against WCAG 2.1 level AA finds no "
        "violations. Explanations in German Sign Language and in Easy Language are still "
        "missing, though.",
    ),
    "method_note": (
        "Vor jeder neuen Version prüft ein automatischer Test jede öffentliche Seite in "
        "beiden Sprachen mit dem Werkzeug axe-core auf die Kriterien der WCAG 2.1, Stufen A "
        "und AA. Eine Prüfung durch Menschen, die assistive Technik nutzen, steht noch aus.",
        "Before each new version, an automated test checks every public page in both "
        "languages with the axe-core tool against the WCAG 2.1 criteria of levels A and "
        "AA. A review by people who use assistive technology is still to come.",
    ),
    "feedback_contact": (
        "Büro für Internationale Beziehungen und nachhaltige Entwicklung",
        "Office for International Relations and Sustainable Development",
    ),
    "enforcement": (
        "Haben Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort "
        "erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik "
        "des Landes Nordrhein-Westfalen wenden. Sie vermittelt als Schlichtungsstelle "
        "zwischen Ihnen und der Stadt, damit sich der Konflikt ohne Gericht lösen lässt; für "
        "Sie ist das Verfahren kostenlos.",
        "If you have had no answer to your feedback, or the answer does not satisfy you, "
        "you can turn to the ombuds office for barrier-free information technology of the "
        "state of North Rhine-Westphalia (Ombudsstelle für barrierefreie "
        "Informationstechnik des Landes NRW). As a conciliation body it mediates between you "
        "and the city so that the dispute can be settled out of court; the procedure is "
        "free of charge for you.",
    ),
}

# content and alternative (DE, EN), reason
NON_ACCESSIBLE_CONTENT = [
    (
        (
            "Erläuterungen zu Inhalt und Bedienung des Portals in Deutscher Gebärdensprache "
            "und in Leichter Sprache gibt es noch nicht.",
            "There are no explanations yet of the portal's content and use in German Sign "
            "Language or in Easy Language.",
        ),
        NonAccessibleReason.NON_COMPLIANCE,
        (
            "Das Büro für Internationale Beziehungen erklärt Ihnen die Inhalte gern am "
            "Telefon, per E-Mail oder bei einem Termin.",
            "The Office for International Relations will gladly explain the content to you "
            "by telephone, by e-mail or in person.",
        ),
    ),
    (
        (
            "Websites von Partnerstädten, Städtenetzwerken und anderen Organisationen, auf "
            "die das Portal verweist, betreiben diese selbst; ihre Barrierefreiheit liegt "
            "nicht in der Hand der Stadt Dortmund.",
            "The websites of twin cities, city networks and other organisations that the "
            "portal links to are run by them; their accessibility is outside the City of "
            "Dortmund's control.",
        ),
        NonAccessibleReason.OUT_OF_SCOPE,
        ("", ""),
    ),
]


def load_legal_pages():
    for kind, data in LEGAL_PAGES.items():
        upsert(
            LegalPage,
            {"kind": kind},
            {**translated(data, "title", "body"), "last_updated": date(2026, 11, 20)},
        )
    statement = upsert(
        AccessibilityStatement,
        {},
        {
            **translated(
                ACCESSIBILITY_STATEMENT,
                "introduction",
                "compliance_note",
                "method_note",
                "feedback_contact",
                "enforcement",
            ),
            "compliance_status": ComplianceStatus.PARTIAL,
            "prepared_on": date(2026, 11, 20),
            "reviewed_on": date(2026, 11, 20),
            "method": AssessmentMethod.SELF,
            "feedback_email": "international@example.org",
        },
    )
    for position, (content, reason, alternative) in enumerate(NON_ACCESSIBLE_CONTENT):
        upsert(
            NonAccessibleContent,
            {"statement": statement, "position": position},
            {
                "content_de": content[0],
                "content_en": content[1],
                "reason": reason,
                "alternative_de": alternative[0],
                "alternative_en": alternative[1],
            },
        )


class Command(BaseCommand):
    help = (
        "Load the demo content (twin cities, project partnerships, networks, SDG activities). "
        "Safe to run twice."
    )

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
        goals = {goal.number: goal for goal in Goal.objects.all()}
        for slug, (since, status, teaser, story, note) in TWIN_CITIES.items():
            twin_city = upsert(
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
                    "pillar": TWIN_CITY_PILLAR,
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )
            twin_city.goals.set([goals[number] for number in TWIN_CITY_GOALS])
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
                    "pillar": data["pillar"],
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )
            partnership.partner_cities.set([cities[slug] for slug in data["cities"]])
            partnership.topics.set([topics[slug] for slug in data["topics"]])
            partnership.goals.set([goals[number] for number in data["goals"]])
        for slug, data in NETWORKS.items():
            network = upsert(
                Network,
                {"slug": slug},
                {
                    **translated(data, "name", "acronym", "teaser", "description"),
                    "level": data["level"],
                    "role": data["role"],
                    "pillar": data["pillar"],
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )
            network.topics.set([topics[slug] for slug in data["topics"]])
            network.goals.set([goals[number] for number in data["goals"]])
        for slug, data in SDG_ACTIVITIES.items():
            activity = upsert(
                SdgActivity,
                {"slug": slug},
                {
                    **translated(data, "title", "teaser", "description", "lead_unit"),
                    "pillar": data["pillar"],
                    "status": ActivityStatus.ONGOING,
                    "publication_status": PublicationStatus.PUBLISHED,
                },
            )
            activity.goals.set([goals[number] for number in data["goals"]])
        load_events_and_visits(goals)
        load_news(goals)
        load_legal_pages()
        load_people(topics)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {len(TWIN_CITIES)} twin cities, "
                f"{len(PROJECT_PARTNERSHIPS)} project partnerships, {len(NETWORKS)} networks, "
                f"{len(SDG_ACTIVITIES)} SDG activities, {len(EVENTS)} events, "
                f"{len(VISITS)} visits, {len(PEOPLE)} people."
            )
        )
