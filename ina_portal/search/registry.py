"""What the site search looks through: one SearchableType per kind of public record.

Each type names its public records and the fields searched: the title fields, which
weigh most, then the body fields, which the result's snippet quotes. Fields are paths
such as "city__name", or annotations the queryset adds. Translated fields are read in
the reader's language, German where the translation is empty. Internal fields are
never named here, and the querysets defer them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, OuterRef, QuerySet, StringAgg, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.utils import get_language

from events.models import INTERNAL_VISIT_FIELDS, Event, VisitReport
from ina_portal.contacts.models import Person
from ina_portal.models import Topic
from ina_portal.news.models import NewsItem
from ina_portal.templatetags.portal import fallback_language
from networks.models import STAFF_ONLY_FIELDS, Network
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import Goal, SdgActivity


@dataclass(frozen=True)
class SearchableType:
    """A kind of public record in the site search, and how to search it."""

    key: str  # its value of ?type=
    label: str
    label_singular: str
    # The public records, evaluated per request (annotations may depend on the language).
    queryset: Callable[[], QuerySet]
    title: tuple[str, ...]
    body: tuple[str, ...]

    def __str__(self):
        return str(self.label)

    @cached_property
    def model(self):
        return self.queryset().model

    def text(self, path):
        return field_text(self.model, path)

    def value(self, record, path):
        """The text of a field as the reader sees it (translated, or German)."""
        *relations, name = path.split("__")
        for relation in relations:
            record = getattr(record, relation)
        return getattr(record, name, None) or ""

    def language(self, record, path):
        """German ("de") where an English reader sees the German text of the field, else None."""
        *relations, name = path.split("__")
        for relation in relations:
            record = getattr(record, relation)
        return fallback_language(record, name)


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


def project_partnerships():
    return ProjectPartnership.objects.published().annotate(
        search_partner_cities=names_of(City.objects.all(), "project_partnerships", "name")
    )


def people():
    # What the public team page shows: name, function, unit and responsibilities.
    return (
        Person.objects.published()
        .public()
        .select_related("unit")
        .annotate(
            search_twin_cities=names_of(TwinCity.objects.published(), "contacts", "city__name"),
            search_partnerships=names_of(
                ProjectPartnership.objects.published(), "contacts", "title"
            ),
            search_networks=names_of(Network.objects.published(), "contacts", "name"),
            search_topics=names_of(Topic.objects.all(), "contacts", "name"),
        )
    )


SEARCHABLE_TYPES = (
    SearchableType(
        key="twin-cities",
        label=_("Twin cities"),
        label_singular=_("Twin city"),
        queryset=lambda: TwinCity.objects.published().select_related("city"),
        title=("city__name",),
        body=("teaser", "story", "status_note"),
    ),
    SearchableType(
        key="project-partnerships",
        label=_("Project partnerships"),
        label_singular=_("Project partnership"),
        queryset=project_partnerships,
        title=("title",),
        body=("teaser", "description", "search_partner_cities", "lead_department"),
    ),
    SearchableType(
        key="networks",
        label=_("City networks"),
        label_singular=_("City network"),
        queryset=lambda: Network.objects.published().defer(*STAFF_ONLY_FIELDS),
        title=("name", "acronym"),
        body=("teaser", "description"),
    ),
    SearchableType(
        key="goals",
        label=_("Sustainable Development Goals"),
        label_singular=_("Sustainable Development Goal"),
        queryset=lambda: Goal.objects.all(),
        title=("title",),
        body=("long_title",),
    ),
    SearchableType(
        key="sdg-activities",
        label=_("SDG activities"),
        label_singular=_("SDG activity"),
        queryset=lambda: SdgActivity.objects.published(),
        title=("title",),
        body=("teaser", "description", "lead_unit"),
    ),
    SearchableType(
        key="events",
        label=_("Events"),
        label_singular=_("Event"),
        queryset=lambda: Event.objects.published(),
        title=("title",),
        body=("teaser", "description", "venue", "organiser"),
    ),
    SearchableType(
        key="visits",
        label=_("Visit reports"),
        label_singular=_("Visit report"),
        queryset=lambda: (
            VisitReport.objects.published()
            .select_related("visit")
            .defer(*(f"visit__{name}" for name in INTERNAL_VISIT_FIELDS))
        ),
        title=("title",),
        body=("text", "visit__visiting_party"),
    ),
    SearchableType(
        key="news",
        label=_("News"),
        label_singular=_("News item"),
        queryset=lambda: NewsItem.objects.published(),
        title=("title",),
        body=("teaser", "body"),
    ),
    SearchableType(
        key="people",
        label=_("Contacts"),
        label_singular=pgettext_lazy("search result", "Contact"),
        queryset=people,
        title=("first_name", "last_name"),
        body=(
            "function",
            "unit__name",
            "search_twin_cities",
            "search_partnerships",
            "search_networks",
            "search_topics",
        ),
    ),
)

SEARCHABLE = {searchable.key: searchable for searchable in SEARCHABLE_TYPES}
