"""SQL queries and bytes of every benchmark page, measured in-process with the test client.

Run by bench/run.py against the benchmark's database and settings; prints JSON.
"""

import gzip
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.db import connection  # noqa: E402
from django.templatetags.static import static  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.pages import public_pages  # noqa: E402
from ina_portal.base import content  # noqa: E402

STATIC_FILE = "css/portal.css"


class AssetCollector(HTMLParser):
    """The URLs a browser fetches to show a page: stylesheets, icons, scripts, images."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") in {"stylesheet", "icon"}:
            self.urls.append(attributes["href"])
        elif tag in {"img", "script"} and attributes.get("src"):
            self.urls.append(attributes["src"])


def asset_bytes(client, url):
    """Bytes on the wire for one asset: whitenoise's gzip file, or the media file as is."""
    media_url = f"/{settings.MEDIA_URL.lstrip('/')}"
    if url.startswith(media_url):
        return default_storage.size(url.removeprefix(media_url))
    response = client.get(url)
    assert response.status_code == 200, url
    return int(response["Content-Length"])


def count_queries(client, path, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, headers=headers)
    return response, len(queries)


def measure(client, page):
    client.get(page.path)  # renders the page and caches it (and warms up the process)
    _hit, queries_on_cache_hit = count_queries(client, page.path)
    with override_settings(PAGE_CACHE_SECONDS=0):
        response, queries = count_queries(client, page.path, accept_encoding="gzip")
    compressed = response.get("Content-Encoding") == "gzip"
    html = gzip.decompress(response.content) if compressed else response.content
    collector = AssetCollector()
    collector.feed(html.decode())
    assets = sorted(set(collector.urls))
    return {
        "name": page.name,
        "language": page.language,
        "path": page.path,
        "status": response.status_code,
        "sql_queries": queries,
        "sql_queries_cache_hit": queries_on_cache_hit,
        "html_bytes": len(html),
        "transfer_bytes": len(response.content),
        "page_weight_bytes": len(response.content) + sum(asset_bytes(client, u) for u in assets),
        "assets": assets,
    }


def content_counts():
    return {
        model._meta.label: model.objects.count()
        for label in sorted(content.app_labels())
        for model in apps.get_app_config(label).get_models()
    }


def main():
    client = Client(HTTP_HOST="127.0.0.1")
    result = {
        "content": content_counts(),
        "static_file": static(STATIC_FILE),
        "pages": [measure(client, page) for page in public_pages()],
    }
    json.dump(result, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
