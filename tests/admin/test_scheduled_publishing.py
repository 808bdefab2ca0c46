"""Publish from / until: a scheduled record stays invisible everywhere until its time."""

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from partnerships.models import TwinCity
from tests.factories import CityFactory, NewsItemFactory, TwinCityFactory
from tests.urls import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def tomorrow():
    return timezone.now() + timedelta(days=1)


def test_twin_city_scheduled_for_tomorrow_is_invisible_until_tomorrow(client, tomorrow):
    twin_city = TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", slug="rostow"), publish_at=tomorrow
    )
    detail = twin_city.get_absolute_url()

    assert "Rostow am Don" not in client.get(url("partnerships:twincity_list")).text
    assert client.get(detail).status_code == 404
    assert "Rostow am Don" not in client.get("/de/").text
    assert client.get("/api/v1/twin-cities/").json()["count"] == 0

    with time_machine.travel(tomorrow + timedelta(minutes=1), tick=False):
        assert "Rostow am Don" in client.get(url("partnerships:twincity_list")).text
        assert client.get(detail).status_code == 200
        assert client.get("/api/v1/twin-cities/").json()["count"] == 1


def test_twin_city_disappears_when_its_publication_ends(client, tomorrow):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Amiens"), publish_until=tomorrow)

    assert client.get(twin_city.get_absolute_url()).status_code == 200
    with time_machine.travel(tomorrow, tick=False):
        assert client.get(twin_city.get_absolute_url()).status_code == 404
        assert "Amiens" not in client.get(url("partnerships:twincity_list")).text
        assert not TwinCity.objects.get().is_public


def test_news_item_scheduled_for_tomorrow_is_not_in_the_feed_until_tomorrow(client, tomorrow):
    NewsItemFactory(title_de="Delegation aus Xi'an erwartet", publish_at=tomorrow)
    feed = url("news:newsitem_feed_atom")

    assert "Xi&#39;an" not in client.get(feed).text
    assert "Xi'an" not in client.get(feed).text
    with time_machine.travel(tomorrow + timedelta(hours=1), tick=False):
        assert "Xi" in client.get(feed).text


def test_publication_cannot_end_before_it_starts(tomorrow):
    twin_city = TwinCityFactory.build(
        city=CityFactory(), publish_at=tomorrow, publish_until=tomorrow - timedelta(hours=1)
    )

    with translation.override("de"), pytest.raises(ValidationError) as error:
        twin_city.clean()

    assert error.value.message_dict["publish_until"] == [
        "Das Ende der Veröffentlichung muss nach ihrem Beginn liegen."
    ]
