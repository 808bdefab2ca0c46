import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from ina_portal.base.models import PublicationStatus
from networks.models import Network
from sdg.models import Goal
from tests.factories import NetworkFactory, TopicFactory

pytestmark = pytest.mark.django_db


def network_form(**overrides):
    data = {
        "name_de": "Mayors for Peace",
        "name_en": "Mayors for Peace",
        "acronym_de": "",
        "acronym_en": "",
        "slug": "mayors-for-peace",
        "level": "global",
        "role": "member",
        "member_since": "",
        "website": "",
        "teaser_de": "Städte gegen Atomwaffen.",
        "teaser_en": "Cities against nuclear weapons.",
        "description_de": "Gegründet von Hiroshima und Nagasaki.",
        "description_en": "Founded by Hiroshima and Nagasaki.",
        "topics": [TopicFactory(slug="peace").pk],
        "pillar": "civil_society",
        "representatives": "Oberbürgermeister",
        "working_groups": "AG Abrüstung",
        "annual_fee": "250.00",
        "renewal_date": "2030-01-31",
        "reports_due": "Jahresbericht",
        "publication_status": PublicationStatus.PUBLISHED,
        "publish_at_0": "2024-01-01",
        "publish_at_1": "09:00:00",
    }
    data.update(overrides)
    return data


def test_editor_adds_a_network_with_goals_and_internal_fields(admin_client, client):
    form = network_form(goals=[Goal.objects.get(number=16).pk])

    response = admin_client.post(reverse("admin:networks_network_add"), form)

    assert response.status_code == 302, response.context["adminform"].form.errors
    network = Network.objects.get(slug="mayors-for-peace")
    assert [goal.number for goal in network.goals.all()] == [16]
    assert network.annual_fee == Decimal("250.00")
    assert network.renewal_date == datetime.date(2030, 1, 31)
    public = client.get("/en/city-networks/mayors-for-peace/").text
    assert "Founded by Hiroshima and Nagasaki." in public
    assert "AG Abrüstung" not in public


def test_change_form_keeps_the_internal_fields_apart(admin_client):
    network = NetworkFactory()

    html = admin_client.get(reverse("admin:networks_network_change", args=[network.pk])).text

    assert "Internal (staff only)" in html or "Intern (nur für Mitarbeitende)" in html
    assert 'name="annual_fee"' in html
    assert 'name="description_en"' in html
    assert 'name="goals"' in html


def test_network_admin_pages_open_with_filters(admin_client):
    NetworkFactory(goals=[17])
    changelist = reverse("admin:networks_network_changelist")

    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"level__exact": "global"}).status_code == 200
    assert admin_client.get(changelist, {"q": "Netzwerk"}).status_code == 200
    assert admin_client.get(reverse("admin:networks_network_add")).status_code == 200
