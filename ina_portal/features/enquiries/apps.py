from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    name = "ina_portal.features.enquiries"
    label = "enquiries"
    verbose_name = _("Enquiries")
