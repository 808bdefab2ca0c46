"""A real Redis stopped under the portal: the site degrades (slower, uncached), it does not go
down, and caching resumes once Redis is back."""

import os
import time

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from ina_portal.base import cache as page_cache
from ina_portal.features.enquiries.models import Enquiry
from partnerships.models import TwinCity
from tests.admin.forms import form_data
from tests.enquiries.test_submission import form_data as enquiry_data
from tests.servers import REDIS_SERVER, RedisServer
from tests.test_robustness import detail_urls, list_urls

pytestmark = pytest.mark.django_db

API_LISTS = [
    "/api/v1/twin-cities/",
    "/api/v1/project-partnerships/",
    "/api/v1/networks/",
    "/api/v1/events/",
    "/api/v1/news/",
]


@pytest.fixture
def redis_server(tmp_path):
    if REDIS_SERVER is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required in CI (Debian package redis-server)")
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    cache_settings = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": server.url,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    with override_settings(CACHES={"default": cache_settings}, PAGE_CACHE_SECONDS=300):
        yield server
    if server.process.poll() is None:
        server.stop()


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def test_with_redis_stopped_every_page_and_an_admin_save_still_work_and_caching_resumes(
    client, redis_server
):
    call_command("load_demo_content", verbosity=0)
    pages = sorted(set(list_urls()) | set(detail_urls())) + API_LISTS
    assert queries_for(client, "/en/twin-cities/") > 0
    assert queries_for(client, "/en/twin-cities/") == 0

    redis_server.stop()

    for path in pages:
        response = client.get(path)
        assert response.status_code < 400, (path, response.status_code)
    assert client.get("/healthz").status_code == 200
    readiness = client.get("/readyz")
    assert readiness.status_code == 503
    assert readiness.json() == {"database": "ok", "cache": "unavailable"}
    # The rate limiter lets the enquiry through rather than lose it.
    assert client.post("/en/enquiry/", enquiry_data()).status_code == 302
    assert Enquiry.objects.count() == 1

    editor = User.objects.create_superuser("editor", "editor@example.org", "secret")
    admin = type(client)()
    admin.force_login(editor)
    leeds = TwinCity.objects.get(city__slug="leeds")
    url = f"/admin/partnerships/twincity/{leeds.pk}/change/"
    data = {**form_data(admin.get(url)), "teaser_en": "Saved while the cache was down."}
    assert admin.post(url, data).status_code == 302

    redis_server.start()
    time.sleep(page_cache.CACHE_RETRY_SECONDS)

    assert client.get("/readyz").json() == {"database": "ok", "cache": "ok"}
    assert queries_for(client, "/en/twin-cities/") > 0
    assert queries_for(client, "/en/twin-cities/") == 0
    assert "Saved while the cache was down." in client.get("/en/twin-cities/").text
