"""The city's identity as pages show it: the admin's site profile, else the settings.

Read at most once per content generation and worker: the record is kept in the shared
cache under a key of its own (emptied when it is saved) and in the worker's memory per
generation, so pages spend no query on it. While the database or the cache fails, the
settings' defaults or the last record read stand in.
"""

import logging
import time
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction

from .cache import (
    CACHE_RETRY_SECONDS,
    cache_or_default,
    content_generation,
    content_generation_bump,
)
from .models import SiteProfile

logger = logging.getLogger(__name__)

PROFILE_KEY = "ina:site-profile:v1"
# Stored in the cache for "no profile in the database" (None means "not cached").
NO_PROFILE = "none"

# (generation, profile), replaced whole so that threads never see one without the other.
_memo = (object(), None)


def default_profile():
    """An unsaved profile from settings.INA_CITY, in both languages."""
    city = settings.INA_CITY
    translated = {
        f"{field}_{code}": city[field]
        for field in ("name", "authority", "department", "office")
        for code, _name in settings.LANGUAGES
    }
    return SiteProfile(
        **translated,
        street=city["street"],
        postcode=city["postcode"],
        locality=city["locality"],
        email=city["email"],
        phone=city["phone"],
        latitude=Decimal(city["latitude"]),
        longitude=Decimal(city["longitude"]),
    )


def stored_profile():
    """The record from the shared cache, else from the database (then cached)."""
    cached = cache_or_default(lambda: cache.get(PROFILE_KEY))
    if cached is not None:
        return None if cached == NO_PROFILE else cached
    profile = SiteProfile.objects.filter(pk=SiteProfile.SINGLETON_PK).first()
    cache_or_default(lambda: cache.set(PROFILE_KEY, profile or NO_PROFILE, timeout=None))
    return profile


def site_profile():
    """The site profile in force: the record, or the settings' defaults without one."""
    global _memo
    generation = content_generation()
    # Without a generation (no cache, or it fails) the memory holds briefly instead.
    brief = ("clock", int(time.monotonic() // CACHE_RETRY_SECONDS))
    key = brief if generation is None else generation
    memo_key, profile = _memo
    if memo_key not in (key, brief):
        try:
            profile = stored_profile() or default_profile()
        except DatabaseError:
            logger.warning("The site profile could not be read; using the defaults.", exc_info=True)
            # Held briefly only: the record shows again soon after the database is back.
            _memo = (brief, default_profile())
            return _memo[1]
        _memo = (key, profile)
    return profile


def office_and_authority():
    """{"office": …, "authority": …} of the profile, for texts that name both."""
    profile = site_profile()
    return {"office": profile.office_short_name, "authority": profile.city_authority}


def forget():
    """Drop the memory and the cached record: the next read goes to the database."""
    global _memo
    _memo = (object(), None)
    cache_or_default(lambda: cache.delete(PROFILE_KEY))


def site_profile_changed(sender, **kwargs):
    """post_save/post_delete receiver: every page shows the new identity."""
    forget()
    content_generation_bump()
    # Again after the commit: a request in between may have cached the old record.
    transaction.on_commit(forget, using=kwargs.get("using"))
    transaction.on_commit(content_generation_bump, using=kwargs.get("using"))
