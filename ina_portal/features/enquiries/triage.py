"""What staff want to know when they triage an enquiry: whom it concerns, and whether
the portal's city already has a relationship with it."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from ina_portal.features.contacts.lookup import fold
from ina_portal.features.contacts.models import Person
from partnerships.models import City, ProjectPartnership, TwinCity

# How much each kind of responsibility counts towards a suggestion.
CITY_WEIGHT = 4
COUNTRY_WEIGHT = 2
TOPIC_WEIGHT = 1


@dataclass
class Relationships:
    """Twin cities and project partnerships with the enquiry's city, and with its country."""

    twin_cities: list = field(default_factory=list)
    partnerships: list = field(default_factory=list)
    country_twin_cities: list = field(default_factory=list)
    country_partnerships: list = field(default_factory=list)

    @property
    def with_city(self):
        return bool(self.twin_cities or self.partnerships)

    @property
    def with_country(self):
        return bool(self.country_twin_cities or self.country_partnerships)


def matching_cities(enquiry):
    """The portal's cities in the enquiry's country whose German or English name is the
    one given, ignoring case, accents and umlaut spellings ("Kosice" finds "Košice")."""
    name = fold(enquiry.city.strip())
    if not name or not enquiry.country:
        return []
    return [
        city
        for city in City.objects.filter(country=enquiry.country)
        if name in {fold(city.name_de or ""), fold(city.name_en or "")}
    ]


def enquiry_relationships(enquiry):
    cities = matching_cities(enquiry)
    twin_cities = TwinCity.objects.select_related("city")
    partnerships = ProjectPartnership.objects.order_by("title").distinct()
    in_country = Q(partner_cities__country=enquiry.country)
    return Relationships(
        twin_cities=list(twin_cities.filter(city__in=cities)),
        partnerships=list(partnerships.filter(partner_cities__in=cities)),
        country_twin_cities=list(
            twin_cities.filter(city__country=enquiry.country).exclude(city__in=cities)
        ),
        country_partnerships=list(
            partnerships.filter(in_country).exclude(partner_cities__in=cities)
        ),
    )


@dataclass
class Suggestion:
    person: Person
    score: int = 0
    reasons: list = field(default_factory=list)


def enquiry_suggested_people(enquiry, limit=3):
    """People of the contacts directory responsible for the enquiry's city, country or
    topics, the best match first: the city counts most, then the country, then topics."""
    cities = matching_cities(enquiry)
    code = enquiry.country.code if enquiry.country else None
    topics = list(enquiry.topics.all())
    people = (
        Person.objects.published()
        .responsible_for(cities=cities, countries=[code] if code else [], topics=topics)
        .prefetch_related("twin_cities__city", "project_partnerships__partner_cities", "topics")
        .order_by("last_name", "first_name")
    )
    suggestions = []
    topic_ids = {topic.pk for topic in topics}
    city_ids = {city.pk for city in cities}
    for person in people:
        suggestion = Suggestion(person)
        partner_cities = [twin.city for twin in person.twin_cities.all()] + [
            city for p in person.project_partnerships.all() for city in p.partner_cities.all()
        ]
        if any(city.pk in city_ids for city in partner_cities):
            suggestion.score += CITY_WEIGHT
            suggestion.reasons.append(_("responsible for %(city)s") % {"city": enquiry.city})
        if code and (
            code in {c.code for c in person.countries}
            or any(city.country.code == code for city in partner_cities)
        ):
            suggestion.score += COUNTRY_WEIGHT
            suggestion.reasons.append(
                _("responsible for %(country)s") % {"country": enquiry.country.name}
            )
        for topic in person.topics.all():
            if topic.pk in topic_ids:
                suggestion.score += TOPIC_WEIGHT
                suggestion.reasons.append(_("topic: %(topic)s") % {"topic": topic.name})
        if suggestion.score:
            suggestions.append(suggestion)
    suggestions.sort(key=lambda s: -s.score)
    return suggestions[:limit]
