from django.apps import apps
from django.contrib import admin, messages
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from ina_portal.editorial.admin import PublishableAdmin

from .models import Anniversary, ExampleRecord, ExchangeProgramme, FundingCall, Organisation
from .services import anniversary_confirm


@admin.register(Organisation)
class OrganisationAdmin(PublishableAdmin):
    list_display = ["name", "kind", "publication_status", "publish_at"]
    list_filter = ["publication_status", "kind", "twin_cities"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}
    autocomplete_fields = ["twin_cities", "project_partnerships"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "twin_cities", "project_partnerships"]}),
        (_("Text"), {"fields": ["teaser", "description", "how_to_join"]}),
        (_("Contact"), {"fields": ["contact_name", "email", "phone", "website"]}),
        PublishableAdmin.publication_fieldset,
    ]


@admin.register(ExchangeProgramme)
class ExchangeProgrammeAdmin(PublishableAdmin):
    list_display = ["title", "kind", "twin_city", "start_year", "end_year", "publication_status"]
    list_filter = ["publication_status", "kind", "twin_city"]
    search_fields = ["title_de", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["twin_city", "project_partnership", "organisations"]
    list_select_related = ["twin_city__city"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "kind",
                    "twin_city",
                    "project_partnership",
                    "organisations",
                ]
            },
        ),
        (_("Period and participants"), {"fields": ["start_year", "end_year", "participants"]}),
        (_("Text"), {"fields": ["teaser", "report"]}),
        PublishableAdmin.publication_fieldset,
    ]


@admin.register(FundingCall)
class FundingCallAdmin(PublishableAdmin):
    list_display = ["title", "funder", "deadline", "publication_status"]
    list_filter = ["publication_status", "topics"]
    search_fields = ["title_de", "title_en", "funder_de", "slug"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["twin_cities", "topics"]
    date_hierarchy = "deadline"
    fieldsets = [
        (None, {"fields": ["title", "slug", "funder", "eligible", "deadline", "url"]}),
        (_("Fits"), {"fields": ["twin_cities", "topics"]}),
        (_("Text"), {"fields": ["teaser", "description"]}),
        PublishableAdmin.publication_fieldset,
    ]


@admin.register(Anniversary)
class AnniversaryAdmin(admin.ModelAdmin):
    list_display = ["__str__", "twin_city", "day", "confirmed"]
    list_select_related = ["twin_city__city", "event"]
    autocomplete_fields = ["twin_city"]
    actions = ["confirm"]

    @admin.display(description=_("confirmed as an event"), boolean=True)
    def confirmed(self, obj):
        return obj.is_confirmed

    @admin.action(description=_("Confirm: publish as events in the calendar"))
    def confirm(self, request, queryset):
        count = 0
        for anniversary in queryset.select_related("twin_city__city"):
            if not anniversary.is_confirmed:
                anniversary_confirm(anniversary=anniversary)
                count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d anniversary is now an event.",
                "%(count)d anniversaries are now events.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


def example_record(flag):
    """The record a flag names, or None once it is gone."""
    try:
        model = apps.get_model(flag.kind)
    except (LookupError, ValueError):
        return None
    names = {field.name for field in model._meta.fields}
    lookup = {"slug": flag.key} if "slug" in names else {"city__slug": flag.key}
    return model._base_manager.filter(**lookup).first()


@admin.register(ExampleRecord)
class ExampleRecordAdmin(TabbedTranslationAdmin):
    list_display = ["kind_label", "record_link", "note"]
    list_filter = ["kind"]
    search_fields = ["key", "note_de", "note_en"]

    @admin.display(description=_("kind of record"), ordering="kind")
    def kind_label(self, flag):
        try:
            return apps.get_model(flag.kind)._meta.verbose_name
        except (LookupError, ValueError):
            return flag.kind

    @admin.display(description=_("record"), ordering="key")
    def record_link(self, flag):
        record = example_record(flag)
        if record is None:
            return flag.key
        opts = record._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
        except NoReverseMatch:
            return str(record)
        return format_html('<a href="{}">{}</a>', url, record)
