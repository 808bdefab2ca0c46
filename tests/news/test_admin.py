import pytest
from django.urls import reverse

from ina_portal.base.models import PublicationStatus
from ina_portal.features.news.models import NewsItem
from tests.factories import NetworkFactory, NewsItemFactory

pytestmark = pytest.mark.django_db


def test_editor_writes_a_news_item_linked_to_a_network_and_goals(admin_client):
    network = NetworkFactory()

    response = admin_client.post(
        reverse("admin:news_newsitem_add"),
        {
            "title_de": "Ehrenplakette des Europarates",
            "title_en": "",
            "slug": "ehrenplakette",
            "teaser_de": "Der Europarat ehrt Dortmund.",
            "teaser_en": "",
            "body_de": "Dortmund erhält die Ehrenplakette.",
            "body_en": "",
            "networks": [network.pk],
            "goals": [16, 17],
            "publication_status": PublicationStatus.PUBLISHED,
            "publish_at_0": "2026-01-01",
            "publish_at_1": "09:00:00",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    news = NewsItem.objects.get()
    assert list(news.networks.all()) == [network]
    assert sorted(goal.number for goal in news.goals.all()) == [16, 17]


def test_news_change_list_and_form_open(admin_client):
    news = NewsItemFactory(title_de="Zukunftsforum")

    assert "Zukunftsforum" in admin_client.get(reverse("admin:news_newsitem_changelist")).text
    change = admin_client.get(reverse("admin:news_newsitem_change", args=[news.pk]))
    assert change.status_code == 200
    assert "Leserinnen und Leser sehen das Veröffentlichungsdatum" in change.text
