"""The 17 Sustainable Development Goals, the city's four pillars, local targets and activities."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from ina_portal.base.models import Publishable, PublishableQuerySet
from ina_portal.base.richtext import RichTextField

from .progress import assess

LIGHT_TEXT = "#FFFFFF"
DARK_TEXT = "#000000"


def relative_luminance(colour):
    """WCAG 2.1 relative luminance of a "#RRGGBB" colour."""
    channels = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    """WCAG 2.1 contrast ratio of two "#RRGGBB" colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class Pillar(models.TextChoices):
    """The four pillars of the city's sustainability strategy."""

    ECONOMY = "economy", _("Economy")
    ECOLOGY = "ecology", _("Ecology")
    SOCIAL = "social", _("Social affairs")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


def count_of(queryset):
    """A subquery's rows counted per goal: QUERYSET is filtered by an OuterRef goal."""
    return queryset.values("goal").annotate(count=Count("pk")).values("count")


class GoalQuerySet(models.QuerySet):
    def with_counts(self, *related_names, pillar=""):
        """Annotate `<name>_count`: the published records of each relation that serve a goal
        (and belong to `pillar`, if given).

        One correlated subquery per relation keeps this a single query, without the
        row explosion of joining several many-to-many tables at once.
        """
        annotations = {}
        for name in related_names:
            model = self.model._meta.get_field(name).related_model
            served = model.objects.published().filter(goals=OuterRef("pk"))
            if pillar:
                served = served.filter(pillar=pillar)
            served = served.order_by().values("goals").annotate(count=Count("pk")).values("count")
            annotations[f"{name}_count"] = Coalesce(Subquery(served), 0)
        return self.annotate(**annotations)

    def with_figure_counts(self):
        """Annotate `local_targets_count`, `indicators_count` (published) and
        `other_indicators_count` (those measuring no local target): what the goal pages
        show only the first of."""
        targets = LocalTarget.objects.filter(goal=OuterRef("pk")).order_by()
        indicators = Indicator.objects.published().filter(goal=OuterRef("pk")).order_by()
        return self.annotate(
            local_targets_count=Coalesce(Subquery(count_of(targets)), 0),
            indicators_count=Coalesce(Subquery(count_of(indicators)), 0),
            other_indicators_count=Coalesce(
                Subquery(count_of(indicators.filter(local_target=None))), 0
            ),
        )


class Goal(models.Model):
    """One of the 17 UN Sustainable Development Goals: reference data from a migration."""

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    title = models.CharField(_("short title"), max_length=100)
    long_title = models.CharField(_("official title"), max_length=300)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9A-F]{6}$", _("A colour like #3F7E44."))],
    )

    objects = GoalQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")

    def __str__(self):
        return _("Goal %(number)d: %(title)s") % {"number": self.number, "title": self.title}

    def get_absolute_url(self):
        return reverse("sdg:goal_detail", kwargs={"number": self.number})

    @property
    def text_colour(self):
        """White or black, whichever contrasts more with the goal colour."""
        return max((LIGHT_TEXT, DARK_TEXT), key=lambda text: contrast_ratio(self.colour, text))

    @property
    def text_tone(self):
        return "light" if self.text_colour == LIGHT_TEXT else "dark"


class Direction(models.TextChoices):
    UP = "up", _("higher is better")
    DOWN = "down", _("lower is better")


TARGET_CODE = re.compile(r"^(\d{1,2})(\.[0-9a-z]{1,3}){1,3}$")


class LocalTargetQuerySet(models.QuerySet):
    def with_progress(self):
        """With what the status needs: the published indicators and their totals series."""
        return self.prefetch_related(
            indicators_prefetch(),
            Prefetch("activities", queryset=SdgActivity.objects.published().order_by("title")),
        )


class LocalTarget(models.Model):
    """A target the city sets itself under a goal, numbered like "13.2.1"."""

    goal = models.ForeignKey(
        Goal, on_delete=models.CASCADE, related_name="local_targets", verbose_name=_("goal")
    )
    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        validators=[RegexValidator(TARGET_CODE, _('A code like "13.2.1" or "17.a".'))],
        help_text=_('Starts with the number of the goal, e.g. "13.2.1".'),
    )
    title = models.CharField(_("title"), max_length=300)
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar, blank=True)
    target_value = models.DecimalField(
        _("target value"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("In the unit of the target's first indicator."),
    )
    target_year = models.PositiveSmallIntegerField(
        _("target year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    direction = models.CharField(
        _("direction"), max_length=4, choices=Direction, default=Direction.UP
    )
    activities = models.ManyToManyField(
        "SdgActivity",
        blank=True,
        related_name="local_targets",
        verbose_name=_("SDG activities"),
        help_text=_("The city's activities that serve this target."),
    )
    project_partnerships = models.ManyToManyField(
        "partnerships.ProjectPartnership",
        blank=True,
        related_name="local_targets",
        verbose_name=_("project partnerships"),
    )
    networks = models.ManyToManyField(
        "networks.Network", blank=True, related_name="local_targets", verbose_name=_("networks")
    )
    # "13.10" sorts after "13.9": each numeric part zero-padded.
    sort_key = models.CharField(_("sort key"), max_length=40, editable=False, db_index=True)

    objects = LocalTargetQuerySet.as_manager()

    class Meta:
        ordering = ["sort_key"]
        verbose_name = _("local target")
        verbose_name_plural = _("local targets")

    def __str__(self):
        return f"{self.code} {self.title}"

    def save(self, *args, **kwargs):
        self.sort_key = ".".join(
            part.zfill(3) if part.isdigit() else part for part in self.code.split(".")
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.goal.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        return "target-" + self.code.replace(".", "-")

    @property
    def headline_indicator(self):
        """The indicator the target value is set in: the first published one."""
        indicators = self.indicators.all()
        return indicators[0] if indicators else None

    @cached_property
    def progress(self):
        """The target's Progress (sdg.progress), from its headline indicator's totals."""
        indicator = self.headline_indicator
        return assess(
            indicator.totals if indicator else [],
            target=self.target_value,
            year=self.target_year,
            direction=self.direction,
        )

    def clean(self):
        match = TARGET_CODE.match(self.code or "")
        if match and self.goal_id and int(match.group(1)) != self.goal.number:
            message = _("The code must start with the number of the goal (%(number)d).")
            raise ValidationError(
                {"code": ValidationError(message, params={"number": self.goal.number})}
            )


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    ONGOING = "ongoing", _("ongoing")
    COMPLETED = "completed", _("completed")


def goals_prefetch():
    return Prefetch("goals", queryset=Goal.objects.order_by("number"))


class SdgActivityQuerySet(PublishableQuerySet):
    def for_list(self):
        # Ordered by a translated field: call per request.
        return self.prefetch_related(goals_prefetch()).order_by("title")

    def for_detail(self):
        return self.for_list()


class SdgActivity(Publishable):
    """Something the city administration does towards the goals, e.g. the Fairtrade-town work."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    teaser = models.CharField(_("teaser"), max_length=300)
    description = RichTextField(_("description"))
    goals = models.ManyToManyField(
        Goal, related_name="activities", verbose_name=_("Sustainable Development Goals")
    )
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar, blank=True)
    lead_unit = models.CharField(
        _("lead unit"),
        max_length=250,
        blank=True,
        help_text=_("The office or department in charge."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ActivityStatus, default=ActivityStatus.ONGOING
    )
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
    link = models.URLField(_("link"), blank=True)

    objects = SdgActivityQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["title"]
        verbose_name = _("SDG activity")
        verbose_name_plural = _("SDG activities")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__isnull=True)
                | models.Q(start_year__isnull=True)
                | models.Q(end_year__gte=models.F("start_year")),
                name="sdg_activity_ends_after_start",
                violation_error_message=_("The end year cannot be before the start year."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sdg:sdgactivity_detail", kwargs={"slug": self.slug})


def indicators_prefetch(queryset=None):
    """The published indicators of local targets or goals, with their totals series."""
    indicators = Indicator.objects.published().with_totals() if queryset is None else queryset
    return Prefetch("indicators", queryset=indicators)


class IndicatorQuerySet(PublishableQuerySet):
    def with_totals(self):
        """Each indicator's series without breakdown, in year order, as `totals`."""
        return self.prefetch_related(
            Prefetch(
                "observations",
                queryset=Observation.objects.filter(breakdown="").order_by("year"),
                to_attr="totals",
            )
        )

    def with_series(self):
        """Every observation, for the breakdowns too, as `all_observations`."""
        return self.prefetch_related(
            Prefetch(
                "observations",
                queryset=Observation.objects.order_by("breakdown", "year"),
                to_attr="all_observations",
            )
        )

    def for_list(self):
        return self.select_related("goal", "local_target").with_totals()

    def for_detail(self):
        return self.select_related("goal", "local_target").with_totals().with_series()


class Indicator(Publishable):
    """A figure measured each year for a goal, often for one of its local targets."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    unit = models.CharField(
        _("unit"), max_length=60, help_text=_('E.g. "t CO₂ per inhabitant" or "%".')
    )
    definition = models.TextField(
        _("definition"), help_text=_("What is counted, and how: one or two sentences.")
    )
    source = models.CharField(
        _("source"), max_length=300, help_text=_("Who collects the figures, e.g. the office.")
    )
    source_url = models.URLField(_("link to the source"), blank=True)
    licence = models.CharField(
        _("licence"), max_length=100, default="Datenlizenz Deutschland – Namensnennung – 2.0"
    )
    goal = models.ForeignKey(
        Goal, on_delete=models.PROTECT, related_name="indicators", verbose_name=_("goal")
    )
    local_target = models.ForeignKey(
        LocalTarget,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name=_("local target"),
        help_text=_("The target value is set in the unit of the target's first indicator."),
    )
    decimals = models.PositiveSmallIntegerField(
        _("decimal places shown"), default=1, validators=[MaxValueValidator(4)]
    )
    example_values = models.BooleanField(
        _("example values"),
        default=False,
        help_text=_(
            "The figures are made-up examples (demo content), not the city's statistics: "
            "the page says so."
        ),
    )

    objects = IndicatorQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["goal__number", "slug"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sdg:indicator_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.local_target_id and self.goal_id and self.local_target.goal_id != self.goal_id:
            raise ValidationError(
                {"local_target": _("The local target must belong to the indicator's goal.")}
            )


class Observation(models.Model):
    """One value of an indicator: a year, and a breakdown such as a district, or none."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="observations",
        verbose_name=_("indicator"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    breakdown = models.CharField(
        _("breakdown"),
        max_length=100,
        blank=True,
        help_text=_('E.g. a district or "women"; empty for the whole city.'),
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4)
    note = models.CharField(_("note"), max_length=300, blank=True)
    source = models.CharField(
        _("source of the value"),
        max_length=300,
        blank=True,
        help_text=_("Where this value comes from, if not from the indicator's source."),
    )

    class Meta:
        ordering = ["indicator", "breakdown", "year"]
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year", "breakdown"],
                name="sdg_observation_one_value_per_year",
                violation_error_message=_(
                    "The indicator has a value for this year and breakdown already."
                ),
            )
        ]

    def __str__(self):
        label = f"{self.indicator} {self.year}"
        return f"{label} ({self.breakdown})" if self.breakdown else label
