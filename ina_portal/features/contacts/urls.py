from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "contacts"

urlpatterns = [
    path(_("team/"), views.TeamView.as_view(), name="team"),
    path(_("team/<slug:slug>/"), views.TeamPersonView.as_view(), name="team_person"),
    path(_("internal/contacts/"), views.LookupView.as_view(), name="lookup"),
    path(_("internal/contacts/export.csv"), views.DirectoryCsvView.as_view(), name="export"),
    path(_("internal/contacts/<slug:slug>/"), views.PersonInternalView.as_view(), name="person"),
    path(_("internal/contacts/<slug:slug>.vcf"), views.PersonVCardView.as_view(), name="vcard"),
]
