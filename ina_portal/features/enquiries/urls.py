from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "enquiries"

urlpatterns = [
    path(_("enquiry/"), views.EnquiryFormView.as_view(), name="form"),
    path(_("enquiry/sent/<str:access_token>/"), views.EnquirySentView.as_view(), name="sent"),
]
