from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "ina_portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from .cache import content_changed
        from .roles import roles_apply_after_migrate

        # Every content save makes the cached public pages stale.
        post_save.connect(content_changed, dispatch_uid="ina_portal.cache.post_save")
        post_delete.connect(content_changed, dispatch_uid="ina_portal.cache.post_delete")
        m2m_changed.connect(content_changed, dispatch_uid="ina_portal.cache.m2m_changed")
        post_migrate.connect(roles_apply_after_migrate, dispatch_uid="ina_portal.roles")


class PortalAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "ina_portal.admin_site.PortalAdminSite"
