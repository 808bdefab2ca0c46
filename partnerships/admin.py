from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from ina_portal.editorial.admin import ContentAdmin, PublishableAdmin

from .models import City, ProjectPartnership, TwinCity, TwinCityLink


@admin.register(City)
class CityAdmin(ContentAdmin):
    list_display = ["name", "country", "latitude", "longitude"]
    list_filter = ["country"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


class TwinCityLinkInline(TranslationTabularInline):
    model = TwinCityLink
    extra = 0


@admin.register(TwinCity)
class TwinCityAdmin(PublishableAdmin):
    list_display = ["city", "country", "since", "status", "publication_status", "publish_at"]
    list_filter = ["publication_status", "status", "city__country", "pillar", "goals"]
    search_fields = ["city__name_de", "city__name_en", "teaser_de", "teaser_en"]
    list_select_related = ["city"]
    autocomplete_fields = ["city", "image"]
    filter_horizontal = ["goals"]
    inlines = [TwinCityLinkInline]
    fieldsets = [
        (None, {"fields": ["city", "since", "status", "status_note"]}),
        (_("Text"), {"fields": ["teaser", "story", "image"]}),
        (_("Sustainability"), {"fields": ["goals", "pillar"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.display(description=_("country"), ordering="city__country")
    def country(self, obj):
        return obj.city.country.name


@admin.register(ProjectPartnership)
class ProjectPartnershipAdmin(PublishableAdmin):
    list_display = ["title", "partners", "status", "start_year", "publication_status", "publish_at"]
    list_filter = [
        "publication_status",
        "status",
        "topics",
        "partner_cities__country",
        "pillar",
        "goals",
    ]
    search_fields = ["title_de", "title_en", "partner_cities__name_de", "lead_department_de"]
    autocomplete_fields = ["partner_cities", "topics", "image"]
    filter_horizontal = ["goals"]
    prepopulated_fields = {"slug": ["title_de"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "partner_cities", "topics", "status"]}),
        (
            _("Organisation"),
            {"fields": ["lead_department", "funding_body", "start_year", "end_year", "website"]},
        ),
        (_("Text"), {"fields": ["teaser", "description", "image"]}),
        (_("Sustainability"), {"fields": ["goals", "pillar"]}),
        PublishableAdmin.publication_fieldset,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("partner_cities")

    @admin.display(description=_("partner cities"))
    def partners(self, obj):
        return ", ".join(city.name for city in obj.partner_cities.all())
