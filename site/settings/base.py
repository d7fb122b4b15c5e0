"""Settings shared by every environment. Environment-specific modules import from here."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# The repository root (the folder holding manage.py).
BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


INSTALLED_APPS = [
    # Project apps
    "home",
    "initiatives",
    "twin_towns",
    "search",
    # Localisation
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "modelcluster",
    "taggit",
    "rest_framework",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, except that a 404 under /api/, /admin/ or /documents/ stays a
    # 404 instead of a redirect to /da/... (home/middleware.py).
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "haderslev_site.urls"
WSGI_APPLICATION = "haderslev_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, defaulting to an embedded SQLite file in the project (git-ignored).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Danish is the source language; the other five are the languages of
# the twin towns, the German minority and English for everyone else.
LANGUAGE_CODE = "da"
LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("sv", "Svenska"),
    ("nb", "Norsk bokmål"),
    ("fi", "Suomi"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content translation (wagtail-localize): translations are synchronised with the Danish source
# (re-synced when it is published, see home/signals.py). Machine translation stays off: no
# translator service is configured, and the site must not send content to third parties.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Medborgerskab Haderslev"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "home.CustomDocument"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "csv"]

LOGIN_URL = "wagtailadmin_login"

# Search (see search/backends.py and the README's "Search" section).
# SEARCH_BACKEND=database (default): Wagtail's database backend; on PostgreSQL each language is
# stemmed with its own text-search configuration, on SQLite FTS5 matches whole words only.
# SEARCH_BACKEND=elasticsearch or opensearch, with SEARCH_URL (and optionally SEARCH_INDEX):
# an external search cluster for sites that outgrow the database.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database").strip().lower()
SEARCH_CONFIGS = {
    "da": "danish",
    "en": "english",
    "de": "german",
    "sv": "swedish",
    "nb": "norwegian",
    "fi": "finnish",
}
_SEARCH_CLUSTER_BACKENDS = {
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "opensearch": "wagtail.search.backends.opensearch3",
}
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends",
            "SEARCH_CONFIGS": SEARCH_CONFIGS,
            "AUTO_UPDATE": True,
        },
    }
elif SEARCH_BACKEND in _SEARCH_CLUSTER_BACKENDS:
    if not os.environ.get("SEARCH_URL"):
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={SEARCH_BACKEND} needs SEARCH_URL, e.g. https://search.example:9200"
        )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _SEARCH_CLUSTER_BACKENDS[SEARCH_BACKEND],
            "URLS": env_list("SEARCH_URL", []),
            "INDEX": os.environ.get("SEARCH_INDEX", "medborgerskab"),
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "AUTO_UPDATE": True,
            "ATOMIC_REBUILD": True,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        },
    }
else:
    raise ImproperlyConfigured(
        f"Unknown SEARCH_BACKEND {SEARCH_BACKEND!r}: use database, elasticsearch or opensearch."
    )
# Search statistics (no personal data: the query words and a daily count, nothing else) are kept
# this many days; `manage.py search_garbage_collect` (run it daily) deletes older ones.
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("SEARCH_LOG_DAYS", "90"))
# --- The editors' side: moderation e-mail, image alt text, the partner API ---------------------

# Moderation notifications (a page submitted for approval, approved, rejected). The console
# backend prints them, so nothing is sent until EMAIL_BACKEND and its EMAIL_* settings are set.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Medborgerskab Haderslev <noreply@localhost>"
)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL
)
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
# The moderators are notified as members of "Moderatorer"; superusers are not copied on every
# submission.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Every new image needs alternative text (the image's "description").
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.ImageForm"

# Read-only partner API at /api/v2/ (home/api.py).
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
# Requests per client (IP address, or user when logged in), e.g. "120/min" or "5000/day".
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "120/min")
# How long a response may be reused: by clients and proxies (Cache-Control) and by the server.
# Publishing, unpublishing or changing content empties the server-side cache at once.
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "300"))
REST_FRAMEWORK = {
    # How many reverse proxies sit in front of Django: the client's address for the rate limit is
    # then read from X-Forwarded-For. 0 (the default) trusts only the connection's address.
    "NUM_PROXIES": int(os.environ.get("API_NUM_PROXIES", "0")),
}
