"""The city's identity: the site profile (ina_portal.base.siteprofile) with its colours as
a stylesheet and its coat of arms; settings.INA_IDENTITY fills in what the profile leaves out.

The colours reach the pages as CSS custom properties in /identity.css, a stylesheet of
the portal's own, since the Content-Security-Policy allows no inline styles.
"""

import hashlib
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from ina_portal.base.siteprofile import site_profile

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
COLOURS = {"primary": "--c-primary", "primary_dark": "--c-primary-dark", "accent": "--c-accent"}


def colours():
    """The profile's colours, else the configured ones, each checked to be "#RRGGBB"."""
    profile = site_profile()
    values = {key: getattr(profile, key) or settings.INA_IDENTITY[key] for key in COLOURS}
    for key, value in values.items():
        if not COLOUR.match(value):
            raise ImproperlyConfigured(f"INA_IDENTITY[{key!r}] is {value!r}, not a #RRGGBB colour.")
    return values


def stylesheet():
    rules = "".join(f"{COLOURS[key]}:{value};" for key, value in colours().items())
    return f":root{{{rules}}}\n"


def identity(request):
    """Context processor: `site`, the site profile, and `identity`, the coat of arms'
    address and the stylesheet's version."""
    profile = site_profile()
    version = hashlib.sha256(stylesheet().encode()).hexdigest()[:12]
    arms = profile.coat_of_arms
    return {
        "site": profile,
        "identity": {
            "coat_of_arms": arms.url if arms else static(settings.INA_IDENTITY["coat_of_arms"]),
            "version": version,
        },
    }


@require_safe
@cache_control(public=True, max_age=31536000, immutable=True)
def identity_css(request):
    """The city's colours; pages link it with ?v=<version>, so it may be kept for long."""
    return HttpResponse(stylesheet(), content_type="text/css; charset=utf-8")
