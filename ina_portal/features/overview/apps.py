from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OverviewConfig(AppConfig):
    """Pages that combine several kinds: home, relations, partner map, sitemap."""

    name = "ina_portal.features.overview"
    label = "overview"
    verbose_name = _("Overview pages")
