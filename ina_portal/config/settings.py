"""Settings for INA Portal. Every environment variable is read here, once.

Defaults are safe for a developer laptop (SQLite, a file cache, console e-mail);
production sets DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL and friends.
See the configuration table in README.md.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import html_tags
from js_asset import static_lazy

# The checkout (beside manage.py), or site-packages when the portal runs from its wheel.
BASE_DIR = Path(__file__).resolve().parent.parent.parent
# In a checkout, the templates, static files and translations sit beside manage.py, and so
# does the defaults' data (SQLite file, uploads, collected static files). The wheel carries
# the former inside the package (setup.py); installed, the defaults' data goes to the
# working directory, not into site-packages.
PACKAGE_DIR = BASE_DIR / "ina_portal"
if (PACKAGE_DIR / "templates").is_dir():
    SITE_FILES_DIR, DATA_DIR = PACKAGE_DIR, Path.cwd()
else:
    SITE_FILES_DIR = DATA_DIR = BASE_DIR


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "django-insecure-local-development-key-do-not-use-in-production"
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "modeltranslation",
    # Django's admin with the portal's start page and translations dashboard.
    "ina_portal.editorial.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "django_countries",
    "rest_framework",
    "drf_spectacular",
    "axes",
    "import_export",
    # The rich text editor of the admin (ina_portal/base/richtext.py).
    "django_prose_editor",
    # The shared base and the editorial tools, then the features (docs/architecture.md).
    # Content kinds are listed in this order wherever the site lists every kind.
    "ina_portal.base",
    "ina_portal.editorial",
    "partnerships",
    "simple_history",
    "networks",
    "sdg",
    "events",
    # Civic exchange: associations, exchange programmes, funding calls, anniversaries.
    "exchanges",
    "ina_portal.features.news",
    "ina_portal.features.pages",
    "ina_portal.features.contacts",
    "ina_portal.features.outbox",
    "ina_portal.features.enquiries",
    "ina_portal.features.opendata",
    "ina_portal.features.overview",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compression, ETags and the page cache in this order: see ina_portal/base/cache.py.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "ina_portal.base.cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records the signed-in user as the author of every change kept in the history.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ina_portal.config.urls"
WSGI_APPLICATION = "ina_portal.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_FILES_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "ina_portal.features.overview.identity.identity",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite unless DATABASE_URL is set. On PostgreSQL, psycopg 3 keeps a
# connection pool per worker process (persistent connections must stay off then).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'db.sqlite3'}"),
        conn_max_age=0,
        conn_health_checks=True,
    )
}
# Seconds to wait for a database connection: when the database is down, a form answers
# "try again" (503) after this long, with the reader's input kept.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
    if env_bool("DATABASE_POOL", True):
        DATABASES["default"]["OPTIONS"]["pool"] = {
            "min_size": int(os.environ.get("DATABASE_POOL_MIN_SIZE", "2")),
            "max_size": int(os.environ.get("DATABASE_POOL_MAX_SIZE", "10")),
            "timeout": DATABASE_CONNECT_TIMEOUT,
        }

# Cache: by default files in DATA_DIR/cache, which every worker of one machine shares
# (pages, the content generation, rate limits, CSV import previews). A process-local
# locmem:// cache is for one process only: with several workers, one would go on
# serving pages older than an edit another one saw. Several app servers share a cache
# server: redis://… or memcached://host:port.
CACHE_URL = os.environ.get("CACHE_URL", f"filecache://{DATA_DIR / 'cache'}")
if CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            # A Redis that does not answer costs a page at most this long (then the
            # portal goes on without the cache: ina_portal/base/cache.py).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
elif CACHE_URL.startswith("memcached://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": CACHE_URL.removeprefix("memcached://"),
            "OPTIONS": {"connect_timeout": 0.5, "timeout": 0.5},
        }
    }
elif CACHE_URL.startswith("filecache://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_URL.removeprefix("filecache://"),
            # Django's default of 300 entries is fewer than the pages of a small portal
            # in two languages; beyond the maximum every store lists the folder.
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
elif CACHE_URL.startswith("dummy://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif CACHE_URL.startswith("locmem://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    raise ImproperlyConfigured(
        f"CACHE_URL {CACHE_URL!r}: use redis://, rediss://, memcached://, filecache://, "
        "locmem:// or dummy://."
    )
# Public pages for anonymous readers are cached this long (0: not at all). Saves in
# the admin invalidate them at once; the time bounds only how late a record whose
# publish date passes without a save shows up.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", 0 if DEBUG else 300))

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German is the default language, English the second.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [SITE_FILES_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
MODELTRANSLATION_REQUIRED_LANGUAGES = ("de",)
# Imported after every app's translation.py: the history of the translated records.
MODELTRANSLATION_TRANSLATION_FILES = ("ina_portal.editorial.history",)
# When on, a record can only be published once its English text is filled in too.
REQUIRE_ENGLISH_TO_PUBLISH = env_bool("INA_REQUIRE_ENGLISH_TO_PUBLISH", False)
# The city's identity on the public site: its colours (served as CSS custom properties in
# /identity.css, ina_portal/features/overview/identity.py) and its coat of arms, a static file.
INA_IDENTITY = {
    "primary": os.environ.get("INA_COLOUR_PRIMARY", "#0a4a7a"),
    "primary_dark": os.environ.get("INA_COLOUR_PRIMARY_DARK", "#06304f"),
    "accent": os.environ.get("INA_COLOUR_ACCENT", "#b0172b"),
    "coat_of_arms": os.environ.get("INA_COAT_OF_ARMS", "img/coat-of-arms.svg"),
}
# The city's name, office and address when the admin holds no site profile
# (ina_portal.base.siteprofile); neutral on purpose, the demo content brings its city's.
# An empty authority or office name is shown as "City of <name>" and "Office for
# International Relations", translated.
INA_CITY = {
    "name": os.environ.get("INA_CITY_NAME", "Musterstadt"),
    "authority": os.environ.get("INA_CITY_AUTHORITY", ""),
    "department": os.environ.get("INA_CITY_DEPARTMENT", ""),
    "office": os.environ.get("INA_CITY_OFFICE", ""),
    "street": os.environ.get("INA_CITY_STREET", "Rathausplatz 1"),
    "postcode": os.environ.get("INA_CITY_POSTCODE", "12345"),
    "locality": os.environ.get("INA_CITY_LOCALITY", "Musterstadt"),
    "email": os.environ.get("INA_CITY_EMAIL", ""),
    "phone": os.environ.get("INA_CITY_PHONE", ""),
    # The partner map's home marker; the default lies in the middle of Germany.
    "latitude": os.environ.get("INA_CITY_LATITUDE", "51.16"),
    "longitude": os.environ.get("INA_CITY_LONGITUDE", "10.45"),
}
# The tabbed translation admin needs jQuery UI; it is served by the portal, not a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# CSV import and export in the admin (ina_portal/editorial/importexport.py): exporting a list needs
# the right to view its records, importing the right to add them; an import runs in
# one transaction, so it is saved whole or not at all.
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_USE_TRANSACTIONS = True
# The uploaded file waits between preview and confirmation in the shared cache, not in
# one server's temporary folder (nor in MEDIA_ROOT, which the web server publishes).
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
# A larger file is refused with a message, before any row is read.
IMPORT_MAX_ROWS = int(os.environ.get("INA_IMPORT_MAX_ROWS", "5000"))
# The WebP encoder's effort for the renditions of uploaded pictures: 0 (fastest) to 6
# (smallest files); Pillow's default 4 makes files a third smaller than 0 in three times
# the time, once per upload.
IMAGE_WEBP_METHOD = 4

# Static files through whitenoise (compressed, hashed names); uploads in MEDIA_ROOT.
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", DATA_DIR / "staticfiles"))
STATICFILES_DIRS = [SITE_FILES_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", DATA_DIR / "media"))
# Files that must never be public (attachments of enquiries): outside MEDIA_ROOT, handed
# out only by staff views after their permission checks (ina_portal.base.storage).
PRIVATE_ROOT = Path(os.environ.get("DJANGO_PRIVATE_ROOT", DATA_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
FILE_UPLOAD_PERMISSIONS = 0o640

# E-mail: printed to the console under DEBUG; otherwise SMTP, by default to the
# mail server on the same host.
MAILERS = {
    "default": (
        {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
        if DEBUG
        else {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("EMAIL_PORT", "25")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", False),
                "timeout": 10,
            },
        }
    )
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ina-portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The office's mailbox: feedback sent from the accessibility statement goes there.
INA_OFFICE_EMAIL = os.environ.get("INA_OFFICE_EMAIL", "ina-office@localhost")
# Enquiries accepted per client address and hour (counted in the shared cache), and the
# months after which closed enquiries are anonymised (manage.py anonymise_enquiries).
ENQUIRY_RATE_LIMIT = int(os.environ.get("INA_ENQUIRY_RATE_LIMIT", "5"))
ENQUIRY_RETENTION_MONTHS = int(os.environ.get("INA_ENQUIRY_RETENTION_MONTHS", "24"))
# Feedback messages accepted per client address and hour (accessibility statement).
FEEDBACK_RATE_LIMIT = int(os.environ.get("INA_FEEDBACK_RATE_LIMIT", "5"))
# Months after which e-mailed feedback is deleted (manage.py delete_old_feedback).
FEEDBACK_RETENTION_MONTHS = int(os.environ.get("INA_FEEDBACK_RETENTION_MONTHS", "24"))
ADMINS = [("Admin", address) for address in env_list("DJANGO_ADMINS")]

# Security. Production (DEBUG off) is secure by default; `make run` turns DEBUG on
# and with it plain-HTTP cookies on 127.0.0.1.
SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", SECURE)
# Load balancers and monitoring probe /healthz and /readyz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 31536000 if SECURE else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", SECURE)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if env_bool("DJANGO_TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Number of reverse proxies in front of the portal that append the client address to
# X-Forwarded-For. 0: the header is ignored and the socket address is the client's.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
SESSION_COOKIE_SECURE = SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_NAME = "__Host-sessionid" if SECURE else "sessionid"
CSRF_COOKIE_SECURE = SECURE
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_NAME = "__Host-csrftoken" if SECURE else "csrftoken"
LANGUAGE_COOKIE_SECURE = SECURE
LANGUAGE_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Addresses turned into links (the legal pages' earlier markup) are https ones; Django
# 2028's default, taken now.
URLIZE_ASSUME_HTTPS = True

# The admin's rich text editor (ina_portal/base/richtext.py) under this CSP: an extension
# that keeps tiptap from adding an inline <style> (its rules are in a static file instead).
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {"js": [static_lazy("js/rich-text-editor.js")], "extensions": {"StaticStyles": html_tags([])}},
]

# Brute-force protection of the admin login (django-axes). Failed attempts are kept
# in the database, so every app server counts them and a restart forgets none.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_RESET_ON_SUCCESS = True
# No lasting log of who signed in from which address: the privacy notice promises
# that such logs are deleted after seven days. Failed attempts expire with the lockout.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "ina_portal.editorial.auth.client_ip"
AXES_LOCKOUT_CALLABLE = "ina_portal.editorial.auth.lockout_response"

# The open data API (ina_portal/features/opendata): anonymous and read-only, JSON or CSV. No
# authentication at all, so no session or CSRF cookie is ever read or set there.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "ina_portal.base.api.renderers.CSVRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "COERCE_DECIMAL_TO_STRING": False,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "INA Portal open data",
    "DESCRIPTION": (
        "The published content of the city's Office for International Relations: twin "
        "cities, project partnerships, city networks, the Sustainable Development Goals "
        "and the city's activities, events, visit reports, news and contacts. Read-only, "
        "no key needed. Texts in German or "
        "English (?lang=de|en or Accept-Language); every list also as CSV (?format=csv)."
    ),
    "VERSION": "1",
    "LICENSE": {
        "name": "Datenlizenz Deutschland – Namensnennung – 2.0",
        "url": "https://www.govdata.de/dl-de/by-2-0",
    },
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "ina_portal.features.opendata.schema.add_license_component",
        "ina_portal.features.opendata.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "TwinCityStatusEnum": "partnerships.models.TwinCityStatus",
        "ProjectStatusEnum": "partnerships.models.ProjectStatus",
        "ActivityStatusEnum": "sdg.models.ActivityStatus",
        "PillarEnum": "sdg.models.Pillar",
        "EventKindEnum": "events.models.EventKind",
        "VisitKindEnum": "events.models.VisitKind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
