"""Load the demo content from the YAML files in each app's `demo/` folder.

Creates every demo record that is missing, found by its natural key, and never changes a
record that exists: a rerun keeps what editors changed. Relations are set on new records only.
"""

from datetime import datetime, time
from pathlib import Path

import yaml
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from modeltranslation.fields import TranslationField

from ina_portal.base.richtext import RichTextField, html_from_text

# Each file names its model and lists its records; `defaults` go into every record, and
# `key` names the fields that identify a record (its slug unless the file says otherwise).
# A translated text is {de: …, en: …}; a reference names the other record by its natural
# key (a slug, a goal's number, a twin city's city); records nested in a record (a visit's
# programme) are created with it. Dates and times are the city's wall-clock time. Rich
# text is written as plain text: blank lines part paragraphs, "## " begins a heading.
#
# The files are read app by app in INSTALLED_APPS order, and within an app in the order
# of their names (1_cities.yaml before 2_twin_cities.yaml): a deterministic order that
# matters for foreign keys, as each file names only records of the files before it, or
# the goals that sdg's migrations create.
#
# A picture is drawn, not copied: an image field's value {drawn_by: dotted.path, …} names
# a function that gets the new record (before it is saved), its many-to-many relations
# ({field name: [records]}) and the other keys as options, and returns the stored Image
# (ina_portal/features/overview/demo_pictures.py). Like every value, it is used for a new
# record only: a rerun draws nothing, and a picture an editor chose stays.


def demo_files():
    """(app label, path) of every demo file, in the order they are read."""
    return [
        (config.label, path)
        for config in apps.get_app_configs()
        for path in sorted(Path(config.path, "demo").glob("*.yaml"))
    ]


def default_key(model):
    """A model's slug, else its first unique field (a goal's number)."""
    unique = [field.name for field in model._meta.fields if field.unique and not field.primary_key]
    return ("slug",) if "slug" in unique else tuple(unique[:1])


class NaturalKeys(dict):
    """{model label: the fields that identify its records}, as the files declare them."""

    def __missing__(self, label):
        return default_key(apps.get_model(label))


KEYS = NaturalKeys()


def natural_key(model):
    return KEYS[model._meta.label_lower]


def find(model, value):
    """The record of `model` that a file names by `value`, its natural key."""
    (name,) = natural_key(model)
    field = model._meta.get_field(name)
    if field.is_relation:
        value = find(field.related_model, value)
    try:
        return model._base_manager.get(**{name: value})
    except model.DoesNotExist:
        raise CommandError(f"there is no {model._meta.label} with {name} {value!r}") from None


def columns(field, value):
    """The model's attributes that a file's value fills: {de:, en:} fills the translations."""
    if isinstance(field, RichTextField):
        value = (
            {language: html_from_text(text, markup=True) for language, text in value.items()}
            if isinstance(value, dict)
            else html_from_text(value, markup=True)
        )
    if isinstance(value, dict):
        return {f"{field.name}_{language}": text for language, text in value.items()}
    if isinstance(field, models.DateTimeField):
        if isinstance(value, str):  # YAML reads "2026-12-10 16:00" (no seconds) as text
            value = field.to_python(value)
        if not isinstance(value, datetime):
            value = datetime.combine(value, time.min)
        if timezone.is_naive(value):
            value = timezone.make_aware(value, timezone.get_default_timezone())
    return {field.name: value}


def create(model, record, **parent):
    """Save a new record from a file's entry, with its relations and nested records (a visit's
    programme); returns it and its references to its own model (a person's deputy), for later."""
    # A translation the file leaves out is empty, as the admin saves it, not NULL.
    values = {
        field.name: field.empty_value
        for field in model._meta.concrete_fields
        if isinstance(field, TranslationField) and field.empty_value is not None
    }
    values.update(parent)
    relations, nested, later, drawn = {}, {}, {}, {}
    for name, value in record.items():
        field = model._meta.get_field(name)
        if isinstance(value, dict) and "drawn_by" in value:
            drawn[field] = value
        elif field.many_to_many:
            relations[name] = [find(field.related_model, key) for key in value]
        elif field.auto_created and not field.concrete:
            nested[field] = value if isinstance(value, list) else [value]
        elif field.is_relation and field.related_model is model:
            later[name] = value
        elif field.is_relation:
            values[name] = find(field.related_model, value)
        else:
            values.update(columns(field, value))
    obj = model(**values)
    for field, options in drawn.items():
        options = dict(options)
        picture = import_string(options.pop("drawn_by"))(obj, relations, **options)
        if field.many_to_many:
            relations[field.name] = [picture]
        else:
            setattr(obj, field.name, picture)
    obj.save()
    for name, targets in relations.items():
        getattr(obj, name).set(targets)
    for field, entries in nested.items():
        for entry in entries:
            create(field.related_model, entry, **{field.field.name: obj})
    return obj, later


def read(app_label, path):
    """A file's contents and its model; the key it declares is known from then on."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    model = apps.get_model(app_label, data["model"])
    if "key" in data:
        KEYS[model._meta.label_lower] = tuple(data["key"])
    return data, model


def load(data, model):
    """Create the records of one file that are missing; returns (created, already there)."""
    created, existing = [], 0
    for entry in data["records"]:
        record = {**data.get("defaults", {}), **entry}
        key = {}
        for field in map(model._meta.get_field, natural_key(model)):
            if field.name not in record:
                raise CommandError(f"a record without {field.name}: {entry}")
            value = record[field.name]
            key[field.name] = find(field.related_model, value) if field.is_relation else value
        if model._base_manager.filter(**key).exists():
            existing += 1
        else:
            created.append(create(model, record))
    for obj, later in created:
        if later:
            for name, value in later.items():
                setattr(obj, name, find(model, value))
            obj.save()
    return len(created), existing


class Command(BaseCommand):
    help = (
        "Load the demo content from each app's demo/*.yaml: create the demo records that "
        "are missing (by slug or other natural key), never change one that exists. A rerun "
        "keeps editors' changes, and brings back a demo record that was deleted."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = existing = 0
        errors = (
            CommandError,
            FieldDoesNotExist,
            ImportError,
            IntegrityError,
            KeyError,
            LookupError,
            TypeError,
            ValueError,
            ValidationError,
            yaml.YAMLError,
        )
        KEYS.clear()
        for app_label, path in demo_files():
            try:
                counts = load(*read(app_label, path))
            except errors as error:
                raise CommandError(f"{path}: {error}") from error
            created, existing = created + counts[0], existing + counts[1]
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content: {created} records created, {existing} already there "
                    "and left as they are."
                )
            )
