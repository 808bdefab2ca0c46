from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .models import LegalPageKind

app_name = "pages"

urlpatterns = [
    path(_("imprint/"), views.LegalPageView.as_view(kind=LegalPageKind.IMPRINT), name="imprint"),
    path(_("privacy/"), views.LegalPageView.as_view(kind=LegalPageKind.PRIVACY), name="privacy"),
    path(_("accessibility/"), views.AccessibilityStatementView.as_view(), name="accessibility"),
    path(
        _("accessibility/thank-you/"),
        views.FeedbackThanksView.as_view(),
        name="feedback_thanks",
    ),
]
