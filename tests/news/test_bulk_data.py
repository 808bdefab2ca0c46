import pytest

from bench import bulk
from ina_portal.features.news.models import NewsItem

pytestmark = pytest.mark.django_db


def test_bulk_data_has_as_many_news_per_scale_as_the_demo_content_with_one_public():
    bulk.generate(scale=2)

    assert NewsItem.objects.count() == 6
    assert NewsItem.objects.published().count() >= 2
    assert NewsItem.objects.filter(goals__isnull=False).exists()
    assert NewsItem.objects.exclude(title_en="").exists()
