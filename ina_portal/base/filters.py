"""A list's filter by a record (a topic, a partner city, a network) whose form offers a
bounded number of choices, however many records there are.

The select offers at most CHOICES_SHOWN values: the ones the most published records use, in
alphabetical order, and always the chosen one. When there are more, the field is a text
field instead, with those values as suggestions: the reader types a name (or a part of one
that only one record has). Any value the filter's queryset holds stays reachable, by its
slug (the links and subscriptions use it) or its name; a value that names nothing, or more
than one record, gets a message saying so. One query lists the choices, whatever the data.
"""

import django_filters
from django import forms
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField

from .cache import for_the_generation

CHOICES_SHOWN = 30
# How many of the records matching an ambiguous text the message names.
MATCHES_NAMED = 5


class BoundedChoiceIterator(forms.models.ModelChoiceIterator):
    """The empty choice, the offered records by name and the chosen one if not among them."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.offered_choices():
            yield self.choice(obj)

    def __len__(self):
        return len(self.field.offered_choices()) + (self.field.empty_label is not None)

    def __bool__(self):
        return True


class BoundedSelect(forms.Select):
    """A select of the offered choices, or, when the field has more values than it offers,
    a search field suggesting them (a <datalist> of their names) with a hint saying so."""

    field = None

    def render(self, name, value, attrs=None, renderer=None):
        field = self.field
        if field is None or not field.has_more_choices():
            return super().render(name, value, attrs, renderer)
        attrs = self.build_attrs(self.attrs, attrs)
        field_id = attrs.get("id") or f"id_{name}"
        if field.chosen is not None:
            text = field.label_from_instance(field.chosen)
        else:
            text = value if isinstance(value, str) else ""
        described = " ".join(filter(None, [attrs.get("aria-describedby"), f"{field_id}_hint"]))
        suggestions = format_html_join(
            "",
            '<option value="{}"></option>',
            ((str(field.label_from_instance(obj)),) for obj in field.offered_choices()),
        )
        return format_html(
            '<input type="search" name="{name}" id="{id}" value="{text}" list="{id}_list"'
            ' autocomplete="off" aria-describedby="{described}">'
            '<datalist id="{id}_list">{suggestions}</datalist>'
            '<span class="helptext" id="{id}_hint">{hint}</span>',
            name=name,
            id=field_id,
            text=text,
            described=described,
            suggestions=suggestions,
            hint=_("Enter a name or a part of one; the most used are suggested."),
        )


class BoundedModelChoiceField(ModelChoiceField):
    iterator = BoundedChoiceIterator
    widget = BoundedSelect
    default_error_messages = {
        "no_match": _("Nothing matches “%(value)s”."),
        "several": _("Several match “%(value)s”: %(names)s. Please choose one."),
    }

    def __init__(
        self, *args, usage, search_field="name", shown=CHOICES_SHOWN, cache_key=None, **kwargs
    ):
        self.usage = usage
        self.cache_key = cache_key
        self.search_field = search_field
        self.shown = shown
        self.chosen = None
        self._offered = None
        super().__init__(*args, **kwargs)
        self.widget.field = self

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.widget.field = result
        result._offered = None
        result.chosen = None
        return result

    def most_used(self):
        """Up to `shown` + 1 records, the most used first: one query. Ranking them counts
        the uses of every record, so which ones they are is kept for the content
        generation (by `cache_key`); the records themselves are read each time."""
        if self._offered is None:
            if self.cache_key is None:
                self._offered = self.ranked()
            else:
                key = f"filter-choices:{self.cache_key}:{self.shown}:{get_language()}"

                def rank():
                    self._offered = self.ranked()
                    return [obj.pk for obj in self._offered]

                pks = for_the_generation(key, rank)
                if self._offered is None:  # known from the cache: read those records
                    by_pk = self.queryset.in_bulk(pks)
                    self._offered = [by_pk[pk] for pk in pks if pk in by_pk]
        return self._offered

    def ranked(self):
        ranked = self.queryset.annotate(uses=self.usage).order_by("-uses", self.search_field)
        return list(ranked[: self.shown + 1])

    def has_more_choices(self):
        return len(self.most_used()) > self.shown

    def offered_choices(self):
        offered = self.most_used()[: self.shown]
        if self.chosen is not None and self.chosen not in offered:
            offered = [*offered, self.chosen]
        return sorted(offered, key=lambda obj: str(self.label_from_instance(obj)).casefold())

    def to_python(self, value):
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        text = str(value).strip()
        key, name = self.to_field_name or "pk", self.search_field
        exact = Q(**{key: text}) | Q(**{f"{name}__iexact": text})
        matches = list(
            self.queryset.filter(exact | Q(**{f"{name}__icontains": text}))
            .annotate(
                exact=Case(
                    When(exact, then=Value(0)), default=Value(1), output_field=IntegerField()
                )
            )
            .order_by("exact", name)[: MATCHES_NAMED + 1]
        )
        if not matches:
            raise forms.ValidationError(
                self.error_messages["no_match"], code="invalid_choice", params={"value": text}
            )
        if len(matches) > 1 and matches[0].exact != 0:
            names = ", ".join(str(self.label_from_instance(obj)) for obj in matches[:MATCHES_NAMED])
            if len(matches) > MATCHES_NAMED:
                names += ", …"
            raise forms.ValidationError(
                self.error_messages["several"],
                code="invalid_choice",
                params={"value": text, "names": names},
            )
        self.chosen = matches[0]
        return self.chosen


class BoundedModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter whose form offers at most CHOICES_SHOWN choices (see above).

    `usage`: an aggregate ranking the queryset's records, like Count("project_partnerships"),
    or a function returning one (called for each form, so that it may name the records
    published now); by default the number of records of the filtered model that use each
    one through the relation `field_name` follows (the queryset, filtered by that relation
    to the published records, counts only those)."""

    field_class = BoundedModelChoiceField

    def __init__(self, *args, usage=None, search_field="name", shown=CHOICES_SHOWN, **kwargs):
        self.usage = usage
        kwargs.update(search_field=search_field, shown=shown)
        super().__init__(*args, **kwargs)

    @property
    def field(self):
        if not hasattr(self, "_field"):
            usage = self.usage if self.usage is not None else self.default_usage
            self.extra["usage"] = usage() if callable(usage) else usage
            # The filter of one field of one list: what its choices depend on.
            self.extra["cache_key"] = f"{self.model._meta.label}.{self.field_name}"
        return super().field

    def default_usage(self):
        relation = self.model._meta.get_field(self.field_name.split("__")[0])
        return Count(relation.related_query_name(), distinct=True)


def canonical_query(form, query):
    """Writes each valid filter by a record in `query` (a QueryDict copy) as that record's
    slug (a reader may have typed a name), for the links that take slugs only: the feeds,
    the calendar, the API."""
    cleaned = getattr(form, "cleaned_data", {}) if form.is_bound else {}
    for name, field in form.fields.items():
        if isinstance(field, BoundedModelChoiceField) and cleaned.get(name) is not None:
            query[name] = getattr(cleaned[name], field.to_field_name or "pk")
    return query
