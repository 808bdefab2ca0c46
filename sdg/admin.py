from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from ina_portal.editorial.admin import PublishableAdmin
from ina_portal.editorial.importexport import CsvExportMixin

from .models import Goal, LocalTarget, SdgActivity


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
    list_display = ["code", "title", "goal"]
    list_filter = ["goal"]
    search_fields = ["code", "title_de", "title_en"]
    list_select_related = ["goal"]
    fields = ["goal", "code", "title"]


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
