"""Content kinds: each app declares its kinds of records once, in its own `content.py`.

Search, sitemaps, history, the translations dashboard, the admin start page, the page
cache, the editors' role, the goal pages and the open data API read these declarations,
the way the admin reads each app's `admin.py`. Adding a kind touches its own app and
INSTALLED_APPS only (docs/content-kinds.md).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Model, OuterRef, QuerySet, StringAgg, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.functional import Promise
from django.utils.module_loading import autodiscover_modules
from modeltranslation.utils import get_language

from .models import Image, Publishable
from .richtext import RichTextField, Words, words_of
from .templatetags.portal import fallback_language


@dataclass(frozen=True)
class Search:
    """How the site search looks through a kind: the title fields weigh most, the body
    fields are what the snippet quotes. Fields are paths such as "city__name", or
    annotations the queryset adds; internal fields are never named, and deferred."""

    key: str  # its value of ?type=
    label: Promise
    label_singular: Promise
    title: tuple[str, ...]
    body: tuple[str, ...]
    # The public records, evaluated per request (annotations may depend on the language).
    queryset: Callable[[], QuerySet]

    def __str__(self):
        return str(self.label)

    @cached_property
    def model(self):
        return self.queryset().model

    def text(self, path):
        text = field_text(self.model, path)
        # Rich text is searched and quoted by its words, not its tags.
        return Words(text) if is_rich_text(self.model, path) else text

    def value(self, record, path):
        """The text of a field as the reader sees it (translated, or German)."""
        *relations, name = path.split("__")
        for relation in relations:
            record = getattr(record, relation)
        value = getattr(record, name, None) or ""
        return words_of(value) if is_rich_text(self.model, path) else value

    def language(self, record, path):
        """German ("de") where an English reader sees the German text of the field, else None."""
        *relations, name = path.split("__")
        for relation in relations:
            record = getattr(record, relation)
        return fallback_language(record, name)


@dataclass(frozen=True)
class Kind:
    """One kind of record the office keeps, and which shared parts of the portal know it."""

    model: type[Model]
    search: Search | None = None
    # The published records with a page of their own, for sitemap.xml: True for every
    # published record, or a function returning the records.
    sitemap: bool | Callable[[], QuerySet] = False
    # Who changed which field when (django-simple-history), with a way back.
    history: bool = True
    # How the kind serves the Sustainable Development Goals (an sdg.groups.GoalGroup).
    goals: object = None
    # What a record's name (str) reads from other tables, loaded along on admin pages
    # that list records of every kind.
    name_related: tuple[str, ...] = ()
    # Its open data endpoint: an ina_portal.base.api.views.OpenDataViewSet, served at
    # /api/v1/<its endpoint>/.
    api: type | None = None

    @property
    def key(self):
        return self.model._meta.label_lower

    @property
    def is_publishable(self):
        return issubclass(self.model, Publishable)

    def sitemap_items(self):
        if callable(self.sitemap):
            return self.sitemap()
        records = self.model.objects.published().order_by("pk")
        return records.select_related(*self.name_related) if self.name_related else records


@dataclass
class Registry:
    kinds: list = field(default_factory=list)
    # URL names of public pages without a record of their own (lists, forms).
    pages: list = field(default_factory=list)
    # Models of content apps that never appear on the public site.
    private: set = field(default_factory=set)
    # {model label: [function returning a Prefetch]}: what other kinds add to its page.
    attachments: dict = field(default_factory=dict)
    app_labels: list = field(default_factory=list)
    discovered: bool = False


registry = Registry()


def register(*kinds, pages=(), private=()):
    """Declare an app's content kinds, its pages without a record, its private models."""
    registry.kinds += kinds
    registry.pages += pages
    registry.private |= {model._meta.label_lower for model in private}


def attach(labels, prefetch):
    """Show records of this app on the detail pages of the models named in `labels`
    ("partnerships.TwinCity"): `prefetch()` returns the Prefetch that loads them."""
    for label in labels:
        registry.attachments.setdefault(label.lower(), []).append(prefetch)


def discover():
    if not registry.discovered:
        registry.discovered = True
        autodiscover_modules("content")
        # In INSTALLED_APPS order, whatever order the modules were imported in.
        order = [config.label for config in apps.get_app_configs()]
        registry.kinds.sort(key=lambda kind: order.index(kind.model._meta.app_label))
        labels = {kind.model._meta.app_label for kind in registry.kinds}
        registry.app_labels = [label for label in order if label in labels]
    return registry


def kinds():
    return tuple(discover().kinds)


def searchable():
    return [kind.search for kind in kinds() if kind.search]


def history_models():
    return [kind.model for kind in kinds() if kind.history]


def app_labels():
    """The apps that hold content kinds, in INSTALLED_APPS order: editors keep every
    model in them, and a change to one can change public pages."""
    return list(discover().app_labels)


def is_public_model(model):
    """Whether a change to a record of `model` can change a public page."""
    opts = model._meta
    found = discover()
    return opts.app_label in found.app_labels and opts.label_lower not in found.private


def page_names():
    return list(discover().pages)


def attached(model):
    """The Prefetches other kinds add to the detail page of a `model` record."""
    return [prefetch() for prefetch in discover().attachments.get(model._meta.label_lower, [])]


def field_of(model, path):
    """The model field at the end of a path such as "city__name", or None (an annotation)."""
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def is_rich_text(model, path):
    return isinstance(field_of(model, path), RichTextField)


def field_text(model, path):
    """A field path as SQL text in the active language, German where the translation is empty."""
    *relations, name = path.split("__")
    owner = model
    for relation in relations:
        owner = owner._meta.get_field(relation).related_model
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    try:
        owner._meta.get_field(f"{name}_{default}")
    except FieldDoesNotExist:
        return Coalesce(F(path), Value(""), output_field=TextField())
    language = get_language()
    localized = [] if language == default else [NullIf(F(f"{path}_{language}"), Value(""))]
    return Coalesce(*localized, F(f"{path}_{default}"), Value(""), output_field=TextField())


def names_of(queryset, relation, path):
    """The names of the records in `queryset` linked to the outer record, in one subquery."""
    text = field_text(queryset.model, path)
    names = (
        queryset.filter(**{relation: OuterRef("pk")})
        .order_by()
        .values(relation)
        .annotate(names=StringAgg(text, Value(", ")))
        .values("names")
    )
    return Coalesce(Subquery(names), Value(""), output_field=TextField())


register(Kind(Image))
