"""factory_boy factories: published, bilingual records unless a test says otherwise."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from ina_portal.models import Image, PublicationStatus, Topic
from partnerships.models import City, ProjectPartnership, ProjectStatus, TwinCity


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


class TwinCityFactory(PublishableFactory):
    class Meta:
        model = TwinCity

    city = factory.SubFactory(CityFactory)
    since = 1977
    teaser_de = factory.Sequence(lambda n: f"Deutscher Anreißer {n}")
    teaser_en = factory.Sequence(lambda n: f"English teaser {n}")
    story_de = "Eine lange Geschichte der Freundschaft."
    story_en = "A long story of friendship."
    image = factory.SubFactory(ImageFactory)


class ProjectPartnershipFactory(PublishableFactory):
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
    description_de = "Gemeinsam für das Klima."
    description_en = "Together for the climate."

    @factory.post_generation
    def partner_cities(self, create, extracted, **kwargs):
        if create:
            self.partner_cities.set(extracted if extracted is not None else [CityFactory()])

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
