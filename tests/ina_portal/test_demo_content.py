import pytest
from django.core import serializers
from django.core.management import call_command

from ina_portal.models import Topic
from networks.models import Network
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import Goal, SdgActivity

pytestmark = pytest.mark.django_db

MODELS = (Topic, City, TwinCity, ProjectPartnership, Goal, Network, SdgActivity)


def snapshot():
    return {
        model.__name__: serializers.serialize("json", model.objects.order_by("pk"))
        for model in MODELS
    }


def test_demo_loader_run_twice_leaves_the_same_rows():
    call_command("load_demo_content", verbosity=0)
    first = snapshot()

    call_command("load_demo_content", verbosity=0)

    assert snapshot() == first


def test_demo_content_has_the_nine_twin_cities_with_their_countries_and_years():
    call_command("load_demo_content", verbosity=0)

    twinnings = {
        (t.city.name_en, t.city.country.code, t.since)
        for t in TwinCity.objects.published().select_related("city")
    }

    assert twinnings == {
        ("Amiens", "FR", 1960),
        ("Leeds", "GB", 1969),
        ("Buffalo", "US", 1977),
        ("Rostov-on-Don", "RU", 1977),
        ("Netanya", "IL", 1981),
        ("Novi Sad", "RS", 1982),
        ("Zwickau", "DE", 1988),
        ("Xi'an", "CN", 1992),
        ("Trabzon", "TR", 2014),
    }


def test_demo_content_has_the_transatlantic_climate_bridge_as_trilateral_partnership():
    call_command("load_demo_content", verbosity=0)

    bridge = ProjectPartnership.objects.get(slug="transatlantic-climate-bridge")

    assert {city.name_en for city in bridge.partner_cities.all()} == {"Vancouver", "Pittsburgh"}
    assert ProjectPartnership.objects.published().count() == 5
