from django.contrib import admin
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.utils.translation import gettext_lazy as _

from ina_portal.editorial.admin import ContentAdmin, PublishableAdmin
from ina_portal.editorial.importexport import CsvImportExportMixin

from .export import people_csv_response
from .models import INTERNAL_FIELDS, Person, Unit
from .resources import PersonResource


@admin.register(Unit)
class UnitAdmin(ContentAdmin):
    list_display = ["name", "is_office", "position"]
    list_editable = ["position"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


@admin.register(Person)
class PersonAdmin(CsvImportExportMixin, PublishableAdmin):
    resource_classes = [PersonResource]
    list_display = [
        "last_name",
        "first_name",
        "function",
        "unit",
        "email",
        "phone",
        "publication_status",
    ]
    list_display_links = ["last_name", "first_name"]
    list_filter = ["unit", "publication_status", "topics"]
    list_select_related = ["unit"]
    search_fields = [
        "first_name",
        "last_name",
        "function_de",
        "function_en",
        "email",
        "unit__name_de",
        "unit__name_en",
    ]
    date_hierarchy = None
    prepopulated_fields = {"slug": ["first_name", "last_name"]}
    autocomplete_fields = [
        "unit",
        "deputy",
        "twin_cities",
        "project_partnerships",
        "networks",
        "events",
        "topics",
    ]
    actions = [*PublishableAdmin.actions, "export_csv"]
    fieldsets = [
        (None, {"fields": ["first_name", "last_name", "slug", "function", "unit", "position"]}),
        (
            _("Public contact details"),
            {
                "fields": ["email", "phone"],
                "description": _("Shown on the public team page and on the pages of the records."),
            },
        ),
        (
            _("Internal contact details (city staff only)"),
            {
                "fields": INTERNAL_FIELDS,
                "description": _(
                    "Shown only to signed-in city staff in the internal directory, "
                    "never on the public site."
                ),
            },
        ),
        (
            _("Responsible for"),
            {
                "fields": [
                    "twin_cities",
                    "project_partnerships",
                    "networks",
                    "events",
                    "countries",
                    "topics",
                ]
            },
        ),
        PublishableAdmin.publication_fieldset,
    ]

    def view_on_site(self, obj):
        # People have no page of their own, and the team page shows no drafts: a person
        # is on the site only once published.
        return obj.get_absolute_url() if obj.is_public else None

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "countries":
            kwargs["widget"] = FilteredSelectMultiple(db_field.verbose_name, is_stacked=False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.action(description=_("Export the selected people as CSV"))
    def export_csv(self, request, queryset):
        return people_csv_response(queryset.for_directory())
