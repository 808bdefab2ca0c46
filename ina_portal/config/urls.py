from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from ina_portal.features.opendata.views import OpenDataPageView
from ina_portal.features.overview.identity import identity_css
from ina_portal.features.overview.sitemaps import sitemaps
from ina_portal.features.overview.views import (
    HomeView,
    bad_request,
    healthz,
    readyz,
    robots_txt,
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("identity.css", identity_css, name="identity_css"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    path("api/", include("ina_portal.features.opendata.urls")),
]

urlpatterns += i18n_patterns(
    path("", HomeView.as_view(), name="home"),
    path("", include("ina_portal.features.overview.urls")),
    path("", include("partnerships.urls")),
    path("", include("networks.urls")),
    path("", include("sdg.urls")),
    path("", include("events.urls")),
    path("", include("exchanges.urls")),
    path("", include("ina_portal.features.contacts.urls")),
    path("", include("ina_portal.features.enquiries.urls")),
    path("", include("ina_portal.features.news.urls")),
    path("", include("ina_portal.features.pages.urls")),
    path("", include("ina_portal.features.search.urls")),
    path(_("open-data/"), OpenDataPageView.as_view(), name="open_data"),
)

handler400 = bad_request

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
