"""News of the office, linked to the partners, networks and goals they concern."""

from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ina_portal.base.models import Image, Publishable, PublishableQuerySet
from ina_portal.base.richtext import RichTextField
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity
from sdg.models import Goal, goals_prefetch

# How many news items a partner, network or goal page shows.
LINKED_NEWS = 5


class NewsItemQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by("-publish_at", "-pk")

    def for_list(self):
        return self.select_related("image").newest_first()

    def for_detail(self):
        # Ordered by translated fields: call per request.
        return self.select_related("image").prefetch_related(
            goals_prefetch(),
            Prefetch(
                "twin_cities",
                queryset=TwinCity.objects.published().select_related("city").order_by("city__name"),
            ),
            Prefetch(
                "project_partnerships",
                queryset=ProjectPartnership.objects.published().order_by("title"),
            ),
            Prefetch("networks", queryset=Network.objects.published().order_by("name")),
        )


def linked_news_prefetch():
    """The latest published news of a partner, network or goal page, in one query."""
    return Prefetch(
        "news_items",
        queryset=NewsItem.objects.published().newest_first()[:LINKED_NEWS],
        to_attr="public_news",
    )


class NewsItem(Publishable):
    """A news item of the office; its publication date is the date readers see."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    teaser = models.CharField(
        _("teaser"), max_length=300, help_text=_("One or two sentences for lists and feeds.")
    )
    body = RichTextField(_("text"))
    image = models.ForeignKey(
        Image,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    twin_cities = models.ManyToManyField(
        TwinCity, blank=True, related_name="news_items", verbose_name=_("twin cities")
    )
    project_partnerships = models.ManyToManyField(
        ProjectPartnership,
        blank=True,
        related_name="news_items",
        verbose_name=_("project partnerships"),
    )
    networks = models.ManyToManyField(
        Network, blank=True, related_name="news_items", verbose_name=_("city networks")
    )
    goals = models.ManyToManyField(
        Goal,
        blank=True,
        related_name="news_items",
        verbose_name=_("Sustainable Development Goals"),
    )

    objects = NewsItemQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:newsitem_detail", kwargs={"slug": self.slug})
