"""Admin login protection: the client's address behind proxies and the lockout page."""

import ipaddress

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _


def client_ip(request):
    """The address a request came from, as seen by the outermost trusted proxy."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        # Each trusted proxy appends the address it saw; entries further left are
        # whatever the client chose to send.
        forwarded = request.headers.get("x-forwarded-for", "").split(",")
        if len(forwarded) >= proxies:
            address = forwarded[-proxies].strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def lockout_response(request, original_response=None, credentials=None):
    """What the admin login answers while a user name is locked out from an address."""
    now = timezone.now()
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in blocked"),
        "cooloff": timeuntil(now + settings.AXES_COOLOFF_TIME, now),
    }
    return render(request, "admin/lockout.html", context, status=429)
