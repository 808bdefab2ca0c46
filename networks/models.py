"""City networks (Städtenetzwerke) the city takes part in."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ina_portal.base import content
from ina_portal.base.models import Image, Publishable, PublishableQuerySet, Topic
from ina_portal.base.richtext import RichTextField
from sdg.models import Goal, Pillar, goals_prefetch

# Internal to the office: never loaded for, nor shown on, the public site.
STAFF_ONLY_FIELDS = [
    "representatives",
    "working_groups",
    "annual_fee",
    "renewal_date",
    "reports_due",
]


class NetworkLevel(models.TextChoices):
    REGIONAL = "regional", _("regional")
    NATIONAL = "national", _("national")
    EUROPEAN = "european", _("European")
    GLOBAL = "global", _("global")


class NetworkRole(models.TextChoices):
    MEMBER = "member", _("member")
    BOARD = "board", _("board seat")
    WORKING_GROUP = "working_group", _("working-group member")
    FOUNDING = "founding", _("founding member")


class NetworkQuerySet(PublishableQuerySet):
    def for_list(self):
        # Ordered by a translated field: call per request. The staff-only fields are
        # deferred, so a template that showed one would cost a query a test notices.
        return (
            self.defer(*STAFF_ONLY_FIELDS)
            .select_related("logo")
            .prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("name")), goals_prefetch()
            )
            .order_by("name")
        )

    def for_detail(self):
        return self.for_list().prefetch_related(*content.attached(Network))


class Network(Publishable):
    """A network, association or alliance of cities in which the city takes part."""

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    level = models.CharField(_("level"), max_length=10, choices=NetworkLevel)
    role = models.CharField(
        _("role of the city"),
        max_length=20,
        choices=NetworkRole,
        blank=True,
        help_text=_("Leave empty where the city works with the network without a formal role."),
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), blank=True)
    teaser = models.CharField(_("teaser"), max_length=300)
    description = RichTextField(_("description"))
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="networks", verbose_name=_("topics")
    )
    logo = models.ForeignKey(
        Image,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
    )
    goals = models.ManyToManyField(
        Goal,
        blank=True,
        related_name="networks",
        verbose_name=_("Sustainable Development Goals"),
    )
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar, blank=True)

    representatives = models.TextField(
        _("representatives"), blank=True, help_text=_("Who represents the city in the network.")
    )
    working_groups = models.TextField(_("working groups"), blank=True)
    annual_fee = models.DecimalField(
        _("annual fee (EUR)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    renewal_date = models.DateField(_("renewal date"), null=True, blank=True)
    reports_due = models.TextField(
        _("reports due"), blank=True, help_text=_("Which reports the network expects, and when.")
    )

    objects = NetworkQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("city network")
        verbose_name_plural = _("city networks")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("networks:network_detail", kwargs={"slug": self.slug})
