"""The legal pages as content kinds (ina_portal.base.content)."""

from ina_portal.base import content
from ina_portal.base.content import Kind

from .models import AccessibilityStatement, Feedback, LegalPage

content.register(
    Kind(LegalPage),
    Kind(AccessibilityStatement),
    pages=["pages:imprint", "pages:privacy", "pages:accessibility"],
    # A reader's feedback is for the office only: it must not empty the page cache.
    private=[Feedback],
)
