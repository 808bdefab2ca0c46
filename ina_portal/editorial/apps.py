from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The office's tools in the admin: history, translations, roles, CSV import/export."""

    name = "ina_portal.editorial"
    verbose_name = _("Editorial tools")

    def ready(self):
        from .roles import roles_apply_after_migrate

        post_migrate.connect(roles_apply_after_migrate, dispatch_uid="ina_portal.roles")


class PortalAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "ina_portal.editorial.admin_site.PortalAdminSite"
