from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "ina_portal.features.pages"
    label = "pages"
    verbose_name = _("Legal pages")

    def ready(self):
        from ina_portal.features.outbox.signals import mail_delivered

        from .services import feedback_mail_delivered

        mail_delivered.connect(feedback_mail_delivered, dispatch_uid="pages.feedback_mail")
