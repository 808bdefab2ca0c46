"""The benchmark's page list works with the generated content (make bench itself is not a test)."""

import pytest

from bench import bulk
from bench.pages import public_pages

pytestmark = pytest.mark.django_db


def test_every_benchmark_page_answers_in_both_languages_with_generated_content(client):
    bulk.generate(scale=1)

    pages = public_pages()

    assert {page.language for page in pages} == {"de", "en"}
    assert len({page.path for page in pages}) == len(pages)
    for page in pages:
        assert client.get(page.path).status_code == 200, page
