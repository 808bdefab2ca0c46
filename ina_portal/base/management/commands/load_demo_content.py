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
from modeltranslation.fields import TranslationField

# Each file names its model and lists its records; `defaults` go into every record. A
# translated text is {de: …, en: …}; a reference names the other record by its natural
# key (a slug, a goal's number); records nested in a record (a visit's programme) are
# created with it. Dates and times are the city's wall-clock time (TIME_ZONE).
#
# The files in the order they are read, a deterministic order that matters for foreign
# keys: each file names only records of the files above it, or the goals that sdg's
# migrations create. The apps come in the order of INSTALLED_APPS.
FILES = [
    ("ina_portal", "topics"),
    ("partnerships", "cities"),
    ("partnerships", "twin_cities"),
    ("partnerships", "project_partnerships"),
    ("networks", "networks"),
    ("sdg", "activities"),
    ("events", "events"),
    ("events", "visits"),
    ("news", "news"),
    ("pages", "legal_pages"),
    ("pages", "accessibility_statement"),
    ("contacts", "units"),
    ("contacts", "people"),
]

# The natural key of every model whose records are not known by their slug: how a file
# names a record (a twin city by its city's slug) and how the loader tells it is there.
KEYS = {
    "sdg.goal": ("number",),
    "partnerships.twincity": ("city",),
    # Not the guests' name: editors may change the texts.
    "events.visit": ("country", "start_date"),
    "pages.legalpage": ("kind",),
    "pages.accessibilitystatement": (),  # the portal has one
}


def demo_path(app_label, name):
    return Path(apps.get_app_config(app_label).path, "demo", f"{name}.yaml")


def natural_key(model):
    return KEYS.get(model._meta.label_lower, ("slug",))


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
    relations, nested, later = {}, {}, {}
    for name, value in record.items():
        field = model._meta.get_field(name)
        if field.many_to_many:
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
    obj.save()
    for name, targets in relations.items():
        getattr(obj, name).set(targets)
    for field, entries in nested.items():
        for entry in entries:
            create(field.related_model, entry, **{field.field.name: obj})
    return obj, later


def load(app_label, name):
    """Create the records of one file that are missing; returns (created, already there)."""
    data = yaml.safe_load(demo_path(app_label, name).read_text(encoding="utf-8"))
    model = apps.get_model(app_label, data["model"])
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
        listed = {demo_path(app_label, name) for app_label, name in FILES}
        found = {
            path
            for config in apps.get_app_configs()
            for path in Path(config.path, "demo").glob("*.yaml")
        }
        if found - listed:
            unlisted = ", ".join(str(path) for path in sorted(found - listed))
            raise CommandError(f"Demo files missing from FILES in load_demo_content: {unlisted}")
        created = existing = 0
        for app_label, name in FILES:
            try:
                counts = load(app_label, name)
            except (
                CommandError,
                FieldDoesNotExist,
                IntegrityError,
                LookupError,
                TypeError,
                ValueError,
                ValidationError,
                yaml.YAMLError,
            ) as error:
                raise CommandError(f"{demo_path(app_label, name)}: {error}") from error
            created, existing = created + counts[0], existing + counts[1]
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content: {created} records created, {existing} already there "
                    "and left as they are."
                )
            )
