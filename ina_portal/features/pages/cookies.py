"""Every cookie the portal can set, declared once: the privacy notice lists them from here,
and tests/pages/test_cookies.py fails when a page sets a cookie that is not declared."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: str
    lifetime: str
    set_by: str
    # Set only for signed-in office staff, never on a reader's visit.
    staff_only: bool = False


def duration(seconds):
    """A cookie's lifetime in words: "52 weeks", "14 days", "until the browser closes"."""
    if seconds is None:
        return str(_("until the browser is closed"))
    days = seconds // 86400
    if days and days % 7 == 0:
        weeks = days // 7
        return ngettext("%(count)d week", "%(count)d weeks", weeks) % {"count": weeks}
    if days:
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    hours = max(1, seconds // 3600)
    return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}


lazy_duration = lazy(duration, str)


def declared_cookies():
    """The cookies, with their names and lifetimes as the settings make them."""
    session_age = None if settings.SESSION_EXPIRE_AT_BROWSER_CLOSE else settings.SESSION_COOKIE_AGE
    return [
        Cookie(
            name=settings.CSRF_COOKIE_NAME,
            purpose=_(
                "Protects the forms against requests forged by other websites (cross-site "
                "request forgery). It holds a random value and nothing about you."
            ),
            lifetime=lazy_duration(settings.CSRF_COOKIE_AGE),
            set_by=_(
                "The enquiry form and the feedback form of the accessibility statement, "
                "when the form is shown or sent."
            ),
        ),
        Cookie(
            name=settings.SESSION_COOKIE_NAME,
            purpose=_("Keeps office staff signed in to the editing area."),
            lifetime=lazy_duration(session_age),
            set_by=_("The sign-in of the editing area (admin), for staff only."),
            staff_only=True,
        ),
        Cookie(
            name=CookieStorage.cookie_name,
            purpose=_(
                "Carries a confirmation such as “saved” to the next page of the editing area."
            ),
            lifetime=lazy_duration(None),
            set_by=_("The editing area (admin), for staff only."),
            staff_only=True,
        ),
    ]


def declared_cookie_names():
    return {cookie.name for cookie in declared_cookies()}
