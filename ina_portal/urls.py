from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from .views import HomeView, healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
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
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
