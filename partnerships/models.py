"""Twin cities (Städtepartnerschaften) and project partnerships (Projektpartnerschaften)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ina_portal.base import content
from ina_portal.base.models import Image, Publishable, PublishableQuerySet, Topic
from ina_portal.base.richtext import RichTextField
from sdg.models import Goal, Pillar, goals_prefetch


class CityQuerySet(models.QuerySet):
    def partners(self):
        """Cities with a published twinning or published project partnership, in one query."""
        twinning = TwinCity.objects.published().filter(city=OuterRef("pk"))
        partnerships = (
            ProjectPartnership.objects.published()
            .filter(partner_cities=OuterRef("pk"))
            .order_by()
            .values("partner_cities")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            self.annotate(
                twin_since=Subquery(twinning.values("since")[:1]),
                partnership_count=Coalesce(Subquery(partnerships, output_field=IntegerField()), 0),
            )
            .filter(Q(twin_since__isnull=False) | Q(partnership_count__gt=0))
            .order_by("name", "pk")
        )


class City(models.Model):
    """A city abroad or at home that the portal's city cooperates with."""

    name = models.CharField(_("name"), max_length=100)
    other_names = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_("Spellings readers may type, separated by commas: Rostov, Rostow."),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    country = CountryField(_("country"))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    objects = CityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def __str__(self):
        return f"{self.name} ({self.country.name})"

    def names(self):
        """Every name of the city in every language, its other names included."""
        values = [self.name_de, self.name_en, self.other_names_de, self.other_names_en]
        names = (name.strip() for value in values if value for name in value.split(","))
        return list(dict.fromkeys(name for name in names if name))


class TwinCityStatus(models.TextChoices):
    ACTIVE = "active", _("active")
    SUSPENDED = "suspended", _("suspended")


class TwinCityQuerySet(PublishableQuerySet):
    def for_list(self):
        # Ordering by a translated field is resolved in the active language, so these
        # methods are called per request.
        return (
            self.select_related("city", "image")
            .prefetch_related(goals_prefetch())
            .order_by("city__name")
        )

    def for_detail(self):
        # Events, contacts and news attach themselves (their apps' content.py).
        return self.for_list().prefetch_related("links", *content.attached(TwinCity))


class TwinCity(Publishable):
    """A formal town twinning agreement of the city with a partner city."""

    city = models.OneToOneField(
        City, on_delete=models.PROTECT, related_name="twinning", verbose_name=_("city")
    )
    since = models.PositiveSmallIntegerField(
        _("partnership since"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Year the twinning agreement was signed."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=TwinCityStatus, default=TwinCityStatus.ACTIVE
    )
    status_note = RichTextField(
        _("note on the status"),
        headings=False,
        blank=True,
        help_text=_("Public explanation, e.g. why the partnership is suspended."),
    )
    teaser = models.CharField(_("teaser"), max_length=300)
    story = RichTextField(_("story"))
    image = models.ForeignKey(
        Image,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    goals = models.ManyToManyField(
        Goal,
        blank=True,
        related_name="twin_cities",
        verbose_name=_("Sustainable Development Goals"),
    )
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar, blank=True)

    objects = TwinCityQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["city__name"]
        verbose_name = _("twin city")
        verbose_name_plural = _("twin cities")

    def __str__(self):
        return self.city.name

    def get_absolute_url(self):
        return reverse("partnerships:twincity_detail", kwargs={"slug": self.city.slug})


class TwinCityLink(models.Model):
    """A further link on a twin city's page, e.g. the partner city's website."""

    twin_city = models.ForeignKey(TwinCity, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("label"), max_length=150)
    url = models.URLField(_("address"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.label


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    ACTIVE = "active", _("active")
    COMPLETED = "completed", _("completed")


class ProjectPartnershipQuerySet(PublishableQuerySet):
    def for_list(self):
        return (
            self.select_related("image")
            .prefetch_related(
                Prefetch("partner_cities", queryset=City.objects.order_by("name")),
                Prefetch("topics", queryset=Topic.objects.order_by("name")),
                goals_prefetch(),
            )
            .order_by("title")
        )

    def for_detail(self):
        return self.for_list().prefetch_related(*content.attached(ProjectPartnership))


class ProjectPartnership(Publishable):
    """A topic-based cooperation with one or more cities, outside formal twinning."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    partner_cities = models.ManyToManyField(
        City, related_name="project_partnerships", verbose_name=_("partner cities")
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="project_partnerships", verbose_name=_("topics")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ProjectStatus, default=ProjectStatus.ACTIVE
    )
    funding_body = models.CharField(_("funding body"), max_length=250, blank=True)
    lead_department = models.CharField(_("lead department"), max_length=250)
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    teaser = models.CharField(_("teaser"), max_length=300)
    description = RichTextField(_("description"))
    website = models.URLField(_("website"), blank=True)
    image = models.ForeignKey(
        Image,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    goals = models.ManyToManyField(
        Goal,
        blank=True,
        related_name="project_partnerships",
        verbose_name=_("Sustainable Development Goals"),
    )
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar, blank=True)

    objects = ProjectPartnershipQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["title"]
        verbose_name = _("project partnership")
        verbose_name_plural = _("project partnerships")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__isnull=True)
                | models.Q(start_year__isnull=True)
                | models.Q(end_year__gte=models.F("start_year")),
                name="project_partnership_ends_after_start",
                violation_error_message=_("The end year cannot be before the start year."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partnerships:projectpartnership_detail", kwargs={"slug": self.slug})
