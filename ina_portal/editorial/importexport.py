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
from functools import reduce

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.admin import ExportMixin, ImportExportMixin
from import_export.formats.base_formats import CSV
from import_export.forms import SelectableFieldsExportForm
from modeltranslation.translator import NotRegistered, translator

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
    """Import from CSV as well: checked row by row, saved only when every row is valid."""

    import_formats = [SpreadsheetCSV]

    def has_import_permission(self, request):
        # An import also updates the records whose slugs it names.
        return super().has_import_permission(request) and self.has_change_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        # The confirmed import runs again from the file: should anything have become
        # invalid since the check (a slug taken meanwhile), nothing is saved.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

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


# --- Widgets that name what they could not find, in the reader's language.


class SlugForeignKeyWidget(widgets.ForeignKeyWidget):
    """A related record by its slug (or another unique field)."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("There is no %(model)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "value": value}
            ) from None


class SlugManyToManyWidget(widgets.ManyToManyWidget):
    """Related records by their slugs (or another unique field), comma-separated."""

    def __init__(self, model, field="slug", **kwargs):
        super().__init__(model, separator=",", field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        wanted = [str(item).strip() for item in str(value or "").split(",") if str(item).strip()]
        found = self.model.objects.filter(**{f"{self.field}__in": wanted})
        known = {str(value) for value in found.values_list(self.field, flat=True)}
        if missing := [item for item in wanted if item not in known]:
            raise ValueError(
                _("There is no %(model)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "value": ", ".join(missing)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        path = self.field.split("__")  # "city__slug": the slug of the twin city's city
        return self.separator.join(str(reduce(getattr, path, item)) for item in value.all())


class CountriesWidget(widgets.Widget):
    """Country codes (ISO 3166-1 alpha-2), comma-separated: "GH, PL"."""

    def clean(self, value, row=None, **kwargs):
        return [code.strip().upper() for code in str(value or "").split(",") if code.strip()]

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
    """The import preview's changes, marked up for a stylesheet: diff_match_patch's own
    HTML carries inline styles, which the admin's Content-Security-Policy blocks."""

    def as_html(self):
        return [mark_safe(unstyled(html)) for html in super().as_html()]  # noqa: S308 (escaped by diff_match_patch)


def unstyled(html):
    return html.replace('<ins style="background:#e6ffe6;">', "<ins>").replace(
        '<del style="background:#ffe6e6;">', "<del>"
    )


class ExportResource(resources.ModelResource):
    """Dates and times as the import reads them back."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "DateTimeField": CityDateTimeWidget,
        "DateField": CityDateWidget,
    }


class PortalResource(ExportResource):
    """Rows are validated like an admin form (field validators, clean(), constraints)."""

    class Meta:
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        import_id_fields = ["slug"]

    def get_diff_class(self):
        return StyledDiff

    def import_instance(self, instance, row, **kwargs):
        # A file publishes only what its importer may publish in the form.
        before = None if instance.pk is None else publication_of(instance)
        try:
            super().import_instance(instance, row, **kwargs)
            errors = {}
        except ValidationError as error:
            errors = error.update_error_dict({})
        user = kwargs.get("user")
        if (
            user is not None
            and hasattr(instance, "publication_status")
            and not may_change_publication(
                user, type(instance), before=before, after=publication_of(instance)
            )
        ):
            errors.setdefault("publication_status", []).append(
                _("Only a publisher may publish, or change what is published.")
            )
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        # Unchanged means unchanged as far as the file can tell: times to the second, as
        # exported. A record's own export imports back without rewriting it.
        if original.pk is None or import_validation_errors:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                wanted = sorted(item.pk for item in field.clean(row))
                if wanted != sorted(field.get_value(original).values_list("pk", flat=True)):
                    return False
            elif field.export(instance) != field.export(original):
                return False
        return True


def related(attribute, model, field="slug"):
    return fields.Field(
        attribute=attribute, column_name=attribute, widget=SlugManyToManyWidget(model, field)
    )
