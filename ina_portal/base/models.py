"""Cross-cutting models: the publishable base, topics, images and the site profile."""

import logging
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    FileExtensionValidator,
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models, transaction
from django.db.models import DEFERRED, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from .renditions import (
    CROPS,
    PICTURE_ERRORS,
    crop_names,
    crops_create,
    renditions_create,
    renditions_delete,
    upright_without_metadata,
)

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 10 * 1024 * 1024
IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]


class PublicationStatus(models.TextChoices):
    """What an editor sets; only a publisher sets (or takes back) published."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")


class PublicationState(models.TextChoices):
    """Where a record stands now: its status, and for a published one its dates."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")
    EXPIRED = "expired", _("Expired")


class PortalNow(models.Expression):
    """The portal's current time, taken when the query is compiled, not when it is built.

    Like the database's NOW(), a queryset built once (at import time, say) still honours
    publish dates that pass later; unlike it, tests can move the portal's clock.
    """

    output_field = models.DateTimeField()

    def as_sql(self, compiler, connection):
        return models.Value(timezone.now(), output_field=self.output_field).as_sql(
            compiler, connection
        )


class PublishableQuerySet(models.QuerySet):
    def published(self):
        now = PortalNow()
        return self.filter(
            Q(publish_until__isnull=True) | Q(publish_until__gt=now),
            publication_status=PublicationStatus.PUBLISHED,
            publish_at__lte=now,
        )

    def in_state(self, state):
        """The records in STATE, a PublicationState."""
        now = PortalNow()
        published = self.filter(publication_status=PublicationStatus.PUBLISHED)
        if state == PublicationState.PUBLISHED:
            return self.published()
        if state == PublicationState.SCHEDULED:
            return published.filter(publish_at__gt=now)
        if state == PublicationState.EXPIRED:
            return published.filter(publish_until__lte=now)
        return self.filter(publication_status=state)


class Publishable(models.Model):
    """Base for every record that appears on the public site only once published."""

    publication_status = models.CharField(
        _("publication status"),
        max_length=10,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        db_index=True,
    )
    publish_at = models.DateTimeField(
        _("publish from"),
        default=timezone.now,
        db_index=True,
        help_text=_("A published record appears on the public site from this moment on."),
    )
    publish_until = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Optional: the record disappears from the public site at this moment."),
    )
    review_due = models.DateField(
        _("review due"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When the text should next be checked for being up to date."),
    )
    responsible = models.ForeignKey(
        "contacts.Person",
        verbose_name=_("responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The person in the office who keeps this record up to date."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        # Django's four and the publishers' right, per kind: "partnerships.publish_twincity".
        # A model's Meta inherits them by subclassing Publishable.Meta.
        default_permissions = ("add", "change", "delete", "view", "publish")

    @property
    def publication_state(self):
        if self.publication_status != PublicationStatus.PUBLISHED:
            return PublicationState(self.publication_status)
        now = timezone.now()
        if now < self.publish_at:
            return PublicationState.SCHEDULED
        if self.publish_until is not None and self.publish_until <= now:
            return PublicationState.EXPIRED
        return PublicationState.PUBLISHED

    @property
    def is_public(self):
        return self.publication_state == PublicationState.PUBLISHED

    def clean(self):
        super().clean()
        if self.publish_at and self.publish_until and self.publish_until <= self.publish_at:
            raise ValidationError(
                {"publish_until": _("The end of publication must come after its start.")}
            )
        publishing = self.publication_status == PublicationStatus.PUBLISHED
        missing = publishing and settings.REQUIRE_ENGLISH_TO_PUBLISH and missing_english(self)
        if missing:
            fields = ", ".join(str(self._meta.get_field(name).verbose_name) for name in missing)
            raise ValidationError(
                {
                    "publication_status": _(
                        "Fill in the English text before publishing: %(fields)s."
                    )
                    % {"fields": fields}
                },
                code="english_missing",
            )


def translated_fields(model):
    return list(translator.get_options_for_model(model).fields)


def missing_english(record):
    """The translated fields of RECORD that have German text but no English."""
    return [
        name
        for name in translated_fields(type(record))
        if getattr(record, f"{name}_de", None) and not getattr(record, f"{name}_en", None)
    ]


class Topic(models.Model):
    """A subject the office works on, e.g. climate protection or digitalisation."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


def validate_image_size(file):
    if file.size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is larger than %(limit)s MB."), params={"limit": MAX_IMAGE_BYTES // 2**20}
        )


IMAGE_SUFFIXES = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def image_upload_to(instance, filename):
    # Uploaded names are never reused: they may be personal or hostile. The suffix
    # follows the content Pillow found (set by the form's ImageField), not the name.
    image = getattr(instance.file.file, "image", None)
    suffix = IMAGE_SUFFIXES.get(getattr(image, "format", None), Path(filename).suffix.lower())
    return f"images/{uuid.uuid4().hex}{suffix}"


class Image(models.Model):
    """A picture with its alternative text and the credit the licence requires."""

    file = models.ImageField(
        _("file"),
        upload_to=image_upload_to,
        width_field="width",
        height_field="height",
        validators=[FileExtensionValidator(IMAGE_EXTENSIONS), validate_image_size],
        help_text=_("JPEG, PNG or WebP, at most 10 MB."),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describes the picture for people who cannot see it."),
    )
    decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Purely decorative pictures get no alternative text."),
    )
    credit = models.CharField(
        _("credit and licence"),
        max_length=250,
        help_text=_('Shown under the picture, e.g. "City press office / Jane Doe".'),
    )
    focal_x = models.FloatField(
        _("focal point, across"),
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=_("From 0 (left edge) to 1 (right edge)."),
    )
    focal_y = models.FloatField(
        _("focal point, down"),
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=_("From 0 (top edge) to 1 (bottom edge)."),
    )
    # {"480": storage name, …}; None until made (rows from before renditions existed).
    renditions = models.JSONField(_("renditions"), null=True, default=None, editable=False)
    # {"card": {"size": [w, h], "files": {"320": storage name, …}}, …}, cut around the
    # focal point (renditions.CROPS); None until made.
    crops = models.JSONField(_("crops"), null=True, default=None, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    # What the database row holds: save() makes renditions when the file changes, and
    # crops when the file or the focal point does.
    _saved_file_name = None
    _saved_focal_point = None

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.alt_text or self.credit

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        file_written = update_fields is None or "file" in update_fields
        if file_written and self._file_changed():
            self._replace_renditions()
            self._replace_crops()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "renditions", "crops"}
        elif (
            update_fields is None or {"focal_x", "focal_y"} & set(update_fields)
        ) and self._focal_point_changed():
            self._replace_crops()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "crops"}
        super().save(*args, **kwargs)
        self._saved_file_name = self.file.name
        self._saved_focal_point = self.focal_point

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        saved = instance.__dict__.get("file", DEFERRED)
        instance._saved_file_name = getattr(saved, "name", saved)
        if "focal_x" in instance.__dict__ and "focal_y" in instance.__dict__:
            instance._saved_focal_point = instance.focal_point
        return instance

    @property
    def focal_point(self):
        return (self.focal_x, self.focal_y)

    def _focal_point_changed(self):
        if "focal_x" not in self.__dict__ or "focal_y" not in self.__dict__:
            return False
        return self.focal_point != self._saved_focal_point

    def _file_changed(self):
        if self._saved_file_name is DEFERRED and "file" not in self.__dict__:
            return False
        return not self.file._committed or self.file.name != self._saved_file_name

    def _replace_renditions(self):
        if self.file and not self.file._committed:
            # Store the upload now rather than in pre_save: renditions are named after it.
            # Photos are stored upright and without camera data or GPS position.
            try:
                upright = upright_without_metadata(self.file.file)
            except PICTURE_ERRORS:
                logger.warning("Could not turn %s upright", self.file.name, exc_info=True)
                upright = None
            if upright:
                upright.name = self.file.name
                # What the form's check found decides the stored suffix (image_upload_to).
                upright.image = getattr(self.file.file, "image", None)
                self.file = upright  # and the width and height follow the upright picture
            self.file.save(self.file.name, self.file.file, save=False)
        storage = self.file.storage
        stale = set((self.renditions or {}).values())
        try:
            self.renditions = (
                renditions_create(name=self.file.name, storage=storage) if self.file else {}
            )
        except PICTURE_ERRORS:
            # The record is saved all the same; pages show the original, and
            # make_renditions tries again and names what it cannot read.
            logger.warning("Could not make renditions of %s", self.file.name, exc_info=True)
            self.renditions = None
        stale -= set((self.renditions or {}).values())
        if stale:
            transaction.on_commit(lambda: renditions_delete(names=stale, storage=storage))

    def _replace_crops(self):
        storage = self.file.storage
        stale = crop_names(self.crops)
        try:
            self.crops = (
                crops_create(name=self.file.name, focal_point=self.focal_point, storage=storage)
                if self.file
                else {}
            )
        except PICTURE_ERRORS:
            logger.warning("Could not make crops of %s", self.file.name, exc_info=True)
            self.crops = None
        stale -= crop_names(self.crops)
        if stale:
            transaction.on_commit(lambda: renditions_delete(names=stale, storage=storage))

    def crop(self, key):
        """The `key` crop (card, hero, thumb) for a template: src, srcset, width, height;
        None while it is not made."""
        made = (self.crops or {}).get(key)
        if key not in CROPS or not made or not made["files"]:
            return None
        storage = self.file.storage
        files = sorted((int(width), name) for width, name in made["files"].items())
        width, height = made["size"]
        # The src of browsers without srcset: the middle width, enough for most screens.
        return {
            "src": storage.url(files[len(files) // 2][1]),
            "srcset": ", ".join(f"{storage.url(name)} {width}w" for width, name in files),
            "width": width,
            "height": height,
        }

    def crop_url(self, key, width):
        """The smallest file of the `key` crop at least `width` pixels wide (else its
        widest), or the width rendition while the crop is not made."""
        made = (self.crops or {}).get(key)
        if not made or not made["files"]:
            return self.url_at_least(width) if self.file else ""
        files = sorted((int(size), name) for size, name in made["files"].items())
        chosen = next((name for size, name in files if size >= width), files[-1][1])
        return self.file.storage.url(chosen)

    def url_at_least(self, width):
        """The smallest rendition at least `width` pixels wide, else the original."""
        for rendition_width, name in sorted(
            (int(key), name) for key, name in (self.renditions or {}).items()
        ):
            if rendition_width >= width:
                return self.file.storage.url(name)
        return self.file.url

    @property
    def srcset(self):
        """The renditions and the original with their widths, for `<img srcset>`."""
        if not self.renditions:
            return ""
        storage = self.file.storage
        candidates = [
            f"{storage.url(name)} {width}w"
            for width, name in sorted(self.renditions.items(), key=lambda item: int(item[0]))
        ]
        return ", ".join([*candidates, f"{self.file.url} {self.width}w"])

    def clean(self):
        if not self.decorative and not self.alt_text_de:
            raise ValidationError(
                {"alt_text_de": _("Describe the picture, or mark it as decorative.")}
            )


COLOUR_VALIDATOR = RegexValidator(
    r"^#[0-9A-Fa-f]{6}$", _('Enter a colour as "#RRGGBB", e.g. "#0a4a7a".')
)


class SiteProfile(models.Model):
    """The city's identity on the portal: one record, read by ina_portal.base.siteprofile;
    without it the settings' defaults (settings.INA_CITY, INA_IDENTITY) apply."""

    SINGLETON_PK = 1

    name = models.CharField(_("city"), max_length=100, help_text=_('e.g. "Musterstadt".'))
    authority = models.CharField(
        _("city administration"), max_length=150, help_text=_('e.g. "City of Musterstadt".')
    )
    department = models.CharField(_("department"), max_length=200, blank=True)
    office = models.CharField(
        _("office"), max_length=200, help_text=_("The office's full name, in the footer.")
    )
    office_short = models.CharField(
        _("office, short name"),
        max_length=100,
        help_text=_("Shown in the page header and in page titles."),
    )
    description = models.TextField(
        _("site description"),
        max_length=300,
        blank=True,
        help_text=_("For search engines, on pages without a description."),
    )
    street = models.CharField(_("street and number"), max_length=150)
    postcode = models.CharField(_("postcode"), max_length=12)
    locality = models.CharField(_("locality"), max_length=100)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Of the city's marker on the partner map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    coat_of_arms = models.ImageField(
        _("coat of arms or logo"),
        upload_to="identity/",
        blank=True,
        validators=[FileExtensionValidator(["png", "webp"])],
        help_text=_("PNG or WebP; without one the portal's own file is shown."),
    )
    primary = models.CharField(
        _("primary colour"), max_length=7, blank=True, validators=[COLOUR_VALIDATOR]
    )
    primary_dark = models.CharField(
        _("dark primary colour"), max_length=7, blank=True, validators=[COLOUR_VALIDATOR]
    )
    accent = models.CharField(
        _("accent colour"), max_length=7, blank=True, validators=[COLOUR_VALIDATOR]
    )

    class Meta:
        verbose_name = _("site profile")
        verbose_name_plural = _("site profile")
        ordering = ["pk"]

    def __str__(self):
        return self.authority or self.name

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_PK
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return "/"

    @property
    def city_authority(self):
        """The administration's name, by default "City of <name>"."""
        return self.authority or _("City of %(city)s") % {"city": self.name}

    @property
    def office_name(self):
        return self.office or _("Office for International Relations")

    @property
    def office_short_name(self):
        return self.office_short or self.office or _("Office for International Relations")

    @property
    def address(self):
        """Street, postcode and locality on one line."""
        return f"{self.street}, {self.postcode} {self.locality}"

    @property
    def attribution(self):
        """How reusers of the open data name the source, in German as the licence asks."""
        with translation.override(settings.LANGUAGE_CODE):
            return f"{self.city_authority}, {self.office_name}"
