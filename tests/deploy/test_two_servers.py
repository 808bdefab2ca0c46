"""Two gunicorn app servers on one PostgreSQL and one Redis, as behind a load balancer: what
a reader or an editor does on one counts on the other, through real HTTP."""

import os
import re
import secrets
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import quote

import pytest
import redis
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from requests.cookies import get_cookie_header

from events.models import Event
from ina_portal.features.enquiries.models import Enquiry
from tests.admin.forms import form_data
from tests.admin.test_csv_import import EVENTS
from tests.enquiries.test_submission import form_data as enquiry_data
from tests.factories import EventFactory
from tests.servers import REDIS_SERVER, AppServer, RedisServer, free_port

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (CI runs it there): the app servers share the test database, "
        "and SQLite's is in the memory of the test process",
    ),
]

# The public name the load balancer passes on to every app server.
HOST = "portal.example.org"
ENQUIRY_RATE_LIMIT = 3
PASSWORD = "Redaktion-2026"  # noqa: S105
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
def static_root(tmp_path_factory):
    """collectstatic once for both servers. Without compression, which takes forty seconds
    and is not under test; the servers' storage reads the same manifest."""
    root = tmp_path_factory.mktemp("static")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


def database_url():
    """The test database pytest-django created, for the servers to share with the test."""
    database = connection.settings_dict
    user, password = quote(database["USER"], safe=""), quote(database["PASSWORD"], safe="")
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or "5432"
    return f"postgres://{user}:{password}@{host}:{port}/{database['NAME']}"


@pytest.fixture(scope="module")
def servers(django_db_setup, redis_server, static_root, tmp_path_factory):
    """Two app servers configured only by environment variables, production's way (DEBUG
    off, page cache on), each with a temporary folder of its own as on its own machine."""
    shared = tmp_path_factory.mktemp("shared")
    env = {
        "PATH": os.environ["PATH"],
        "LANG": "C.UTF-8",
        "DATABASE_URL": database_url(),
        "CACHE_URL": redis_server.url,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_DEBUG": "off",
        "DJANGO_PAGE_CACHE_SECONDS": "300",
        # Plain HTTP: the TLS proxy in front of the servers is not under test here.
        "DJANGO_SECURE_SSL_REDIRECT": "off",
        "DJANGO_STATIC_ROOT": str(static_root),
        # Uploads on storage both servers mount, as several app servers need.
        "DJANGO_MEDIA_ROOT": str(shared / "media"),
        "DJANGO_PRIVATE_ROOT": str(shared / "private"),
        "INA_ENQUIRY_RATE_LIMIT": str(ENQUIRY_RATE_LIMIT),
        # Nothing listens there: the mail of an enquiry waits in the outbox.
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(free_port()),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
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


class PlainHttpCookies(DefaultCookiePolicy):
    """Return the portal's Secure cookies over this test's plain HTTP, as a browser does over
    the HTTPS of the proxy that would stand in front."""

    def return_ok_secure(self, cookie, request):
        return True


class Browser(requests.Session):
    """One person's browser: its cookies go to whichever server the load balancer picks."""

    def __init__(self):
        super().__init__()
        self.cookies.set_policy(PlainHttpCookies())
        self.headers.update({"Host": HOST, "Accept-Language": "en"})

    def send(self, request, **kwargs):
        # requests builds the Cookie header from a copy of the jar with the default policy,
        # which would leave the Secure cookies out; also on each redirect.
        cookies = get_cookie_header(self.cookies, request)
        if cookies:
            request.headers["Cookie"] = cookies
        return super().send(request, **kwargs)


def csrf_token(page):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def sign_in(browser, server, username, password):
    page = browser.get(f"{server.url}/admin/login/")
    data = {"csrfmiddlewaretoken": csrf_token(page), "username": username}
    data |= {"password": password, "next": "/admin/"}
    return browser.post(f"{server.url}/admin/login/", data, allow_redirects=False)


def staff_user(username="redaktion"):
    """A superuser whose password the servers can check. They hash with PBKDF2 (the test
    process's MD5 is not among production's hashers), here with few iterations, which
    keeps each sign-in quick."""
    hasher = PBKDF2PasswordHasher()
    encoded = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    return User.objects.create(
        username=username, password=encoded, is_staff=True, is_superuser=True
    )


def signed_in_editor(server):
    staff_user()
    editor = Browser()
    assert sign_in(editor, server, "redaktion", PASSWORD).status_code == 302
    return editor


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
