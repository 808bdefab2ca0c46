"""The privacy notice lists every cookie the portal sets: a crawl of every public page in
both languages, with the forms sent empty and filled, collects the cookies set; each must
be declared in ina_portal/features/pages/cookies.py and listed on the privacy page."""

import re
import uuid

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from ina_portal.features.pages.cookies import declared_cookies
from tests.test_robustness import list_urls

pytestmark = pytest.mark.django_db

ENQUIRY = {
    "kind": "twin_city",
    "organisation": "Ville d'Exemple",
    "organisation_type": "municipality",
    "city": "Exemple",
    "country": "FR",
    "contact_person": "Marie Martin",
    "email": "marie.martin@example.org",
    "message": "Nous proposons un jumelage.",
    "consent": "on",
}


def crawl():
    """{cookie name: the first address that set it} over every public page and form."""
    seen = {}
    for language in ("de", "en"):
        client = Client(enforce_csrf_checks=True)

        def visit(response, path):
            for name in response.cookies:
                seen.setdefault(name, path)
            return response

        paths = list_urls()
        for path in paths:
            visit(client.get(path), path)
        for path in (f"/{language}/", f"/{language}/leichte-sprache/"):
            visit(client.get(path), path)
        form_pages = [path for path in paths if path.startswith(f"/{language}/")]
        for path in form_pages:
            page = client.get(path)
            if b'method="post"' not in page.content:
                continue
            token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content)
            csrf = {"csrfmiddlewaretoken": token[1].decode()}
            visit(client.post(path, csrf), path)
            filled = {**ENQUIRY, "token": str(uuid.uuid4()), "message": "Kontrast zu gering"}
            visit(client.post(path, {**csrf, **filled}, follow=True), path)
    return seen


def test_every_cookie_a_public_page_sets_is_declared_and_on_the_privacy_page(client):
    call_command("load_demo_content", verbosity=0)
    declared = {cookie.name for cookie in declared_cookies()}

    seen = crawl()

    assert settings.CSRF_COOKIE_NAME in seen, "the crawl found no form: it would find no cookie"
    undeclared = {name: path for name, path in seen.items() if name not in declared}
    assert not undeclared, f"cookies set but not declared in pages/cookies.py: {undeclared}"
    for language, path in (("de", "/de/datenschutz/"), ("en", "/en/privacy/")):
        html = client.get(path).text
        for name in seen:
            assert f"<code>{name}</code>" in html, (language, name)


def test_every_declared_reader_cookie_is_really_set_by_a_public_page():
    call_command("load_demo_content", verbosity=0)

    seen = crawl()

    readers = {cookie.name for cookie in declared_cookies() if not cookie.staff_only}
    assert readers <= set(seen)


def test_the_staff_cookies_are_set_by_signing_in_and_saving_in_the_admin(admin_user):
    client = Client()
    client.post("/admin/login/", {"username": admin_user.username, "password": "password"})
    response = client.get("/admin/")

    staff = {cookie.name for cookie in declared_cookies() if cookie.staff_only}
    assert settings.SESSION_COOKIE_NAME in staff
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME in client.cookies


def test_the_privacy_page_gives_each_cookie_its_purpose_and_lifetime(client):
    html = client.get("/en/privacy/").text

    assert f"<code>{settings.CSRF_COOKIE_NAME}</code>" in html
    assert "Protects the forms against requests forged by other websites" in html
    assert "52 weeks" in html  # CSRF_COOKIE_AGE, one year in Django's count
    assert f"<code>{settings.SESSION_COOKIE_NAME}</code>" in html
    assert "2 weeks" in html
