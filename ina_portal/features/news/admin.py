from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ina_portal.editorial.admin import PublishableAdmin

from .models import NewsItem


@admin.register(NewsItem)
class NewsItemAdmin(PublishableAdmin):
    list_display = ["title", "publication_status", "publish_at"]
    list_filter = ["publication_status", "goals"]
    search_fields = ["title_de", "title_en", "teaser_de", "teaser_en", "slug"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["image", "twin_cities", "project_partnerships", "networks"]
    filter_horizontal = ["goals"]
    ordering = ["-publish_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "teaser", "body", "image"]}),
        (
            _("Linked to"),
            {
                "fields": ["twin_cities", "project_partnerships", "networks", "goals"],
                "description": _(
                    "The news item is also listed on the pages of these partners, networks "
                    "and goals."
                ),
            },
        ),
        (
            PublishableAdmin.publication_fieldset[0],
            {
                **PublishableAdmin.publication_fieldset[1],
                "description": _("Readers see the publication date as the date of the news."),
            },
        ),
    ]
