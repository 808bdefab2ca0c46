from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTextInputWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path, reverse
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
    SiteProfile,
    Topic,
    missing_english,
)
from ina_portal.base.preview import preview_url
from ina_portal.base.siteprofile import site_profile

from .forms import AdminModelForm
from .history_display import ChangeDisplay
from .image_chooser import THUMB_WIDTH, ImageChooserWidget, ImagesChooserWidget, chooser_entry
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

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Every picture of a content form is chosen by its thumbnail.
        if db_field.related_model is Image:
            kwargs["widget"] = ImageChooserWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.related_model is Image:
            kwargs["widget"] = ImagesChooserWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

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


@admin.register(SiteProfile)
class SiteProfileAdmin(TabbedTranslationAdmin):
    """The one site profile: its list is its form, and it cannot be deleted."""

    form = AdminModelForm
    fieldsets = [
        (None, {"fields": ["name", "authority", "department", "office", "office_short"]}),
        (
            _("Address and contact"),
            {"fields": ["street", "postcode", "locality", "email", "phone"]},
        ),
        (_("Partner map"), {"fields": ["latitude", "longitude"]}),
        (
            _("Appearance"),
            {
                "fields": ["coat_of_arms", "primary", "primary_dark", "accent"],
                "description": _(
                    'Colours as "#RRGGBB"; an empty field keeps the colour of the settings.'
                ),
            },
        ),
        (_("Texts"), {"fields": ["description"]}),
    ]

    def has_add_permission(self, request):
        # From the cached profile (an unsaved default without a record): the admin's app
        # list asks on every page, which must not cost a query.
        return super().has_add_permission(request) and site_profile().pk is None

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        profile = SiteProfile.objects.first()
        if profile is None:
            return HttpResponseRedirect(reverse("admin:ina_portal_siteprofile_add"))
        return HttpResponseRedirect(
            reverse("admin:ina_portal_siteprofile_change", args=[profile.pk])
        )


@admin.register(Topic)
class TopicAdmin(CsvExportMixin, TabbedTranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


class ImageForm(AdminModelForm):
    """An empty focal point field means the centre."""

    def clean_focal_x(self):
        value = self.cleaned_data.get("focal_x")
        return 0.5 if value is None else value

    def clean_focal_y(self):
        value = self.cleaned_data.get("focal_y")
        return 0.5 if value is None else value


@admin.register(Image)
class ImageAdmin(ContentAdmin):
    form = ImageForm
    list_display = ["thumbnail", "alt_text", "credit", "width", "height", "created_at"]
    list_display_links = ["thumbnail", "alt_text"]
    search_fields = ["alt_text_de", "alt_text_en", "credit"]
    list_filter = ["decorative"]
    readonly_fields = ["width", "height", "preview"]
    fields = [
        "file",
        "preview",
        "focal_x",
        "focal_y",
        "alt_text",
        "decorative",
        "credit",
        "width",
        "height",
    ]

    class Media:
        css = {"all": ["css/image-chooser.css"]}
        js = ["js/focal-point.js"]

    def get_urls(self):
        chooser = path(
            "chooser/",
            self.admin_site.admin_view(self.chooser_view),
            name="ina_portal_image_chooser",
        )
        return [chooser, *super().get_urls()]

    def chooser_view(self, request):
        """The thumbnails, alternative texts and credits of ?ids=1,2 for the picture
        chooser of content forms."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        ids = [int(key) for key in request.GET.get("ids", "").split(",")[:50] if key.isdigit()]
        images = self.get_queryset(request).in_bulk(ids)
        return JsonResponse(
            {"pictures": [chooser_entry(images[key]) for key in ids if key in images]}
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("focal_x", "focal_y"):
            kwargs["widget"] = forms.NumberInput(attrs={"min": 0, "max": 1, "step": 0.01})
            kwargs["required"] = False
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        # The square crop: the list should not load every original photo at full size.
        # Its alternative text names the link that picks it in the chooser's popup.
        if not obj.file:
            return ""
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}">',
            obj.crop_url("thumb", 2 * THUMB_WIDTH),
            str(obj),
            THUMB_WIDTH,
            THUMB_WIDTH,
        )

    @admin.display(description=_("preview and focal point"))
    def preview(self, obj):
        if not obj.file:
            return _("Save the picture first, then click the point that matters most.")
        width = 480
        height = round(obj.height * width / obj.width) if obj.width else width
        return format_html(
            '<div class="focal-point" data-input-x="id_focal_x" data-input-y="id_focal_y"'
            ' data-status="focal-point-status" data-status-template="{}" role="group"'
            ' aria-label="{}" aria-describedby="focal-point-help">'
            '<img src="{}" alt="" width="{}" height="{}">'
            '<span class="focal-point__marker" hidden></span></div>'
            '<p class="help" id="focal-point-help">{}</p>'
            '<p class="help" id="focal-point-status" aria-live="polite"></p>',
            _("Focal point: %(x)s percent across, %(y)s percent down"),
            _("Focal point"),
            obj.url_at_least(2 * width),
            width,
            height,
            _(
                "Click or tap the point that matters most, or focus the picture and move "
                "the point with the arrow keys; cards, heroes and thumbnails are cut "
                "around it. The two fields below hold the point."
            ),
        )
