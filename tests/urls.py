"""The one way tests name a public page: its URL name, in a language."""

from django.urls import reverse
from django.utils import translation


def url(name, language="de", **kwargs):
    """The path of the page `name` ("events:event_list") in `language`."""
    with translation.override(language):
        return reverse(name, kwargs=kwargs)
