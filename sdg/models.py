"""The 17 Sustainable Development Goals, the city's four pillars, local targets and activities."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ina_portal.base.models import Publishable, PublishableQuerySet
from ina_portal.base.richtext import RichTextField

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
    """The four pillars of Dortmund's sustainability strategy."""

    ECONOMY = "economy", _("Economy")
    ECOLOGY = "ecology", _("Ecology")
    SOCIAL = "social", _("Social affairs")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


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


TARGET_CODE = re.compile(r"^(\d{1,2})(\.[0-9a-z]{1,3}){1,3}$")


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
    # "13.10" sorts after "13.9": each numeric part zero-padded.
    sort_key = models.CharField(_("sort key"), max_length=40, editable=False, db_index=True)

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
