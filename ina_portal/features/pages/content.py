"""The legal pages as content kinds (ina_portal.base.content)."""

from ina_portal.base import content
from ina_portal.base.content import Kind

from .models import AccessibilityStatement, EasyReadPage, EasyReadStart, Feedback, LegalPage

content.register(
    Kind(LegalPage),
    Kind(AccessibilityStatement),
    Kind(EasyReadStart),
    # Not publishable: a page in Leichte Sprache is public once it is saved.
    Kind(EasyReadPage, sitemap=lambda: EasyReadPage.objects.order_by("pk")),
    pages=[
        "pages:imprint",
        "pages:privacy",
        "pages:accessibility",
        "pages:easy_read",
        "pages:sign_language",
    ],
    # A reader's feedback is for the office only: it must not empty the page cache.
    private=[Feedback],
)
