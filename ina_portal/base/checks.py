"""System checks for a deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core import checks

PROCESS_LOCAL_CACHE = "django.core.cache.backends.locmem.LocMemCache"


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """A cache of one process's own leaves every other worker its own pages, rate limits
    and CSV import previews: after an edit, they serve the old page until it expires."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend != PROCESS_LOCAL_CACHE or settings.PAGE_CACHE_SECONDS == 0:
        return []
    return [
        checks.Warning(
            f"CACHE_URL {settings.CACHE_URL!r} is a cache of each process's own, while "
            "public pages are cached: with more than one gunicorn worker, workers serve "
            "pages older than the last edit, and rate limits count per worker.",
            hint="Leave CACHE_URL unset (a file cache the workers of one machine share) "
            "or set redis:// or memcached:// for several app servers.",
            id="ina_portal.W001",
        )
    ]
