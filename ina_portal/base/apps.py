from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    """The shared base: the publishable base, images, topics, the content kinds and the
    page cache. Its label stays "ina_portal", the label its tables and migrations have."""

    name = "ina_portal.base"
    label = "ina_portal"
    verbose_name = _("Portal")

    def ready(self):
        from . import checks, content  # noqa: F401 (checks registers itself)
        from .cache import content_changed
        from .models import SiteProfile
        from .siteprofile import site_profile_changed

        content.discover()
        # Every content save makes the cached public pages stale.
        post_save.connect(content_changed, dispatch_uid="ina_portal.cache.post_save")
        post_delete.connect(content_changed, dispatch_uid="ina_portal.cache.post_delete")
        m2m_changed.connect(content_changed, dispatch_uid="ina_portal.cache.m2m_changed")
        for signal in (post_save, post_delete):
            signal.connect(site_profile_changed, sender=SiteProfile, dispatch_uid="site_profile")
