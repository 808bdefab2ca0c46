"""What the tests of real app servers share: production's environment, a reader's or an
editor's browser over plain HTTP, and the editor's sign-in."""

import os
import re
import secrets
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import quote

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User
from django.db import connection
from requests.cookies import get_cookie_header

from tests.servers import free_port

# The public name the load balancer passes on to every app server.
HOST = "portal.example.org"
PASSWORD = "Redaktion-2026"  # noqa: S105

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL (CI runs it there): the app servers share the test database, "
    "and SQLite's is in the memory of the test process",
)


def database_url():
    """The test database pytest-django created, for the servers to share with the test."""
    database = connection.settings_dict
    user, password = quote(database["USER"], safe=""), quote(database["PASSWORD"], safe="")
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or "5432"
    return f"postgres://{user}:{password}@{host}:{port}/{database['NAME']}"


def production_env(static_root, shared, **changes):
    """An app server's environment, production's way (DEBUG off, page cache on): what is
    not set here takes the portal's default. `shared` holds the uploads, on storage every
    server mounts."""
    env = {
        "PATH": os.environ["PATH"],
        "LANG": "C.UTF-8",
        "DATABASE_URL": database_url(),
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_DEBUG": "off",
        "DJANGO_PAGE_CACHE_SECONDS": "300",
        # Plain HTTP: the TLS proxy in front of the servers is not under test here.
        "DJANGO_SECURE_SSL_REDIRECT": "off",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_MEDIA_ROOT": str(shared / "media"),
        "DJANGO_PRIVATE_ROOT": str(shared / "private"),
        # Nothing listens there: the mail of an enquiry waits in the outbox.
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(free_port()),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    return env | changes


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
