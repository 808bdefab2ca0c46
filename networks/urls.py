from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "networks"

urlpatterns = [
    path(_("city-networks/"), views.NetworkListView.as_view(), name="network_list"),
    path(_("city-networks/<slug:slug>/"), views.NetworkDetailView.as_view(), name="network_detail"),
]
