"""Serializer fields the apps' open data serializers share.

Serializers name their fields one by one: internal fields are never among them
(tests/opendata checks every response for them).
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ina_portal.base.models import Topic
from ina_portal.base.richtext import text_from_html

RICH_TEXT_HELP = (
    "HTML, sanitised: paragraphs, headings h2 to h4, lists, links, bold and italic. "
    "The same text without markup is in the field of the same name ending in _text."
)


def rich_text(*names):
    """Meta.extra_kwargs that describe rich text fields as HTML in the OpenAPI description."""
    return {name: {"help_text": RICH_TEXT_HELP} for name in names}


class PlainTextField(serializers.CharField):
    """A rich text field as plain text: blank lines part paragraphs, list items are lines
    beginning with "- ", a link's address follows its text in brackets."""

    def __init__(self, source, **kwargs):
        kwargs.setdefault("help_text", f"The text of {source} without HTML markup.")
        super().__init__(source=source, read_only=True, **kwargs)

    def to_representation(self, value):
        return text_from_html(value, urls=True)


@extend_schema_field(OpenApiTypes.URI)
class PageUrlField(serializers.Field):
    """The absolute address of a record's public page, in the language of the request."""

    def __init__(self, method="get_absolute_url", **kwargs):
        self.method = method
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        url = self.method(instance) if callable(self.method) else getattr(instance, self.method)()
        return self.context["request"].build_absolute_uri(url)


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class SlugsField(serializers.Field):
    """The slugs of related records, e.g. the twin cities of an event: ["amiens", "leeds"]."""

    def __init__(self, attribute="slug", **kwargs):
        self.path = attribute.split(".")
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, related):
        items = related.all() if hasattr(related, "all") else related
        values = []
        for item in items:
            for name in self.path:
                item = getattr(item, name)
            values.append(item)
        return values


class PublicSlugField(serializers.Field):
    """The slug of a related record, or null while that record is not public."""

    def __init__(self, attribute="slug", **kwargs):
        self.path = attribute.split(".")
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        related = super().get_attribute(instance)
        return related if related is not None and related.is_public else None

    def to_representation(self, related):
        for name in self.path:
            related = getattr(related, name)
        return related


extend_schema_field({"type": "string", "nullable": True})(PublicSlugField)


def goal_numbers():
    return serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]
