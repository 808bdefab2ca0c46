"""How many times a client address may send a public form per hour.

Counted in Django's cache, shared by every worker and app server (CACHE_URL). While the
cache server fails, nothing is counted and every submission is let through (and logged):
a lost enquiry would cost more than a few unthrottled ones, which the forms' other
checks still screen.
"""

import ipaddress
import logging

from django.core.cache import cache
from django.utils import timezone

from .cache import cache_incr, cache_or_default

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600


def rate_limit_key(address):
    if address is None:
        return "unknown"
    ip = ipaddress.ip_address(address)
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        # One IPv6 connection usually has a whole /64 to choose addresses from.
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def rate_limit_hit(*, scope, address, limit):
    """Count a submission of form `scope` from this address; True when it is one too many
    this hour."""
    window = int(timezone.now().timestamp()) // WINDOW_SECONDS
    key = f"ina:{scope}-rate:{rate_limit_key(address)}:{window}"

    def count_hit():
        cache.add(key, 0, timeout=WINDOW_SECONDS + 60)
        try:
            return cache_incr(key, timeout=WINDOW_SECONDS + 60)
        except ValueError:
            # Evicted between add and incr.
            cache.set(key, 1, timeout=WINDOW_SECONDS + 60)
            return 1

    count = cache_or_default(count_hit)
    if count is None:
        logger.warning("The %s form's rate limit is not counted: the cache is unavailable.", scope)
        return False
    return count > limit
