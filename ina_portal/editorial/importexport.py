"""CSV export of the admin's change lists and CSV import of people and events.

Built on django-import-export. Every change list gets an "Export" button that downloads
the rows the list shows (its filters and search applied) as CSV; people and events can
also be imported from CSV. An import is checked row by row first, its errors shown per
row, and it is saved only when every row is valid: all or nothing.

The CSV is what German spreadsheets expect: UTF-8 with a byte-order mark, semicolons,
and cells that would start a formula neutralised with an apostrophe (OWASP's advice),
which the import takes off again. Imports accept commas too, and Windows-1252.
Between the preview and the confirmation the file waits in the shared cache
(IMPORT_EXPORT_TMP_STORAGE_CLASS), so either step may reach any app server.
"""

import io
from decimal import InvalidOperation
from functools import reduce

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db.models import BooleanField
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.text import capfirst, slugify
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _
from django_countries import countries
from import_export import fields, instance_loaders, resources, widgets
from import_export.admin import ExportMixin, ImportExportMixin
from import_export.formats.base_formats import CSV
from import_export.forms import SelectableFieldsExportForm
from modeltranslation.translator import NotRegistered, translator
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import bulk_create_with_history, get_history_manager_for_model

from ina_portal.base.cache import content_changed
from ina_portal.base.spreadsheets import FORMULA_STARTS, write_csv

from .publishing import may_change_publication, publication_of


class SpreadsheetCSV(CSV):
    """CSV as German Excel and LibreOffice open it, and as they save it.

    Read as bytes and decoded here: UTF-8 (with or without byte-order mark) or, failing
    that, Windows-1252, which Excel's plain "CSV" still writes.
    """

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"

    def export_data(self, dataset, **kwargs):
        output = io.StringIO()
        write_csv(output, dataset.headers or [], dataset, for_spreadsheets=True)
        return output.getvalue()

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            try:
                in_stream = in_stream.decode("utf-8-sig")
            except UnicodeDecodeError:
                in_stream = in_stream.decode("cp1252", errors="replace")
        header = in_stream.partition("\n")[0]
        delimiter = ";" if header.count(";") > header.count(",") else ","
        dataset = super().create_dataset(in_stream, delimiter=delimiter, **kwargs)
        for index, row in enumerate(dataset):
            dataset[index] = [restore(value) for value in row]
        return dataset


def restore(value):
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def translated_base_names(model):
    """The fields modeltranslation mirrors (`title` for `title_de` and `title_en`)."""
    try:
        return sorted(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []


class ExportFieldsForm(SelectableFieldsExportForm):
    """The columns to export, labelled with the fields' names as the change form has them."""

    def _get_field_label(self, resource, field_name):
        try:
            return capfirst(resource._meta.model._meta.get_field(field_name).verbose_name)
        except FieldDoesNotExist:
            return super()._get_field_label(resource, field_name)


class CsvExportMixin(ExportMixin):
    """An "Export" button on the change list: the rows it shows, as CSV.

    Translated texts come in a column per language (`title_de`, `title_en`), not also
    in the reader's language.
    """

    export_formats = [SpreadsheetCSV]
    export_form_class = ExportFieldsForm

    def get_export_filename(self, request, queryset, file_format):
        # "veranstaltungen-2026-11-22.csv": the list's name in the reader's language.
        name = slugify(self.opts.verbose_name_plural)
        return f"{name}-{timezone.localdate().isoformat()}.{file_format.get_extension()}"

    def get_export_queryset(self, request):
        """The list's rows with what the resource's related columns read, loaded up front."""
        queryset = super().get_export_queryset(request)
        resource = self.get_export_resource_classes(request)[0]()
        relations = {field.name for field in self.model._meta.get_fields() if field.is_relation}
        joined, prefetched = [], []
        for field in resource.fields.values():
            if field.attribute not in relations:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                # "city__slug" of the twin cities: their cities too.
                through, _sep, _name = field.widget.field.rpartition("__")
                prefetched.append(f"{field.attribute}__{through}" if through else field.attribute)
            elif isinstance(field.widget, widgets.ForeignKeyWidget):
                joined.append(field.attribute)
        if joined:  # select_related() without names would follow every foreign key
            queryset = queryset.select_related(*joined)
        return queryset.prefetch_related(*prefetched)

    def get_export_resource_classes(self, request):
        if self.resource_classes or self.resource_class:
            return super().get_export_resource_classes(request)
        return [
            resources.modelresource_factory(
                self.model,
                resource_class=ExportResource,
                meta_options={"exclude": translated_base_names(self.model)},
            )
        ]


class CsvImportExportMixin(CsvExportMixin, ImportExportMixin):
    """Import from CSV as well: checked row by row, saved only when every row is valid.

    The preview labels columns as the admin form does, counts the new, changed and
    unchanged rows and the rows with errors, and lists every error by row and column.
    """

    import_formats = [SpreadsheetCSV]

    def has_import_permission(self, request):
        # An import also updates the records whose slugs it names.
        return super().has_import_permission(request) and self.has_change_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        # The confirmed import runs again from the file: should anything have become
        # invalid since the check (a slug taken meanwhile), nothing is saved.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        if isinstance(response, TemplateResponse) and response.context_data:
            context = response.context_data
            resource = self.get_import_resource_classes(request)[0](
                **self.get_import_resource_kwargs(request)
            )
            context["import_columns"] = [
                (field.column_name, resource.column_label(field))
                for field in resource.get_user_visible_fields()
            ]
            if context.get("result") is not None:
                context["report"] = ImportReport(context["result"], resource)
        return response

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                _("Nothing was imported: the file has errors. Check it and import it again."),
                messages.ERROR,
            )
            info = self.opts.app_label, self.opts.model_name
            return HttpResponseRedirect(reverse(f"admin:{info[0]}_{info[1]}_import"))
        return super().process_result(result, request)


class ImportReport:
    """What the import preview tells: the counts, every error by row and column label
    (file rows counted as a spreadsheet does, row 1 being the column names), and the
    new and changed rows."""

    def __init__(self, result, resource):
        totals = result.totals
        self.new, self.changed, self.unchanged = totals["new"], totals["update"], totals["skip"]
        self.headers = result.diff_headers
        labels = resource.error_labels()
        self.file_errors = [
            str(error.error)
            if getattr(error.error, "is_file_problem", False)
            else _("The import stopped with an error: %(error)s") % {"error": error.error}
            for error in result.base_errors
        ]
        self.errors = []
        for number, row_errors in result.row_errors():
            for error in row_errors:
                self.errors.append((file_row(number), _("Whole row"), str(error.error)))
        for row in result.invalid_rows:
            for name, messages_ in row.error_dict.items():
                for message in messages_:
                    self.errors.append((file_row(row.number), labels.get(name, name), message))
        self.errors = sorted(dict.fromkeys(self.errors), key=lambda error: error[0])
        self.error_rows = len({error[0] for error in self.errors})
        self.rows = [
            (getattr(row, "number", None), row.import_type, row.diff)
            for row in result.valid_rows()
            if row.import_type in ("new", "update")
        ]

    @property
    def has_errors(self):
        return bool(self.file_errors or self.errors)


# --- Widgets that name what they could not find, in the reader's language, and find
# everything a file names with one query per column (preload()), not one per cell.


def final_field(model, path):
    """The model field at the end of a lookup path such as "city__slug"."""
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    return model._meta.get_field(name)


class PreloadedLookup:
    """Related records by a unique field, looked up once for a whole file."""

    def preload(self, cells):
        """Look up every value that CELLS (a column of the file) name, in one query."""
        path = self.field.split("__")
        key_field = final_field(self.model, self.field)
        keys = set()
        for cell in cells:
            for key in self.keys_of(cell):
                try:
                    keys.add(key_field.to_python(key))
                except ValidationError:
                    continue  # "abc" as a goal's number: not found, reported as such
        queryset = self.model._default_manager.filter(**{f"{self.field}__in": keys})
        if len(path) > 1:
            queryset = queryset.select_related("__".join(path[:-1]))
        self.found = {str(reduce(getattr, path, item)): item for item in queryset}

    def find(self, key):
        if getattr(self, "found", None) is None:
            return self.model._default_manager.filter(**{self.field: key}).first()
        return self.found.get(key)

    def not_found(self, key):
        return _("There is no %(model)s “%(value)s”.") % {
            "model": self.model._meta.verbose_name,
            "value": key,
        }


class SlugForeignKeyWidget(PreloadedLookup, widgets.ForeignKeyWidget):
    """A related record by its slug (or another unique field)."""

    def keys_of(self, cell):
        key = str(cell or "").strip()
        return [key] if key else []

    def clean(self, value, row=None, **kwargs):
        [key] = self.keys_of(value) or [None]
        if key is None:
            return None
        if (found := self.find(key)) is None:
            raise ValueError(self.not_found(key))
        return found


class SlugManyToManyWidget(PreloadedLookup, widgets.ManyToManyWidget):
    """Related records by their slugs (or another unique field), comma-separated."""

    def __init__(self, model, field="slug", **kwargs):
        super().__init__(model, separator=",", field=field, **kwargs)

    def keys_of(self, cell):
        return [item.strip() for item in str(cell or "").split(",") if item.strip()]

    def clean(self, value, row=None, **kwargs):
        """The records, or a ValidationError naming each value that names none."""
        found, errors = [], []
        for key in dict.fromkeys(self.keys_of(value)):
            if (item := self.find(key)) is None:
                errors.append(self.not_found(key))
            else:
                found.append(item)
        if errors:
            raise ValidationError(errors)
        return found

    def render_items(self, items):
        path = self.field.split("__")  # "city__slug": the slug of the twin city's city
        return self.separator.join(str(reduce(getattr, path, item)) for item in items)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.render_items(value.all())


class CountriesWidget(widgets.Widget):
    """Country codes (ISO 3166-1 alpha-2), comma-separated: "GH, PL"; each unknown code
    is an error of its own."""

    checks_values = True  # the model field's validation need not run again

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip().upper() for code in str(value or "").split(",") if code.strip()]
        if unknown := [code for code in dict.fromkeys(codes) if code not in countries]:
            raise ValidationError(
                [_("There is no country with the code “%(code)s”.") % {"code": c} for c in unknown]
            )
        return codes

    def render(self, value, obj=None, **kwargs):
        return ",".join(country.code for country in value or [])


class CityDateTimeWidget(widgets.DateTimeWidget):
    """A time in the city's time zone, written as ISO or as German spreadsheets do."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.formats = (
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
            "%Y-%m-%d",
            "%d.%m.%Y %H:%M:%S",
            "%d.%m.%Y %H:%M",
            "%d.%m.%Y",
        )

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(
                _("Enter a date and time as 2027-03-30 18:00 or 30.03.2027 18:00.")
            ) from None


class CityDateWidget(widgets.DateWidget):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.formats = ("%Y-%m-%d", "%d.%m.%Y")

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(_("Enter a date as 2027-03-30 or 30.03.2027.")) from None


class StyledDiff(resources.Diff):
    """The import preview's changes as the admin form would show the values (yes/no,
    a choice's label), marked up for a stylesheet: diff_match_patch's own HTML carries
    inline styles, which the admin's Content-Security-Policy blocks."""

    def __init__(self, resource, instance, new):
        self.left = resource.preview_values(instance, new=new)
        self.right = []
        self.new = new

    def compare_with(self, resource, instance):
        self.right = resource.preview_values(instance)

    def as_html(self):
        return [mark_safe(unstyled(html)) for html in super().as_html()]  # noqa: S308 (escaped by diff_match_patch)


class NoDiff(resources.Diff):
    def __init__(self, resource, instance, new):
        pass

    def compare_with(self, resource, instance):
        pass

    def as_html(self):
        return []


def unstyled(html):
    return html.replace('<ins style="background:#e6ffe6;">', "<ins>").replace(
        '<del style="background:#ffe6e6;">', "<del>"
    )


class ImportFileError(Exception):
    """What is wrong with a file as a whole (a missing column, too many rows): shown as
    its message, in the reader's language, never as a traceback."""

    is_file_problem = True


def column_label(model, name):
    """A column's name as the admin form labels the field: "Title (Deutsch)", "Unit"."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    original = getattr(field, "translated_field", None)  # modeltranslation's title_de
    if original is not None:
        language = get_language_info(field.language)["name_local"]
        return f"{capfirst(original.verbose_name)} ({language})"
    return capfirst(getattr(field, "verbose_name", name))


class ExportResource(resources.ModelResource):
    """Dates and times as the import reads them back."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "DateTimeField": CityDateTimeWidget,
        "DateField": CityDateWidget,
    }


class PreloadedInstanceLoader(instance_loaders.CachedInstanceLoader):
    """The records a file updates in one query, with the related records the preview
    shows (select_related, and one query per relation for the related records' keys),
    not one query per row and column."""

    def get_queryset(self):
        joined = [
            field.attribute
            for field in self.resource.get_import_fields()
            if isinstance(field.widget, widgets.ForeignKeyWidget)
        ]
        queryset = super().get_queryset()
        return queryset.select_related(*joined) if joined else queryset

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        resource.stored_relations = stored = {pk: {} for pk in self.pks()}
        model = resource._meta.model
        for field in resource.get_import_fields():
            if not isinstance(field.widget, widgets.ManyToManyWidget) or not stored:
                continue
            relation = model._meta.get_field(field.attribute)
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            links = relation.remote_field.through._default_manager.filter(
                **{f"{source}_id__in": list(stored)}
            ).values_list(f"{source}_id", f"{target}_id", f"{target}__{field.widget.field}")
            for pk in stored:
                stored[pk][field.attribute] = []
            for pk, related_pk, key in links.order_by("pk"):
                stored[pk][field.attribute].append((related_pk, str(key)))

    def pks(self):
        return [record.pk for record in self.all_instances.values()]


# Rows per UPDATE: SQLite's time for one grows with the square of its rows.
UPDATE_BATCH = 100


class PortalResource(ExportResource):
    """Rows are validated like an admin form (field validators, clean()), and every
    error of every cell is reported, by row and column label.

    Fast enough for thousands of rows: the related records a file names and the
    records it updates are read with one query per column; the preview writes
    nothing, and the confirmed import writes in bulk (records, their relations and
    their history rows, a few queries per kind of write) instead of per row, and
    makes the cached pages stale once.
    """

    class Meta:
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        import_id_fields = ["slug"]
        instance_loader_class = PreloadedInstanceLoader
        use_bulk = True  # rows are saved by bulk_create() and bulk_update() below

    def get_diff_class(self):
        # The confirmed import shows no rows: no diff to compute.
        return StyledDiff if getattr(self, "previewing", True) else NoDiff

    # --- The file as a whole

    def import_data(self, dataset, **kwargs):
        self.previewing = kwargs.get("dry_run", False)
        if problem := self.file_problem(dataset):
            result = self.get_result_class()()
            result.diff_headers = self.get_diff_headers()
            result.total_rows = len(dataset)
            result.append_base_error(self.get_error_result_class()(ImportFileError(problem)))
            return result
        return super().import_data(dataset, **kwargs)

    def file_problem(self, dataset):
        """Why the file cannot be imported at all, or None."""
        limit = settings.IMPORT_MAX_ROWS
        if len(dataset) > limit:
            return _(
                "The file has %(rows)s rows; an import takes at most %(limit)s. "
                "Split it into smaller files and import them one after the other."
            ) % {
                "rows": number_format(len(dataset), force_grouping=True),
                "limit": number_format(limit, force_grouping=True),
            }
        headers = set(dataset.headers or [])
        missing = [
            self.fields[name]
            for name in self.get_import_id_fields()
            if self.fields[name].column_name not in headers
        ]
        if missing:
            return ngettext(
                "The file has no column %(columns)s, which says which record each row "
                "is. Add it as the first row's heading, spelled as here.",
                "The file has no columns %(columns)s, which say which record each row "
                "is. Add them to the first row's headings, spelled as here.",
                len(missing),
            ) % {
                "columns": ", ".join(
                    f"“{field.column_name}” ({self.column_label(field)})" for field in missing
                )
            }
        return None

    def before_import(self, dataset, **kwargs):
        self.stored_relations = {}  # filled by PreloadedInstanceLoader
        self.import_user = kwargs.get("user")
        self.seen_ids = {}
        self.changed_m2m = []
        self.headers = set(dataset.headers or [])
        for field in self.get_import_fields():
            if isinstance(field.widget, PreloadedLookup) and field.column_name in dataset.headers:
                field.widget.preload(dataset[field.column_name])

    def after_import_row(self, row, row_result, **kwargs):
        row_result.number = file_row(kwargs["row_number"])

    # --- Labels

    def column_label(self, field):
        return column_label(self._meta.model, field.attribute or field.column_name)

    def get_diff_headers(self):
        return [self.column_label(field) for field in self.get_import_fields()]

    def error_labels(self):
        """Labels of the names a row's validation errors are filed under."""
        model = self._meta.model
        labels = {field.attribute: self.column_label(field) for field in self.get_import_fields()}
        # modeltranslation reports a required text under its own name and the German one.
        language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        for name in translated_base_names(model):
            labels.setdefault(name, column_label(model, f"{name}_{language}"))
        return {NON_FIELD_ERRORS: _("Whole row"), **labels}

    def preview_values(self, instance, new=False):
        """The row's values as the preview shows them: yes/no, a choice's label, the
        related records the row names (saved only with the confirmed import)."""
        pending = getattr(instance, "import_m2m", {})
        values = []
        for field in self.get_import_fields():
            if new:
                values.append("")
            elif field.attribute in pending:
                values.append(field.widget.render_items(pending[field.attribute]))
            else:
                values.append(self.preview_value(field, instance))
        return values

    def preview_value(self, field, instance):
        stored = self.stored_relations.get(instance.pk, {})
        if field.attribute in stored:
            return field.widget.separator.join(key for _pk, key in stored[field.attribute])
        try:
            model_field = instance._meta.get_field(field.attribute)
        except FieldDoesNotExist:
            return field.export(instance)
        if not model_field.concrete or model_field.many_to_many:
            return field.export(instance)
        value = getattr(instance, model_field.attname, None)
        if isinstance(model_field, BooleanField) and value is not None:
            return _("yes") if value else _("no")
        if isinstance(value, str) and value and (labels := self.choice_labels(model_field)):
            return str(labels.get(value, value))
        return field.export(instance)

    def choice_labels(self, model_field):
        # Once per column: a country field normalises its 250 choices on every access.
        cache = self.__dict__.setdefault("choice_label_cache", {})
        if model_field.name not in cache:
            choices = model_field.flatchoices if model_field.choices else None
            cache[model_field.name] = dict(choices or ())
        return cache[model_field.name]

    # --- One row

    def import_instance(self, instance, row, **kwargs):
        # A file publishes only what its importer may publish in the form.
        publishable = hasattr(instance, "publication_status")
        before = publication_of(instance) if publishable and instance.pk is not None else None
        errors = {}
        instance.import_m2m = {}
        for field in self.get_import_fields():
            if field.column_name not in row or not field.attribute or field.readonly:
                continue
            try:
                if isinstance(field.widget, widgets.ManyToManyWidget):
                    instance.import_m2m[field.attribute] = field.clean(row, **kwargs)
                else:
                    self.import_field(field, instance, row, **kwargs)
            except ValidationError as error:
                errors[field.attribute] = error.messages
            except InvalidOperation:
                # Decimal("zwölf"): the decimal module's own message names a class.
                errors[field.attribute] = [_("Enter a number.")]
            except ValueError as error:
                errors[field.attribute] = [force_str(error)]
        self.check_duplicate(instance, row, kwargs.get("row_number"), errors)
        user = kwargs.get("user")
        if (
            user is not None
            and publishable
            and not may_change_publication(
                user, type(instance), before=before, after=publication_of(instance)
            )
        ):
            errors.setdefault("publication_status", []).append(
                _("Only a publisher may publish, or change what is published.")
            )
        if errors:
            raise ValidationError(errors)

    def check_duplicate(self, instance, row, number, errors):
        """A second row for the same record: the file must say once what it holds."""
        fields = [self.fields[name] for name in self.get_import_id_fields()]
        key = tuple(str(row.get(field.column_name, "")).strip() for field in fields)
        if not all(key):
            return
        if (first := self.seen_ids.setdefault(key, number)) != number:
            errors.setdefault(fields[0].attribute, []).append(
                _("Row %(first)s of the file has this record already.") % {"first": file_row(first)}
            )

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        # Unique values: the import id is looked up, not created twice (check_duplicate);
        # the model's check constraints are in its clean() too. Without them full_clean()
        # needs no query per row.
        # Nor a query per related record the row names: read from the database by
        # this import (the lookup, the loader's select_related), it exists.
        errors = dict(import_validation_errors or {})
        found = {
            field.name
            for field in instance._meta.concrete_fields
            if field.many_to_one and field.get_cached_value(instance, None) is not None
        }
        found |= {
            field.attribute
            for field in self.get_import_fields()
            if getattr(field.widget, "checks_values", False) and field.column_name in self.headers
        }
        try:
            instance.full_clean(
                exclude={*errors, *found}, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        # Unchanged means unchanged as far as the file can tell: times to the second, as
        # exported. A record's own export imports back without rewriting it.
        if original.pk is None or import_validation_errors:
            return False
        relations_changed = False
        instance.import_original = original
        changed = set()
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if (name := field.attribute) in instance.import_m2m:
                wanted = sorted(item.pk for item in instance.import_m2m[name])
                stored = sorted(pk for pk, _key in self.stored_relations[original.pk][name])
                relations_changed |= wanted != stored
            elif field.export(instance) != field.export(original):
                changed.add(name)
        if relations_changed:
            self.changed_m2m.append(instance)
        return not (changed or relations_changed)

    # --- Saving the confirmed import, in bulk

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        created, self.create_instances = self.create_instances, []
        if dry_run or not created:
            return
        model = self._meta.model
        try:
            if history_manager(model) is None:
                model._default_manager.bulk_create(created, batch_size=batch_size)
            else:
                bulk_create_with_history(
                    created, model, batch_size=batch_size, default_user=self.import_user
                )
            self.save_relations(created, new=True)
        except Exception as error:  # reported like import-export's own bulk_create
            self.handle_import_error(result, error, raise_errors)

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        updated, self.update_instances = self.update_instances, []
        if dry_run or not updated:
            return
        model = self._meta.model
        # Only the columns whose values change (the file's and its rows' clean()), and
        # the times every save sets: an UPDATE of every column of a thousand rows takes
        # SQLite a minute.
        changes = {id(item): changed_columns(item) for item in updated}
        names = set().union(*changes.values())
        names |= {
            field.name for field in model._meta.concrete_fields if getattr(field, "auto_now", False)
        }
        try:
            for instance in updated:
                prepare_for_save(instance, add=False)
            model._default_manager.bulk_update(updated, sorted(names), batch_size=UPDATE_BATCH)
            # A row that changes only relations is no change of a tracked field: no
            # history row, as for an admin save (ChangeHistory).
            changed = [item for item in updated if changes[id(item)]]
            if changed and (manager := history_manager(model)) is not None:
                manager.bulk_history_create(
                    changed, batch_size=batch_size, update=True, default_user=self.import_user
                )
            self.save_relations(updated, new=False)
        except Exception as error:
            self.handle_import_error(result, error, raise_errors)

    def save_relations(self, instances, *, new):
        """The related records the rows name: two queries per relation (delete what
        changed, insert what is wanted), whatever the number of rows."""
        if not new:
            changed = {id(item) for item in self.changed_m2m}
            instances = [item for item in instances if id(item) in changed]
        for field in self.get_import_fields():
            rows = [item for item in instances if field.attribute in item.import_m2m]
            if not rows:
                continue
            relation = self._meta.model._meta.get_field(field.attribute)
            through = relation.remote_field.through
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            if not new:
                through._default_manager.filter(
                    **{f"{source}__in": [item.pk for item in rows]}
                ).delete()
            through._default_manager.bulk_create(
                [
                    through(**{f"{source}_id": item.pk, f"{target}_id": related.pk})
                    for item in rows
                    for related in item.import_m2m[field.attribute]
                ]
            )

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run") and (result.totals["new"] or result.totals["update"]):
            # Saved without signals: the cached pages become stale once, not per row.
            content_changed(self._meta.model)


def changed_columns(instance):
    """The fields of INSTANCE whose values differ from the record as it was read."""
    original = instance.import_original
    return {
        field.name
        for field in instance._meta.concrete_fields
        if not field.primary_key
        and not getattr(field, "auto_now", False)
        and getattr(instance, field.attname) != getattr(original, field.attname)
    }


def prepare_for_save(instance, *, add):
    """What Model.save() does to the values before writing them and bulk_update() leaves
    out: the fields' pre_save(), which set auto_now dates and sanitise rich text on the
    instance. The model's clean() has run."""
    for field in instance._meta.concrete_fields:
        if not field.primary_key:
            field.pre_save(instance, add)


def history_manager(model):
    try:
        return get_history_manager_for_model(model)
    except NotHistoricalModelError:
        return None


def file_row(number):
    """A data row's number as the spreadsheet shows it: row 1 holds the column names."""
    return number + 1


def related(attribute, model, field="slug"):
    return fields.Field(
        attribute=attribute, column_name=attribute, widget=SlugManyToManyWidget(model, field)
    )
