from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from ina_portal.editorial.admin import PublishableAdmin
from ina_portal.editorial.importexport import CsvExportMixin, CsvImportExportMixin

from .models import Goal, Indicator, LocalTarget, Observation, SdgActivity
from .resources import ObservationResource


class LocalTargetInline(TranslationTabularInline):
    model = LocalTarget
    extra = 0
    fields = ["code", "title"]


@admin.register(Goal)
class GoalAdmin(CsvExportMixin, admin.ModelAdmin):
    """The goals are reference data: read-only here, but local targets are added under them."""

    list_display = ["number", "title", "swatch", "target_count"]
    list_display_links = ["number", "title"]
    search_fields = ["number", "title_de", "title_en"]
    fields = ["number", "title_de", "title_en", "long_title_de", "long_title_en", "swatch"]
    readonly_fields = fields
    inlines = [LocalTargetInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(target_count=Count("local_targets"))

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("colour"))
    def swatch(self, obj):
        return format_html(
            '<svg width="64" height="24" aria-hidden="true"><rect width="64" height="24" '
            'fill="{}"/></svg> <code>{}</code>',
            obj.colour,
            obj.colour,
        )

    @admin.display(description=_("local targets"), ordering="target_count")
    def target_count(self, obj):
        return obj.target_count


@admin.register(LocalTarget)
class LocalTargetAdmin(CsvExportMixin, TabbedTranslationAdmin):
    list_display = ["code", "title", "goal", "pillar", "target_value", "target_year"]
    list_filter = ["goal", "pillar"]
    search_fields = ["code", "title_de", "title_en"]
    list_select_related = ["goal"]
    filter_horizontal = ["activities", "project_partnerships", "networks"]
    fieldsets = [
        (None, {"fields": ["goal", "code", "title", "pillar"]}),
        (_("Target"), {"fields": [("target_value", "target_year"), "direction"]}),
        (_("Served by"), {"fields": ["activities", "project_partnerships", "networks"]}),
    ]


@admin.register(SdgActivity)
class SdgActivityAdmin(PublishableAdmin):
    list_display = ["title", "pillar", "status", "start_year", "publication_status", "publish_at"]
    list_filter = ["publication_status", "pillar", "status", "goals"]
    search_fields = ["title_de", "title_en", "lead_unit_de", "lead_unit_en"]
    prepopulated_fields = {"slug": ["title_de"]}
    filter_horizontal = ["goals"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "lead_unit", "start_year", "end_year"]}),
        (_("Sustainability"), {"fields": ["goals", "pillar"]}),
        (_("Text"), {"fields": ["teaser", "description", "link"]}),
        PublishableAdmin.publication_fieldset,
    ]


class ObservationInline(TranslationTabularInline):
    model = Observation
    extra = 1
    fields = ["year", "breakdown", "value", "note", "source"]


@admin.register(Indicator)
class IndicatorAdmin(PublishableAdmin):
    list_display = [
        "title",
        "goal",
        "local_target",
        "unit",
        "example_label",
        "publication_status",
    ]
    list_filter = ["publication_status", "goal", "example_values"]
    search_fields = ["title_de", "title_en", "slug"]
    list_select_related = ["goal", "local_target"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["local_target"]
    inlines = [ObservationInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "goal", "local_target", "example_values"]}),
        (_("Figures"), {"fields": ["unit", "decimals", "definition"]}),
        (_("Source"), {"fields": ["source", "source_url", "licence"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.display(description=_("values"), boolean=False, ordering="example_values")
    def example_label(self, obj):
        return _("example values") if obj.example_values else _("the city's figures")


@admin.register(Observation)
class ObservationAdmin(CsvImportExportMixin, admin.ModelAdmin):
    """The values of every indicator: a series is imported here from CSV, all or nothing."""

    resource_classes = [ObservationResource]
    list_display = ["indicator", "year", "breakdown", "value", "source"]
    list_filter = ["indicator__goal", "indicator"]
    search_fields = ["indicator__title_de", "indicator__title_en", "breakdown"]
    list_select_related = ["indicator"]
    autocomplete_fields = ["indicator"]
