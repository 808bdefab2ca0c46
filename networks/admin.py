from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ina_portal.editorial.admin import PublishableAdmin

from .models import STAFF_ONLY_FIELDS, Network


@admin.register(Network)
class NetworkAdmin(PublishableAdmin):
    list_display = ["name", "acronym", "level", "role", "member_since", "publication_status"]
    list_filter = ["publication_status", "level", "role", "pillar", "goals", "topics"]
    search_fields = ["name_de", "name_en", "acronym_de", "acronym_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}
    autocomplete_fields = ["topics", "logo"]
    filter_horizontal = ["goals"]
    fieldsets = [
        (
            None,
            {"fields": ["name", "acronym", "slug", "level", "role", "member_since", "website"]},
        ),
        (_("Text"), {"fields": ["teaser", "description", "logo", "topics"]}),
        (_("Sustainability"), {"fields": ["goals", "pillar"]}),
        (
            _("Internal (staff only)"),
            {
                "fields": STAFF_ONLY_FIELDS,
                "description": _("These fields are never shown on the public site."),
            },
        ),
        PublishableAdmin.publication_fieldset,
    ]
