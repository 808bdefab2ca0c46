from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.core.cache import cache
from django.core.management import call_command
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
        # Nor is the WebP encoder's effort: the fastest makes the same renditions, some
        # 50 % larger, in a third of the time (most of a demo content load).
        IMAGE_WEBP_METHOD=0,
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


DEMO_SITE_PROFILE = Path(__file__).parents[1] / "ina_portal/base/demo/site_profile.yaml"


def demo_site_profile_load():
    """The demo city's site profile, from the demo content's file."""
    from ina_portal.base.management.commands import load_demo_content
    from ina_portal.base.siteprofile import forget, site_profile

    load_demo_content.load(*load_demo_content.read("ina_portal", DEMO_SITE_PROFILE))
    forget()
    return site_profile()


@pytest.fixture(autouse=True)
def demo_site_profile(request, _empty_cache):
    """Tests that use the database see the demo city's site profile, as after `make run`;
    a test of another city changes or deletes it (tests/identity/)."""
    from ina_portal.base.siteprofile import forget

    forget()
    if request.node.get_closest_marker("django_db") or "_django_db_helper" in request.fixturenames:
        request.getfixturevalue("_django_db_helper")
        yield demo_site_profile_load()
    else:
        yield None
    forget()


@pytest.fixture
def reference_data():
    """The data the migrations ship (the 17 goals) and the roles, put back idempotently.

    A transactional test (live server, migration tests) ends with the tables emptied, so
    the next one starts without them. Serialized rollback would restore them, but on
    PostgreSQL its reload collides with the roles that `post_migrate` re-creates after
    the flush under new ids; putting them back by name avoids that.
    """
    import_module("sdg.migrations.0002_goals").create_goals(django_apps, None)
    call_command("setup_roles", verbosity=0)
