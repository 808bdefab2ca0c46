"""factory_boy factories: published, bilingual records unless a test says otherwise."""

from datetime import datetime, timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from events.models import (
    Event,
    EventKind,
    Visit,
    VisitKind,
    VisitReport,
    VisitStatus,
    local_zone,
)
from ina_portal.base.models import Image, PublicationStatus, Topic
from ina_portal.features.contacts.models import Person, Unit
from ina_portal.features.news.models import NewsItem
from ina_portal.features.pages.models import (
    AccessibilityStatement,
    ComplianceStatus,
    EasyReadPage,
    EasyReadStart,
    LegalPage,
    LegalPageKind,
    NonAccessibleContent,
    NonAccessibleReason,
)
from networks.models import Network, NetworkLevel, NetworkRole
from partnerships.models import City, ProjectPartnership, ProjectStatus, TwinCity
from sdg.models import Goal, LocalTarget, Pillar, SdgActivity


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = Image

    file = factory.django.ImageField(width=640, height=360, color="steelblue")
    alt_text_de = factory.Sequence(lambda n: f"Rathausplatz Nummer {n}")
    alt_text_en = factory.Sequence(lambda n: f"Town hall square number {n}")
    credit = "Stadt Dortmund / Roland Gorecki"


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    name_de = factory.Sequence(lambda n: f"Thema {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class CityFactory(DjangoModelFactory):
    class Meta:
        model = City

    name_de = factory.Sequence(lambda n: f"Stadt {n}")
    name_en = factory.Sequence(lambda n: f"City {n}")
    slug = factory.Sequence(lambda n: f"city-{n}")
    country = "FR"
    latitude = Decimal("49.89410")
    longitude = Decimal("2.29580")


class PublishableFactory(DjangoModelFactory):
    publication_status = PublicationStatus.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    class Params:
        draft = factory.Trait(publication_status=PublicationStatus.DRAFT)
        scheduled = factory.Trait(
            publish_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
        )


def goals(*numbers):
    """The goals with these numbers: reference data, created by the sdg migration."""
    return list(Goal.objects.filter(number__in=numbers))


class GoalsMixin(factory.django.DjangoModelFactory):
    """`goals=[13, 17]` or `goals=goals(13, 17)` tags the record with those goals."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            self.goals.set(
                [
                    goal if isinstance(goal, Goal) else Goal.objects.get(number=goal)
                    for goal in extracted
                ]
            )


class TwinCityFactory(PublishableFactory, GoalsMixin):
    class Meta:
        model = TwinCity
        skip_postgeneration_save = True

    city = factory.SubFactory(CityFactory)
    since = 1977
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    story_de = "<p>Eine lange Geschichte der Freundschaft.</p>"
    story_en = "<p>A long story of friendship.</p>"
    image = factory.SubFactory(ImageFactory)


class ProjectPartnershipFactory(PublishableFactory, GoalsMixin):
    class Meta:
        model = ProjectPartnership
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Klimapartnerschaft {n}")
    title_en = factory.Sequence(lambda n: f"Climate partnership {n}")
    slug = factory.Sequence(lambda n: f"partnership-{n}")
    status = ProjectStatus.ACTIVE
    lead_department_de = "Umweltamt"
    lead_department_en = "Environmental Office"
    funding_body_de = "Bundesministerium"
    funding_body_en = "Federal Ministry"
    start_year = 2018
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    description_de = "<p>Gemeinsam für das Klima.</p>"
    description_en = "<p>Together for the climate.</p>"

    @factory.post_generation
    def partner_cities(self, create, extracted, **kwargs):
        if create:
            self.partner_cities.set(extracted if extracted is not None else [CityFactory()])

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class NetworkFactory(PublishableFactory, GoalsMixin):
    class Meta:
        model = Network
        skip_postgeneration_save = True

    name_de = factory.Sequence(lambda n: f"Städtenetzwerk {n}")
    name_en = factory.Sequence(lambda n: f"City network {n}")
    acronym_de = ""
    acronym_en = ""
    slug = factory.Sequence(lambda n: f"network-{n}")
    level = NetworkLevel.EUROPEAN
    role = NetworkRole.MEMBER
    member_since = 1994
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    description_de = "<p>Städte lernen voneinander.</p>"
    description_en = "<p>Cities learn from each other.</p>"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class SdgActivityFactory(PublishableFactory, GoalsMixin):
    class Meta:
        model = SdgActivity
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Nachhaltigkeitsaktivität {n}")
    title_en = factory.Sequence(lambda n: f"Sustainability activity {n}")
    slug = factory.Sequence(lambda n: f"activity-{n}")
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    description_de = "<p>Vor Ort handeln, global denken.</p>"
    description_en = "<p>Acting locally, thinking globally.</p>"
    lead_unit_de = "Büro für Internationale Beziehungen"
    lead_unit_en = "Office for International Relations"
    pillar = Pillar.ECOLOGY


class LocalTargetFactory(DjangoModelFactory):
    class Meta:
        model = LocalTarget

    goal = factory.LazyFunction(lambda: Goal.objects.get(number=13))
    code = factory.Sequence(lambda n: f"13.{n + 1}.1")
    title_de = factory.Sequence(lambda n: f"Lokales Ziel {n}")
    title_en = factory.Sequence(lambda n: f"Local target {n}")


class IndicatorFactory(PublishableFactory):
    class Meta:
        model = "sdg.Indicator"

    title_de = factory.Sequence(lambda n: f"Treibhausgasausstoß {n}")
    title_en = factory.Sequence(lambda n: f"Greenhouse gas emissions {n}")
    slug = factory.Sequence(lambda n: f"indicator-{n}")
    unit_de = "t CO₂ je Einwohnerin und Einwohner"
    unit_en = "t CO₂ per inhabitant"
    definition_de = "Der Ausstoß im Stadtgebiet, geteilt durch die Einwohnerzahl."
    definition_en = "The emissions within the city, divided by its population."
    source_de = "Umweltamt"
    source_en = "Environment office"
    goal = factory.LazyFunction(lambda: Goal.objects.get(number=13))


class ObservationFactory(DjangoModelFactory):
    class Meta:
        model = "sdg.Observation"

    indicator = factory.SubFactory(IndicatorFactory)
    year = factory.Sequence(lambda n: 2000 + n % 100)
    value = Decimal("6.5")


def berlin(*args):
    """An aware datetime on the city's wall clock, e.g. berlin(2027, 7, 1, 10)."""
    return datetime(*args, tzinfo=local_zone())


def next_week_at(hour):
    day = timezone.localdate() + timedelta(days=7)
    return berlin(day.year, day.month, day.day, hour)


class EventFactory(PublishableFactory, GoalsMixin):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Städtepartnerschaftskonferenz {n}")
    title_en = factory.Sequence(lambda n: f"City partnership conference {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = EventKind.CONFERENCE
    all_day = False
    start = factory.LazyFunction(lambda: next_week_at(10))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    venue_de = "Rathaus, Bürgersaal"
    venue_en = "Town hall, citizens' hall"
    address = "Friedensplatz 1, 44135 Dortmund"
    organiser_de = "Büro für Internationale Beziehungen"
    organiser_en = "Office for International Relations"
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    description_de = "<p>Städte aus ganz Europa tauschen sich aus.</p>"
    description_en = "<p>Cities from all over Europe share their experience.</p>"

    @factory.post_generation
    def twin_cities(self, create, extracted, **kwargs):
        if create and extracted:
            self.twin_cities.set(extracted)

    @factory.post_generation
    def project_partnerships(self, create, extracted, **kwargs):
        if create and extracted:
            self.project_partnerships.set(extracted)

    @factory.post_generation
    def networks(self, create, extracted, **kwargs):
        if create and extracted:
            self.networks.set(extracted)


class VisitFactory(DjangoModelFactory):
    class Meta:
        model = Visit

    visiting_party_de = factory.Sequence(lambda n: f"Delegation der Partnerstadt {n}")
    visiting_party_en = factory.Sequence(lambda n: f"Delegation of twin city {n}")
    kind = VisitKind.CITY_DELEGATION
    country = "GB"
    start_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))
    end_date = factory.LazyAttribute(lambda visit: visit.start_date + timedelta(days=1))
    purpose_de = "Austausch über Klimaanpassung"
    purpose_en = "Exchange on climate adaptation"
    golden_book_signed = True
    status = VisitStatus.DONE
    hosting_official = "Oberbürgermeister (intern)"
    protocol_notes = "Vertraulich: Sitzordnung und Allergien der Gäste"
    gifts_prepared = True
    interpreter_booked = True
    press_informed = False
    security_arranged = True


class VisitReportFactory(PublishableFactory):
    class Meta:
        model = VisitReport
        skip_postgeneration_save = True

    visit = factory.SubFactory(VisitFactory)
    title_de = factory.Sequence(lambda n: f"Besuch aus der Partnerstadt {n}")
    title_en = factory.Sequence(lambda n: f"Visit from twin city {n}")
    slug = factory.Sequence(lambda n: f"visit-{n}")
    text_de = "<p>Die Gäste trugen sich in das Goldene Buch der Stadt ein.</p>"
    text_en = "<p>The guests signed the city's Golden Book.</p>"
    consent_to_publish = True

    @factory.post_generation
    def photos(self, create, extracted, **kwargs):
        if create and extracted:
            self.photos.set(extracted)


class NewsItemFactory(PublishableFactory, GoalsMixin):
    class Meta:
        model = NewsItem
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Neuigkeit aus dem Büro {n}")
    title_en = factory.Sequence(lambda n: f"News from the office {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    body_de = "<p>Dortmund wurde für sein europäisches Engagement ausgezeichnet.</p>"
    body_en = "<p>Dortmund received an award for its European commitment.</p>"
    image = factory.SubFactory(ImageFactory)

    @factory.post_generation
    def twin_cities(self, create, extracted, **kwargs):
        if create and extracted:
            self.twin_cities.set(extracted)

    @factory.post_generation
    def project_partnerships(self, create, extracted, **kwargs):
        if create and extracted:
            self.project_partnerships.set(extracted)

    @factory.post_generation
    def networks(self, create, extracted, **kwargs):
        if create and extracted:
            self.networks.set(extracted)


class LegalPageFactory(DjangoModelFactory):
    class Meta:
        model = LegalPage
        django_get_or_create = ["kind"]

    kind = LegalPageKind.IMPRINT
    title_de = "Impressum"
    title_en = "Imprint"
    body_de = "<h2>Herausgeberin</h2><p>Stadt Dortmund<br>Friedensplatz 1</p>"
    body_en = "<h2>Publisher</h2><p>City of Dortmund<br>Friedensplatz 1</p>"


class AccessibilityStatementFactory(DjangoModelFactory):
    class Meta:
        model = AccessibilityStatement

    introduction_de = "<p>Die Stadt Dortmund ist bemüht, dieses Portal barrierefrei zu machen.</p>"
    introduction_en = "<p>The City of Dortmund strives to make this portal accessible.</p>"
    compliance_status = ComplianceStatus.PARTIAL
    prepared_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    reviewed_on = factory.LazyFunction(timezone.localdate)
    method_note_de = "Automatische Prüfung aller Seiten."
    method_note_en = "Automated check of every page."
    feedback_contact_de = "Büro für Internationale Beziehungen"
    feedback_contact_en = "Office for International Relations"
    feedback_email = "barrierefreiheit@example.org"
    feedback_phone = "+49 231 123456"
    enforcement_de = "<p>Wenden Sie sich an die Ombudsstelle.</p>"
    enforcement_en = "<p>Turn to the ombuds office.</p>"


class EasyReadStartFactory(DjangoModelFactory):
    class Meta:
        model = EasyReadStart

    contents = "<p>Auf dieser Internet-Seite stehen die Partner-Städte von Dortmund.</p>"
    navigation = "<p>Oben auf jeder Seite ist das Menü.</p>"
    accessibility = "<p>Die Internet-Seite ist zum Teil barriere-frei.</p>"
    more = "<p>Hier sind mehr Seiten in Leichter Sprache.</p>"


class EasyReadPageFactory(DjangoModelFactory):
    class Meta:
        model = EasyReadPage

    title = factory.Sequence(lambda n: f"Seite in Leichter Sprache {n}")
    slug = factory.Sequence(lambda n: f"seite-{n}")
    teaser = "Hier steht, was das Büro macht."
    body = "<p>Das Büro gehört zur Stadt Dortmund.</p>"


class NonAccessibleContentFactory(DjangoModelFactory):
    class Meta:
        model = NonAccessibleContent

    statement = factory.SubFactory(AccessibilityStatementFactory)
    content_de = "<p>Es gibt keine Videos in Gebärdensprache.</p>"
    content_en = "<p>There are no videos in sign language.</p>"
    reason = NonAccessibleReason.NON_COMPLIANCE
    alternative_de = "Rufen Sie uns an."
    alternative_en = "Call us."


class UnitFactory(DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ["slug"]

    name_de = "Büro für Internationale Beziehungen"
    name_en = "Office for International Relations"
    slug = "office"
    is_office = True


class PersonFactory(PublishableFactory):
    """A person with public and internal details; the internal ones are easy to spot."""

    class Meta:
        model = Person
        skip_postgeneration_save = True

    first_name = "Helga"
    last_name = factory.Sequence(lambda n: f"Jänsch {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    function_de = "Agenda 2030 und Nachhaltigkeit"
    function_en = "2030 Agenda and sustainability"
    unit = factory.SubFactory(UnitFactory)
    email = factory.Sequence(lambda n: f"person.{n}@stadtdo.example")
    phone = "0231 0000-1000"
    direct_line = "0231 0000-4711"
    mobile = "0151 0000 0815"
    room = "Geheimzimmer 3.33"
    languages = "Esperanto, Klingonisch"

    @factory.post_generation
    def twin_cities(self, create, extracted, **kwargs):
        if create and extracted:
            self.twin_cities.set(extracted)

    @factory.post_generation
    def project_partnerships(self, create, extracted, **kwargs):
        if create and extracted:
            self.project_partnerships.set(extracted)

    @factory.post_generation
    def networks(self, create, extracted, **kwargs):
        if create and extracted:
            self.networks.set(extracted)

    @factory.post_generation
    def events(self, create, extracted, **kwargs):
        if create and extracted:
            self.events.set(extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class EnquiryFactory(DjangoModelFactory):
    """A stored enquiry as the public form leaves it: received, with its reference."""

    class Meta:
        model = "enquiries.Enquiry"
        skip_postgeneration_save = True

    reference = factory.Sequence(lambda n: f"INA-2026-{n + 1:05d}")
    kind = "project_partnership"
    organisation = factory.Sequence(lambda n: f"City Council {n}")
    organisation_type = "municipality"
    city = "Cluj-Napoca"
    country = "RO"
    contact_person = "Ana Pop"
    email = factory.Sequence(lambda n: f"sender{n}@example.org")
    message = "We would like to exchange experience on climate adaptation."
    language = "en"
    consent_at = factory.LazyFunction(timezone.now)
    received_at = factory.LazyFunction(timezone.now)
    submission_token = factory.Faker("uuid4", cast_to=None)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class OrganisationFactory(PublishableFactory):
    class Meta:
        model = "exchanges.Organisation"
        skip_postgeneration_save = True

    name_de = factory.Sequence(lambda n: f"Partnerschaftsverein {n}")
    name_en = factory.Sequence(lambda n: f"Partnership association {n}")
    slug = factory.Sequence(lambda n: f"association-{n}")
    kind = "association"
    teaser_de = "Bürgerinnen und Bürger pflegen die Partnerschaft."
    teaser_en = "Citizens carry the partnership."
    how_to_join_de = "<p>Schreiben Sie uns.</p>"
    how_to_join_en = "<p>Write to us.</p>"

    @factory.post_generation
    def twin_cities(self, create, extracted, **kwargs):
        if create and extracted:
            self.twin_cities.set(extracted)


class ExchangeProgrammeFactory(PublishableFactory):
    class Meta:
        model = "exchanges.ExchangeProgramme"
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Schüleraustausch {n}")
    title_en = factory.Sequence(lambda n: f"School exchange {n}")
    slug = factory.Sequence(lambda n: f"exchange-{n}")
    kind = "school"
    start_year = 2024
    participants = 20
    teaser_de = "Schülerinnen und Schüler besuchen die Partnerstadt."
    teaser_en = "Pupils visit the twin city."
    report_de = "<p>Eine Woche voller Begegnungen.</p>"
    report_en = "<p>A week full of encounters.</p>"


class FundingCallFactory(PublishableFactory):
    class Meta:
        model = "exchanges.FundingCall"
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Förderaufruf {n}")
    title_en = factory.Sequence(lambda n: f"Funding call {n}")
    slug = factory.Sequence(lambda n: f"call-{n}")
    funder_de = "Europäische Kommission"
    funder_en = "European Commission"
    eligible_de = "Partnerschaftsvereine"
    eligible_en = "Partnership associations"
    deadline = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    url = "https://example.org/call"
    teaser_de = "Geld für Bürgerbegegnungen."
    teaser_en = "Money for citizens' meetings."
