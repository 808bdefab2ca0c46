import os
import secrets
import subprocess
import sys

from django.conf import settings


def manage(*args, program=("manage.py",), **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in {"DATABASE_URL", "CACHE_URL"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, *program, *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_check_is_clean_with_debug_off_and_a_real_secret():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="portal.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_that_a_cache_of_each_process_s_own_serves_old_pages():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="portal.example.org",
        CACHE_URL="locmem://",
    )

    assert result.returncode != 0
    assert "ina_portal.W001" in result.stderr
    assert "older than the last edit" in result.stderr


def test_an_unknown_cache_url_stops_the_portal_with_a_clear_message():
    result = manage("check", CACHE_URL="rediss:/typo")

    assert result.returncode != 0
    assert "CACHE_URL 'rediss:/typo': use redis://" in result.stderr


def test_deploy_check_warns_about_the_local_development_key():
    result = manage("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode != 0
    assert "security.W009" in result.stderr


def test_an_installed_portal_runs_management_commands_as_ina_portal():
    result = manage("help", "migrate", program=("-m", "ina_portal"))

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: ina-portal migrate")
