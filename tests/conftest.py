import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation


@pytest.fixture(scope="session", autouse=True)
def test_settings(tmp_path_factory):
    """Production settings, minus what needs a TLS proxy and a collectstatic run.

    Session-wide, so the live server of the browser tests gets them too.
    """
    with override_settings(
        SECURE_SSL_REDIRECT=False,
        # Hashing is not under test; production's hasher costs ~0.5 s per sign-in.
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        MEDIA_ROOT=tmp_path_factory.mktemp("media"),
        PRIVATE_ROOT=tmp_path_factory.mktemp("private"),
        STATIC_ROOT=tmp_path_factory.mktemp("static"),
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ):
        yield


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate("de")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: no cached pages from another test."""
    cache.clear()
    yield
