from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from .opendata.views import OpenDataPageView
from .views import HomeView, healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/", include("ina_portal.opendata.urls")),
]

urlpatterns += i18n_patterns(
    path("", HomeView.as_view(), name="home"),
    path("", include("partnerships.urls")),
    path("", include("networks.urls")),
    path("", include("sdg.urls")),
    path("", include("events.urls")),
    path("", include("ina_portal.contacts.urls")),
    path("", include("ina_portal.enquiries.urls")),
    path("", include("ina_portal.news.urls")),
    path("", include("ina_portal.pages.urls")),
    path("", include("ina_portal.search.urls")),
    path(_("open-data/"), OpenDataPageView.as_view(), name="open_data"),
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
