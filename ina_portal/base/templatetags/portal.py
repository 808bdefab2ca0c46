"""Template helpers for the bilingual public site."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html
from django.utils.translation import get_language, override

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_url(context, language_code):
    """The current page, query string included, in another language."""
    request = context["request"]
    match = getattr(request, "resolver_match", None)
    if match is None:  # an error page: its path is resolved again, as Django would
        return translate_url(request.get_full_path(), language_code)
    # The request was resolved once already; reversing its match in the other language
    # spares resolving the path again (a few ms on every page, with each language's
    # patterns tried in turn).
    with override(language_code):
        try:
            path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.get_full_path()
    query = iri_to_uri(request.META.get("QUERY_STRING", ""))
    return f"{path}?{query}" if query else path


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
