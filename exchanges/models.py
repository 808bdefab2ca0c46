"""Twinning as citizens live it: the civic organisations that carry a partnership, their
exchange programmes, the funding calls that pay for them, twinning anniversaries an
editor confirms, and the demo records that are examples rather than facts."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Event, is_anniversary
from ina_portal.base.models import Publishable, PublishableQuerySet, Topic
from ina_portal.base.richtext import RichTextField
from partnerships.models import ProjectPartnership, TwinCity

YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("partnership association")
    SCHOOL = "school", _("school")
    CLUB = "club", _("club")
    CULTURE = "culture", _("cultural body")
    OFFICE = "office", _("city office")
    OTHER = "other", _("other organisation")


class OrganisationQuerySet(PublishableQuerySet):
    def for_list(self):
        return self.prefetch_related(
            Prefetch(
                "twin_cities",
                queryset=TwinCity.objects.select_related("city").order_by("city__name"),
            )
        ).order_by("name")


class Organisation(Publishable):
    """An association, school, club or cultural body that carries exchange with partners."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind)
    twin_cities = models.ManyToManyField(
        TwinCity, blank=True, related_name="organisations", verbose_name=_("twin cities")
    )
    project_partnerships = models.ManyToManyField(
        ProjectPartnership,
        blank=True,
        related_name="organisations",
        verbose_name=_("project partnerships"),
    )
    teaser = models.CharField(_("teaser"), max_length=300)
    description = RichTextField(_("description"), blank=True)
    how_to_join = RichTextField(
        _("how to join"),
        headings=False,
        blank=True,
        help_text=_("How citizens can take part or become members."),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("civic organisation")
        verbose_name_plural = _("civic organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("exchanges:organisation_detail", kwargs={"slug": self.slug})


class ProgrammeKind(models.TextChoices):
    SCHOOL = "school", _("school exchange")
    YOUTH = "youth", _("youth exchange")
    SPORTS = "sports", _("sports")
    CULTURE = "culture", _("culture")
    ADMINISTRATION = "administration", _("administration")


class ProgrammeQuerySet(PublishableQuerySet):
    def for_list(self):
        return (
            self.select_related("twin_city__city", "project_partnership")
            .prefetch_related(
                Prefetch(
                    "organisations", queryset=Organisation.objects.published().order_by("name")
                )
            )
            .order_by("-start_year", "title")
        )


class ExchangeProgramme(Publishable):
    """A school, youth, sports, culture or administrative exchange, with a twin city, a
    project partnership, or none (one of the office's own initiatives)."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ProgrammeKind)
    twin_city = models.ForeignKey(
        TwinCity,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programmes",
        verbose_name=_("twin city"),
    )
    project_partnership = models.ForeignKey(
        ProjectPartnership,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programmes",
        verbose_name=_("project partnership"),
    )
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="programmes", verbose_name=_("organised by")
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    participants = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, help_text=_("How many took part, if known.")
    )
    teaser = models.CharField(_("teaser"), max_length=300)
    report = RichTextField(_("report"), blank=True)

    objects = ProgrammeQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-start_year", "title"]
        verbose_name = _("exchange programme")
        verbose_name_plural = _("exchange programmes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__isnull=True)
                | models.Q(start_year__isnull=True)
                | models.Q(end_year__gte=models.F("start_year")),
                name="exchange_programme_ends_after_start",
                violation_error_message=_("The end year cannot be before the start year."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exchanges:programme_detail", kwargs={"slug": self.slug})


class FundingCallQuerySet(PublishableQuerySet):
    def upcoming(self):
        """Calls whose deadline is today or later, nearest first."""
        return self.filter(deadline__gte=timezone.localdate()).order_by("deadline", "pk")

    def past(self):
        return self.filter(deadline__lt=timezone.localdate()).order_by("-deadline", "-pk")

    def for_list(self):
        return self.prefetch_related(
            Prefetch(
                "twin_cities",
                queryset=TwinCity.objects.select_related("city").order_by("city__name"),
            ),
            Prefetch("topics", queryset=Topic.objects.order_by("name")),
        )


class FundingCall(Publishable):
    """A grant programme's call: who funds it, who may apply, by when, for what."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    funder = models.CharField(_("funder"), max_length=250)
    eligible = models.CharField(
        _("who may apply"), max_length=300, help_text=_("E.g. partnership associations, schools.")
    )
    deadline = models.DateField(_("deadline"), db_index=True)
    url = models.URLField(_("link to the call"))
    twin_cities = models.ManyToManyField(
        TwinCity, blank=True, related_name="funding_calls", verbose_name=_("twin cities")
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="funding_calls", verbose_name=_("topics")
    )
    teaser = models.CharField(_("teaser"), max_length=300)
    description = RichTextField(_("description"), blank=True)

    objects = FundingCallQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["deadline", "title"]
        verbose_name = _("funding call")
        verbose_name_plural = _("funding calls")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exchanges:fundingcall_detail", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        return self.deadline >= timezone.localdate()


class Anniversary(models.Model):
    """A twinning anniversary the office celebrates: once confirmed, it is a published
    event, and so in the events list, the calendar and the feeds."""

    twin_city = models.ForeignKey(
        TwinCity,
        on_delete=models.CASCADE,
        related_name="anniversaries",
        verbose_name=_("twin city"),
    )
    day = models.DateField(_("day of the celebration"))
    event = models.OneToOneField(
        Event,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="anniversary",
        verbose_name=_("event"),
        editable=False,
    )

    class Meta:
        ordering = ["day"]
        verbose_name = _("twinning anniversary")
        verbose_name_plural = _("twinning anniversaries")
        constraints = [
            models.UniqueConstraint(
                fields=["twin_city", "day"], name="one_anniversary_per_twin_city_and_day"
            )
        ]

    def __str__(self):
        return f"{self.years} – {self.twin_city}"

    @property
    def years(self):
        return self.day.year - self.twin_city.since

    @property
    def is_confirmed(self):
        return self.event_id is not None

    def clean(self):
        super().clean()
        if self.day and self.twin_city_id and not is_anniversary(self.years):
            raise ValidationError(
                {
                    "day": _("%(years)d years of twinning is not a round anniversary.")
                    % {"years": self.years}
                },
                code="not_an_anniversary",
            )


class ExampleRecord(models.Model):
    """A demo record whose facts the source texts do not give: an example an editor must
    check and replace (or confirm) before the site goes live."""

    kind = models.CharField(
        _("kind of record"), max_length=100, help_text=_("Its model, e.g. partnerships.twincity.")
    )
    key = models.CharField(
        _("record"), max_length=200, help_text=_("Its natural key: a slug, or a city's slug.")
    )
    note = models.TextField(_("what is an example"))

    class Meta:
        ordering = ["kind", "key"]
        verbose_name = _("example in the demo content")
        verbose_name_plural = _("examples in the demo content")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="one_example_flag_per_record")
        ]

    def __str__(self):
        return f"{self.kind}: {self.key}"
