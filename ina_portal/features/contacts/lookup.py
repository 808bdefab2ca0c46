"""The internal lookup: one box over names, partner cities, countries, networks and topics.

Names are matched in Python against the names of every record in both languages, with
umlauts and ß folded ("Jaensch" finds "Jänsch", "Tuerkei" finds Türkei), whatever the
database's collation; the people are then found in one query. A city's name also
stands for its country: "Kumasi" finds who is responsible for the Kumasi partnership
and who is responsible for Ghana.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from events.models import Event
from ina_portal.base.models import Topic
from networks.models import Network
from partnerships.models import City, ProjectPartnership

from .models import Person, Unit

SEARCHED_NAMES = {
    "people": (Person, ["first_name", "last_name", "function_de", "function_en"]),
    "units": (Unit, ["name_de", "name_en"]),
    "partnerships": (ProjectPartnership, ["title_de", "title_en"]),
    "networks": (Network, ["name_de", "name_en", "acronym_de", "acronym_en"]),
    "topics": (Topic, ["name_de", "name_en"]),
    "events": (Event, ["title_de", "title_en"]),
}
MAX_WORDS = 8
MAX_RESULTS = 100

FOLDED_DIGRAPHS = {"ae": "a", "oe": "o", "ue": "u"}


def fold(text):
    """Text reduced for matching: case, accents, ß and the ae/oe/ue spellings of umlauts."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    for digraph, letter in FOLDED_DIGRAPHS.items():
        text = text.replace(digraph, letter)
    return text


def query_words(query):
    return [fold(word) for word in query.split() if len(word) >= 2][:MAX_WORDS]


@dataclass
class Area:
    """One kind of responsibility of a person, e.g. their networks, with the matched ones."""

    label: str
    items: list = field(default_factory=list)  # [(text, matched)]
    # Responsibility for the record itself counts more than for its country or topic.
    weight: int = 2

    @property
    def matched(self):
        return any(matched for _text, matched in self.items)


class Lookup:
    """The people a query finds, and why each of them was found."""

    def __init__(self, query):
        self.words = query_words(query)

    def ids(self, rows):
        """Per word, the pks of the rows (pk, *texts) one of whose texts contains it."""
        folded = [(pk, " ".join(fold(text or "") for text in texts)) for pk, *texts in rows]
        return {word: {pk for pk, text in folded if word in text} for word in self.words}

    @cached_property
    def matches(self):
        """Per kind of record, per word: the pks of the records the word names.

        Under "countries", the codes of the countries it names, directly or through
        one of their cities.
        """
        if not self.words:
            return {}
        matches = {
            kind: self.ids(model._base_manager.values_list("pk", *names))
            for kind, (model, names) in SEARCHED_NAMES.items()
        }
        cities = list(City.objects.values_list("pk", "country", "name_de", "name_en"))
        self.city_country = {pk: country for pk, country, *_names in cities}
        matches["cities"] = self.ids((pk, *names) for pk, _country, *names in cities)
        matches["countries"] = {
            word: self.countries_named(word)
            | {self.city_country[pk] for pk in matches["cities"][word]}
            for word in self.words
        }
        return matches

    def countries_named(self, word):
        codes = set()
        if len(word) == 2 and word.upper() in countries:
            codes.add(word.upper())
        if len(word) >= 3:
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    codes |= {code for code, name in countries if word in fold(str(name))}
        return codes

    def condition(self, word):
        found = {kind: ids[word] for kind, ids in self.matches.items()}
        cities, codes = found["cities"], found["countries"]
        return (
            Q(pk__in=found["people"])
            | Q(unit__in=found["units"])
            | Q(project_partnerships__in=found["partnerships"])
            | Q(networks__in=found["networks"])
            | Q(topics__in=found["topics"])
            | Q(events__in=found["events"])
            | Q(pk__in=Person.objects.responsible_for(cities=cities, countries=codes).values("pk"))
        )

    def people(self, queryset):
        """The people the query finds, each with `areas`, the best matches first."""
        if not self.words:
            return []
        for word in self.words:
            queryset = queryset.filter(pk__in=Person.objects.filter(self.condition(word)))
        people = list(queryset[:MAX_RESULTS])
        for person in people:
            person.areas = self.areas(person)
        people.sort(key=self.relevance, reverse=True)
        return people

    def relevance(self, person):
        found_by_name = 3 * (person.pk in self.matched["people"])
        return found_by_name + sum(area.weight for area in person.areas if area.matched)

    @cached_property
    def matched(self):
        """Every matched pk (or country code) per kind, whichever word matched it."""
        return {kind: set().union(*ids.values()) for kind, ids in self.matches.items()}

    def areas(self, person):
        """What the person is responsible for, kind by kind, the matched items marked."""
        matched = self.matched if self.words else {}

        def hit(kind, pk):
            return pk in matched.get(kind, ())

        twin_cities = [
            (
                twin_city.city.name,
                hit("cities", twin_city.city_id) or hit("countries", twin_city.city.country.code),
            )
            for twin_city in person.twin_cities.all()
        ]
        partnerships = [
            (
                partnership.title,
                hit("partnerships", partnership.pk)
                or any(
                    hit("cities", city.pk) or hit("countries", city.country.code)
                    for city in partnership.partner_cities.all()
                ),
            )
            for partnership in person.project_partnerships.all()
        ]
        return [
            area
            for area in [
                Area(_("Twin cities"), twin_cities),
                Area(_("Project partnerships"), partnerships),
                Area(
                    _("City networks"),
                    [(n.name, hit("networks", n.pk)) for n in person.networks.all()],
                ),
                Area(
                    _("Countries"),
                    [(c.name, hit("countries", c.code)) for c in person.countries],
                    weight=1,
                ),
                Area(
                    _("Topics"),
                    [(t.name, hit("topics", t.pk)) for t in person.topics.all()],
                    weight=1,
                ),
                Area(_("Events"), [(e.title, hit("events", e.pk)) for e in person.events.all()]),
            ]
            if area.items
        ]
