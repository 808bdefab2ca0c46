import pytest
from django.core.management import call_command
from django.test import override_settings


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """collectstatic once for every app server. Without compression, which takes forty seconds
    and is not under test; the servers' storage reads the same manifest."""
    root = tmp_path_factory.mktemp("static")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root
