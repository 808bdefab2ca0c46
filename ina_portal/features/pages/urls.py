from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .models import LegalPageKind

app_name = "pages"

urlpatterns = [
    path(_("imprint/"), views.LegalPageView.as_view(kind=LegalPageKind.IMPRINT), name="imprint"),
    path(_("privacy/"), views.PrivacyNoticeView.as_view(), name="privacy"),
    path(_("accessibility/"), views.AccessibilityStatementView.as_view(), name="accessibility"),
    path(
        _("accessibility/thank-you/"),
        views.FeedbackThanksView.as_view(),
        name="feedback_thanks",
    ),
    # German words in both languages: Leichte Sprache and DGS are German, and readers
    # look for these words.
    path("leichte-sprache/", views.EasyReadStartView.as_view(), name="easy_read"),
    path(
        "leichte-sprache/<slug:slug>/",
        views.EasyReadPageView.as_view(),
        name="easy_read_page",
    ),
    path("gebaerdensprache/", views.SignLanguageView.as_view(), name="sign_language"),
]
