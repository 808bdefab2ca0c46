from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTextInputWidget
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from ina_portal.base.models import (
    Image,
    PublicationState,
    PublicationStatus,
    Topic,
    missing_english,
)
from ina_portal.base.preview import preview_url

from .forms import AdminModelForm
from .history_display import ChangeDisplay
from .importexport import CsvExportMixin
from .publishing import (
    PUBLICATION_FIELDS,
    may_change_publication,
    may_publish,
    publication_limited,
    publication_of,
)

# One-line texts that may be this long (teasers of 300 characters) are as wide as a text
# area: the admin's usual input shows about 40 characters.
WIDE_INPUT_LENGTH = 200


class ContentAdmin(CsvExportMixin, SimpleHistoryAdmin, TabbedTranslationAdmin):
    """Admin base for translated content: German and English tabs, forms that change
    only what the editor changed, history with revert, the change list as CSV."""

    form = AdminModelForm

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(formfield, "widget", None)
        # Exactly the plain input (not the e-mail or URL inputs built on it), not for slugs.
        if (
            type(widget) is AdminTextInputWidget
            and not isinstance(db_field, models.SlugField)
            and (db_field.max_length or 0) >= WIDE_INPUT_LENGTH
        ):
            classes = widget.attrs.get("class", "").split()
            widget.attrs["class"] = " ".join(
                "vLargeTextField" if name == "vTextField" else name for name in classes
            )
        return formfield

    def get_historical_record_context_helper(self, request, historical_record):
        return ChangeDisplay(self.model, historical_record)


class ReviewDueFilter(admin.SimpleListFilter):
    """The records whose review date has come (the admin start page lists the first)."""

    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("due", _("due"))]

    def queryset(self, request, queryset):
        if self.value() == "due":
            return queryset.filter(review_due__lte=timezone.localdate())
        return queryset


class PublicationStateFilter(admin.SimpleListFilter):
    """Draft, in review, scheduled, published or expired: the status with the dates."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return PublicationState.choices

    def queryset(self, request, queryset):
        if self.value() in PublicationState.values:
            return queryset.in_state(self.value())
        return queryset


class PublishableAdmin(ContentAdmin):
    """Admin base for publishable records: state visible and editable in the list;
    publishing takes the right to publish (docs/editing.md, "Review and roles")."""

    list_editable = ["publication_status"]
    actions = ["submit_for_review", "publish", "unpublish"]
    date_hierarchy = "publish_at"
    readonly_fields = ["publication_state", "created_at", "updated_at"]
    publication_fieldset = (
        _("Publication"),
        {
            "fields": [
                ("publication_status", "publication_state"),
                ("publish_at", "publish_until"),
                ("review_due", "responsible"),
                "created_at",
                "updated_at",
            ]
        },
    )

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        # Beside the status the list edits: "published" may still be scheduled.
        if "publication_status" in columns:
            columns.insert(columns.index("publication_status") + 1, "publication_state")
        else:
            columns.append("publication_state")
        return [*columns, "english_text"]

    def get_list_filter(self, request):
        # The state in place of the bare status, which cannot tell scheduled from published.
        filters = [
            PublicationStateFilter if name == "publication_status" else name
            for name in super().get_list_filter(request)
        ]
        if PublicationStateFilter not in filters:
            filters.insert(0, PublicationStateFilter)
        return [*filters, ReviewDueFilter]

    def has_publish_permission(self, request, obj=None):
        return may_publish(request.user, self.model)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if self.has_publish_permission(request):
            return form
        # A version from the history brings its own status: the stored one counts.
        stored = (
            self.model.objects.filter(pk=obj.pk).values_list(*PUBLICATION_FIELDS).first()
            if obj is not None
            else None
        )
        return publication_limited(form, stored=stored)

    def get_changelist_form(self, request, **kwargs):
        form = super().get_changelist_form(request, **kwargs)
        return form if self.has_publish_permission(request) else publication_limited(form)

    @admin.display(description=_("state"))
    def publication_state(self, obj):
        state = obj.publication_state
        if state == PublicationState.SCHEDULED:
            text = _("Scheduled from %(date)s") % {"date": local_datetime(obj.publish_at)}
        elif state == PublicationState.EXPIRED:
            text = _("Expired on %(date)s") % {"date": local_datetime(obj.publish_until)}
        else:
            text = state.label
        return format_html('<span class="publication-state state-{}">{}</span>', state, text)

    @admin.display(description=_("English"))
    def english_text(self, obj):
        if missing_english(obj):
            return format_html('<strong class="badge-en-missing">{}</strong>', _("EN missing"))
        return ""

    def view_on_site(self, obj):
        # Drafts and scheduled records open as a preview, which only staff can see.
        return preview_url(obj)

    @admin.action(description=_("Submit the selected records for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.IN_REVIEW)

    # Offered only to those with the right to publish, and refused to anybody else.
    @admin.action(description=_("Publish the selected records"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.PUBLISHED)

    @admin.action(description=_("Return the selected records to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.DRAFT)

    def _set_status(self, request, queryset, status):
        count = 0
        refused = []
        for obj in queryset:
            before = publication_of(obj)
            obj.publication_status = status
            if not may_change_publication(
                request.user, self.model, before=before, after=publication_of(obj)
            ):
                refused.append(f"{obj} ({_('only a publisher may change what is published')})")
                continue
            try:
                # The rules the change form applies (INA_REQUIRE_ENGLISH_TO_PUBLISH).
                obj.clean()
            except ValidationError as error:
                refused.append(f"{obj} ({' '.join(error.messages)})")
                continue
            obj.save(update_fields=["publication_status", "updated_at"])
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d record changed.", "%(count)d records changed.", count)
            % {"count": count},
            messages.SUCCESS,
        )
        if refused:
            self.message_user(
                request,
                _("Not changed: %(records)s") % {"records": "; ".join(refused)},
                messages.ERROR,
            )


def local_datetime(value):
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


@admin.register(Topic)
class TopicAdmin(CsvExportMixin, TabbedTranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


@admin.register(Image)
class ImageAdmin(ContentAdmin):
    list_display = ["thumbnail", "alt_text", "credit", "width", "height", "created_at"]
    list_display_links = ["thumbnail", "alt_text"]
    search_fields = ["alt_text_de", "alt_text_en", "credit"]
    list_filter = ["decorative"]
    readonly_fields = ["width", "height", "preview"]
    fields = ["file", "preview", "alt_text", "decorative", "credit", "width", "height"]

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        # A rendition: the list should not load every original photo at full size.
        return (
            format_html('<img src="{}" alt="" width="80">', obj.url_at_least(80))
            if obj.file
            else ""
        )

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.file:
            return "—"
        return format_html('<img src="{}" alt="" width="320">', obj.url_at_least(640))
