"""How many times a client address may send a public form per hour.

Counted in Django's cache, shared by every worker and app server (CACHE_URL).
"""

import ipaddress

from django.core.cache import cache
from django.utils import timezone

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
    cache.add(key, 0, timeout=WINDOW_SECONDS + 60)
    try:
        count = cache.incr(key)
    except ValueError:
        # Evicted between add and incr.
        cache.set(key, 1, timeout=WINDOW_SECONDS + 60)
        count = 1
    return count > limit
