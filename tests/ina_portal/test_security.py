"""Security headers and cookies with the production settings (the defaults)."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.factories import ProjectPartnershipFactory, TwinCityFactory

pytestmark = pytest.mark.django_db

ONE_YEAR = 365 * 24 * 60 * 60


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (directive.split() for directive in policy.split(";") if directive)
    }


@pytest.fixture
def public_paths():
    twin_city = TwinCityFactory(city__slug="amiens")
    partnership = ProjectPartnershipFactory(slug="climate-kumasi")
    return [
        "/de/",
        "/en/",
        "/de/staedtepartnerschaften/",
        twin_city.get_absolute_url(),
        "/en/project-partnerships/?status=active",
        partnership.get_absolute_url(),
        "/de/impressum/",
    ]


def test_public_pages_allow_scripts_only_from_the_portal_and_nonces(client, public_paths):
    for path in public_paths * 2:
        response = client.get(path, secure=True)

        assert response.status_code == 200, path
        csp = csp_directives(response)
        assert "'unsafe-inline'" not in csp["script-src"]
        assert "'unsafe-eval'" not in csp["script-src"]
        assert {s for s in csp["script-src"] if not s.startswith("'nonce-")} == {"'self'"}
        assert "'unsafe-inline'" not in csp["style-src"]
        assert csp["default-src"] == ["'self'"]
        assert csp["object-src"] == ["'none'"]
        assert csp["frame-ancestors"] == ["'none'"]


def test_public_pages_send_the_browser_security_headers(client, public_paths):
    # Twice per page: the second answer comes from the page cache.
    for path in public_paths * 2:
        response = client.get(path, secure=True)

        hsts = response["Strict-Transport-Security"]
        assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= ONE_YEAR
        assert "includeSubDomains" in hsts
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_plain_http_is_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/de/staedtepartnerschaften/?page=2")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/de/staedtepartnerschaften/?page=2"


def assert_host_only_secure_cookie(cookie):
    assert cookie.key.startswith("__Host-")
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["path"] == "/"
    assert cookie["domain"] == ""
    assert cookie["samesite"] == "Lax"


def test_admin_login_page_sets_a_secure_host_only_csrf_cookie(client):
    response = client.get(reverse("admin:login"), secure=True)

    assert response.status_code == 200
    assert set(response.cookies) == {"__Host-csrftoken"}
    assert_host_only_secure_cookie(response.cookies["__Host-csrftoken"])


def test_signing_in_sets_a_secure_host_only_session_cookie(client, admin_user):
    response = client.post(
        reverse("admin:login"),
        {"username": "admin", "password": "password", "next": "/admin/"},
        secure=True,
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert_host_only_secure_cookie(response.cookies["__Host-sessionid"])


class ScriptCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []
        self.stylesheets = []
        self.event_handlers = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
        if tag == "link" and attributes.get("rel") == "stylesheet":
            self.stylesheets.append(attributes["href"])
        self.event_handlers += [name for name in attributes if name.startswith("on")]


def is_same_origin(url):
    return url.startswith("/") and not url.startswith("//")


def test_twin_city_change_form_loads_every_script_from_the_portal_with_the_nonce(admin_client):
    twin_city = TwinCityFactory()

    response = admin_client.get(
        reverse("admin:partnerships_twincity_change", args=[twin_city.pk]), secure=True
    )

    assert response.status_code == 200
    nonce = next(
        source.removeprefix("'nonce-").removesuffix("'")
        for source in csp_directives(response)["script-src"]
        if source.startswith("'nonce-")
    )
    page = ScriptCollector()
    page.feed(response.text)
    # The rich text editor's import map is the one inline script: JSON, with the nonce.
    sources = [
        script.get("src", "") for script in page.scripts if script.get("type") != "importmap"
    ]
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in sources
    assert "/static/modeltranslation/js/tabbed_translation_fields.js" in sources
    assert [src for src in sources if not is_same_origin(src)] == []
    assert [script for script in page.scripts if script.get("nonce") != nonce] == []
    assert [href for href in page.stylesheets if not is_same_origin(href)] == []
    assert page.event_handlers == []


def test_request_for_an_unknown_host_gets_the_400_page_not_a_server_error(client):
    response = client.get("/de/", headers={"host": "evil.example"})

    assert response.status_code == 400
    assert "<h1>Ungültige Anfrage</h1>" in response.text
    assert "evil.example" not in response.text
