"""Template helpers for the bilingual public site."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_url(context, language_code):
    """The current page, query string included, in another language."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


def fallback_language(obj, field):
    """The language a translated field is shown in when it is not the reader's, else None.

    modeltranslation falls back to German where the English text is empty; the
    element showing it then needs lang="de" for screen readers and hyphenation.
    """
    language = get_language()
    if getattr(obj, f"{field}_{language}", None):
        return None
    for fallback in settings.MODELTRANSLATION_FALLBACK_LANGUAGES:
        if fallback != language and getattr(obj, f"{field}_{fallback}", None):
            return fallback
    return None


@register.simple_tag
def lang_attr(obj, field):
    """` lang="de"` on the element showing a field that fell back to German, else nothing."""
    language = fallback_language(obj, field)
    return format_html(' lang="{}"', language) if language else ""
