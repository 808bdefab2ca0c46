"""Brute-force protection of the admin login (django-axes, backed by the database)."""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "Lindenhorst-1969"
WRONG = "Kirchderne-1970"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Every attempt hashes a password; the production hasher would take a minute here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password=PASSWORD, is_staff=True)


def sign_in(client, username, password, **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        secure=True,
        headers=headers,
    )


def fail_five_times(client, username="editor", **headers):
    return [sign_in(client, username, WRONG, **headers) for _ in range(5)]


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_four_wrong_passwords_still_allow_the_right_one(client, editor):
    for _ in range(4):
        response = sign_in(client, "editor", WRONG)
        assert response.status_code == 200
        assert "Passwort für einen Staff-Account eingeben" in response.text

    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_sixth_attempt_is_refused_even_with_the_right_password(client, editor):
    fail_five_times(client)

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    assert not is_signed_in(client)
    assert "<h1>Anmeldung gesperrt</h1>" in response.text
    assert "Zu viele fehlgeschlagene Anmeldeversuche." in response.text
    assert "für 1\xa0Stunde gesperrt" in response.text


def test_lockout_message_is_in_english_for_an_english_browser(client, editor):
    fail_five_times(client, accept_language="en")

    response = sign_in(client, "editor", PASSWORD, accept_language="en")

    assert response.status_code == 429
    assert "<h1>Sign-in blocked</h1>" in response.text
    assert "Too many failed sign-in attempts." in response.text
    assert "blocked for 1\xa0hour" in response.text
    assert "ask an administrator of the portal to unlock the account" in response.text


def test_fifth_wrong_password_already_shows_the_lockout(client, editor):
    responses = fail_five_times(client)

    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429]


def test_lockout_is_kept_in_the_database_for_every_app_server(client, editor):
    fail_five_times(client)

    attempt = AccessAttempt.objects.get(username="editor")
    assert attempt.ip_address == "127.0.0.1"
    assert attempt.failures_since_start == 5

    cache.clear()
    another_server = Client()
    assert sign_in(another_server, "editor", PASSWORD).status_code == 429
    assert not is_signed_in(another_server)


def test_another_user_can_still_sign_in_from_the_same_address(client, editor, admin_user):
    fail_five_times(client)

    response = sign_in(client, "admin", "password")

    assert response.status_code == 302
    assert is_signed_in(client)


def test_the_same_user_can_still_sign_in_from_another_address(client, editor):
    fail_five_times(client)

    client.defaults["REMOTE_ADDR"] = "198.51.100.20"
    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 302
    assert is_signed_in(client)


def test_forwarded_for_header_is_ignored_without_a_trusted_proxy(client, editor):
    for number in range(5):
        sign_in(client, "editor", WRONG, x_forwarded_for=f"203.0.113.{number}")

    response = sign_in(client, "editor", PASSWORD, x_forwarded_for="203.0.113.99")

    assert response.status_code == 429
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"


def test_behind_a_trusted_proxy_the_address_it_saw_is_locked_out(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client may send its own X-Forwarded-For; the proxy appends the real address.
    fail_five_times(client, x_forwarded_for="192.0.2.1, 203.0.113.7")

    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"
    locked = sign_in(client, "editor", PASSWORD, x_forwarded_for="192.0.2.2, 203.0.113.7")
    assert locked.status_code == 429
    elsewhere = sign_in(client, "editor", PASSWORD, x_forwarded_for="203.0.113.8")
    assert elsewhere.status_code == 302


def test_a_successful_sign_in_resets_the_count(client, editor):
    for _ in range(4):
        sign_in(client, "editor", WRONG)
    sign_in(client, "editor", PASSWORD)
    client.logout()

    responses = [sign_in(client, "editor", WRONG) for _ in range(4)]

    assert [response.status_code for response in responses] == [200] * 4


def test_a_successful_sign_in_leaves_no_record_of_the_address(client, editor):
    sign_in(client, "editor", WRONG)

    sign_in(client, "editor", PASSWORD)

    assert is_signed_in(client)
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()
