"""Two gunicorn app servers on one PostgreSQL and one Redis, as behind a load balancer: what
a reader or an editor does on one counts on the other, through real HTTP."""

import os
import re

import pytest
import redis

from events.models import Event
from ina_portal.features.enquiries.models import Enquiry
from tests.admin.forms import form_data
from tests.admin.test_csv_import import EVENTS
from tests.deploy.http import (
    HOST,
    PASSWORD,
    Browser,
    csrf_token,
    needs_postgresql,
    production_env,
    sign_in,
    signed_in_editor,
    staff_user,
)
from tests.enquiries.test_submission import form_data as enquiry_data
from tests.factories import EventFactory
from tests.servers import REDIS_SERVER, AppServer, RedisServer

pytestmark = [pytest.mark.django_db(transaction=True), needs_postgresql]

ENQUIRY_RATE_LIMIT = 3
RATE_LIMITED = "You have sent several enquiries from this connection within the last hour."


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    if REDIS_SERVER is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required in CI (Debian package redis-server)")
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def servers(django_db_setup, redis_server, static_root, tmp_path_factory):
    """Two app servers configured only by environment variables, production's way (DEBUG
    off, page cache on), each with a temporary folder of its own as on its own machine."""
    # Uploads on storage both servers mount, as several app servers need.
    shared = tmp_path_factory.mktemp("shared")
    env = production_env(
        static_root,
        shared,
        CACHE_URL=redis_server.url,
        INA_ENQUIRY_RATE_LIMIT=str(ENQUIRY_RATE_LIMIT),
    )
    pair = []
    for name in ("one", "two"):
        pair.append(AppServer(tmp_path_factory.mktemp(f"server-{name}"), env, host=HOST))
    try:
        for server in pair:
            server.start()
        for server in pair:
            server.wait_until_up()
        yield pair
    finally:
        for server in pair:
            server.stop()


@pytest.fixture(autouse=True)
def _empty_redis(redis_server):
    """Every test starts with nothing counted or cached from another."""
    redis.Redis.from_url(redis_server.url).flushall()


def send_enquiry(browser, server):
    form = browser.get(f"{server.url}/en/enquiry/")
    token = re.search(r'name="token" value="([^"]+)"', form.text).group(1)
    data = enquiry_data(token=token, csrfmiddlewaretoken=csrf_token(form))
    return browser.post(f"{server.url}/en/enquiry/", data, allow_redirects=False)


def test_the_enquiry_rate_limit_counts_the_enquiries_sent_to_both_servers_together(servers):
    one, two = servers
    reader = Browser()

    answers = [send_enquiry(reader, server) for server in (one, two, one, two, one)]

    # Accepted up to the limit, then refused by either server: as one server alone does.
    assert [answer.status_code for answer in answers] == [302, 302, 302, 429, 429]
    assert RATE_LIMITED in answers[3].text
    assert RATE_LIMITED in answers[4].text
    assert Enquiry.objects.count() == ENQUIRY_RATE_LIMIT


def test_an_admin_edit_on_one_server_shows_at_once_on_the_other_which_had_the_page_cached(
    servers,
):
    one, two = servers
    EventFactory(title_en="Rouen climate week")
    event = EventFactory(title_en="Leeds partnership conference")
    reader = Browser()
    assert "Leeds partnership conference" in reader.get(f"{two.url}/en/events/").text
    # Changed without a save (no signal): server 2 still has the list from its cache.
    Event.objects.filter(pk=event.pk).update(title_en="Changed behind the cache")
    assert "Leeds partnership conference" in reader.get(f"{two.url}/en/events/").text
    editor = signed_in_editor(one)
    change_url = f"{one.url}/admin/events/event/{event.pk}/change/"
    data = {**form_data(editor.get(change_url)), "title_en": "Leeds twin city conference"}

    saved = editor.post(change_url, data, allow_redirects=False)

    assert saved.status_code == 302, saved.text
    listing = reader.get(f"{two.url}/en/events/").text
    assert "Leeds twin city conference" in listing
    assert "Leeds partnership conference" not in listing

    detail_url = f"{two.url}/en/events/{event.slug}/"
    assert "Leeds twin city conference" in reader.get(detail_url).text
    delete_url = f"{one.url}/admin/events/event/{event.pk}/delete/"

    deleted = editor.post(delete_url, form_data(editor.get(delete_url)), allow_redirects=False)

    assert deleted.status_code == 302, deleted.text
    listing = reader.get(f"{two.url}/en/events/").text
    assert "Rouen climate week" in listing
    assert "Leeds twin city conference" not in listing
    assert reader.get(detail_url).status_code == 404


def test_a_csv_import_previewed_on_one_server_is_confirmed_on_the_other(servers):
    one, two = servers
    editor = signed_in_editor(one)
    import_url = f"{one.url}/admin/events/event/import/"
    upload = {"import_file": ("events.csv", EVENTS.encode(), "text/csv")}
    preview = editor.post(import_url, form_data(editor.get(import_url)), files=upload)
    assert preview.status_code == 200
    assert "Urban Diplomacy Lecture" in preview.text
    confirmation = {
        name: value
        for name, value in form_data(preview).items()
        if name
        in {"csrfmiddlewaretoken", "import_file_name", "original_file_name", "format"}
        | {"resource"}
    }
    assert "import_file_name" in confirmation, "the preview offers no import"

    done = editor.post(f"{two.url}/admin/events/event/process_import/", confirmation)

    assert done.status_code == 200
    assert done.url.startswith(f"{two.url}/admin/events/event/")
    assert "Urban Diplomacy Lecture" in done.text
    assert "FAIR FRIENDS" in done.text
    assert sorted(Event.objects.values_list("slug", flat=True)) == ["fair-2027", "udl-2027"]


def test_wrong_passwords_on_both_servers_add_up_and_lock_the_user_out_of_both(servers):
    one, two = servers
    staff_user()

    attempts = [
        sign_in(Browser(), server, "redaktion", "wrong") for server in (one, two, one, two, one)
    ]

    # The fifth wrong password locks, wherever the first four went.
    assert [attempt.status_code for attempt in attempts] == [200, 200, 200, 200, 429]
    assert "Sign-in blocked" in attempts[4].text
    for server in (two, one):
        refused = sign_in(Browser(), server, "redaktion", PASSWORD)
        assert refused.status_code == 429
        assert "Sign-in blocked" in refused.text
