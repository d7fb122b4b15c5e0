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
    "volunteering",
    "search",
    "links",
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

# MIDDLEWARE: see "Production hardening" below (one list, in order).

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
# The project's own catalogues first; then its translations of the admin's third-party messages
# (Wagtail, wagtail-localize, two-factor screens), one directory per package group, which take
# precedence over the packages' own catalogues, for gettext and the JavaScript catalogues alike
# (home/admin_catalogues.py; `manage.py admin_translation_coverage` reports what is missing).
# `makemessages` writes the project's strings to the first path only.
ADMIN_CATALOGUE_GROUPS = ["wagtail", "wagtail_localize", "wagtail_2fa", "django_otp"]
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *(BASE_DIR / "locale" / "packages" / group for group in ADMIN_CATALOGUE_GROUPS),
]
# Date and number formats that differ from Django's per language (site/formats/: English in
# British style). Languages without a module of their own use Django's.
FORMAT_MODULE_PATH = ["haderslev_site.formats"]
# Content translation (wagtail-localize): translations are synchronised with the Danish source
# (re-synced as drafts when it is published, see home/signals.py). Machine translation stays off:
# no translator service is configured, and the site must not send content to third parties.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# "Translate this page" creates a draft (Danish text until translated), never a live page: a
# translation goes live through the moderation workflow (home/translation_review.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# ASCII page slugs, with Danish transliteration (æ -> ae, ø -> oe, å -> aa): home/slugs.py.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
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


# The host names of the Wagtail sites, which make every absolute URL (sitemap, hreflang, the
# API): SITE_HOSTNAME for the default site, SITE_HOSTNAMES="<site name>=<host>[:port],..." for
# each further site (by its Site record's name; "default" is the default site). Without a port,
# 443 (https). `manage.py configure_sites` writes them into the Site records; the deploy runs it
# after `migrate`, and `make run` with the address it serves.
def _site_hostnames():
    hostnames = {}
    for item in env_list("SITE_HOSTNAMES", []):
        name, separator, host = item.partition("=")
        if not separator or not name.strip() or not host.strip():
            raise ImproperlyConfigured(
                f"SITE_HOSTNAMES entry {item!r} is not <site name>=<host>[:port]."
            )
        hostnames[name.strip().lower()] = host.strip()
    if os.environ.get("SITE_HOSTNAME", "").strip():
        hostnames["default"] = os.environ["SITE_HOSTNAME"].strip()
    return {
        name: host if ":" in host.rstrip("]").rsplit("]", 1)[-1] else f"{host}:443"
        for name, host in hostnames.items()
    }


SITE_HOSTNAMES = _site_hostnames()

LOGIN_URL = "wagtailadmin_login"
# Where a login ends when its `next` is missing or points elsewhere (wagtail-2fa's code form
# falls back to this): the admin's dashboard, not Django's /accounts/profile/.
LOGIN_REDIRECT_URL = "wagtailadmin_home"

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

# All of the site's e-mail (moderation notifications, confirmations, relayed messages) goes
# into one stored outbox, django-mailer's queue in the database: sending a message only stores
# it, so a form's submission never depends on the mail server. `manage.py outbox` delivers the
# queue through MAILER_EMAIL_BACKEND and retries what the mail server refused (`make run` runs
# it beside the development server; production runs it as a service, docs/deployment.md).
# EMAIL_BACKEND in the environment names the delivering backend; the console backend prints
# messages, so nothing leaves a development machine until it is set to SMTP.
EMAIL_BACKEND = "mailer.backend.DbBackend"
MAILER_EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# A deferred message (the mail server refused or was down) is queued again after this many
# seconds by `manage.py outbox`.
OUTBOX_RETRY_SECONDS = int(os.environ.get("OUTBOX_RETRY_SECONDS", "300"))
# The outbox's process lock is the database's (several app servers may run the worker).
MAILER_USE_FILE_LOCK = False
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

# --- Forms sent by the public (haderslev_site.public_forms) -------------------------------------
# Seconds a person needs at least between seeing a form and sending it (robots are faster).
PUBLIC_FORM_MIN_SECONDS = float(os.environ.get("PUBLIC_FORM_MIN_SECONDS", "3"))
# Rate limits count in the "ratelimit" cache, which is the database (see CACHES), so they hold
# when Redis is down and across app servers.
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_IP_META_KEY = "haderslev_site.security.client_ip_address"
# Sign-ups for events and editor-built forms: submissions per hour per client address and per
# e-mail address before the form asks the sender to wait.
EVENT_REGISTRATION_RATE = os.environ.get("EVENT_REGISTRATION_RATE", "10/h")
FORM_SUBMISSION_RATE = os.environ.get("FORM_SUBMISSION_RATE", "10/h")
# Personal data in registrations is blanked this many days after the event, and editor-built
# forms' submissions are deleted this many days after they came in (`manage.py
# purge_personal_data`, run daily; docs/deployment.md).
EVENT_REGISTRATION_RETENTION_DAYS = int(os.environ.get("EVENT_REGISTRATION_RETENTION_DAYS", "30"))
FORM_SUBMISSION_RETENTION_DAYS = int(os.environ.get("FORM_SUBMISSION_RETENTION_DAYS", "180"))

# --- Frivilligbørsen, the volunteers' meeting place (volunteering/) ----------------------------
# Its own Wagtail Site (hostname set in the admin under Settings > Sites; docs/deployment.md).
# The host name `seed_content` gives the Site when it creates it (editors may change it later);
# browsers resolve every *.localhost name to this machine, so development needs no DNS.
VOLUNTEERING_SITE_HOSTNAME = os.environ.get(
    "VOLUNTEERING_SITE_HOSTNAME", "frivilligboers.localhost"
)
# Rate limits per client address and per e-mail address: posts, messages to a poster, reports.
VOLUNTEERING_POST_RATE = os.environ.get("VOLUNTEERING_POST_RATE", "5/h")
VOLUNTEERING_ANSWER_RATE = os.environ.get("VOLUNTEERING_ANSWER_RATE", "10/h")
VOLUNTEERING_REPORT_RATE = os.environ.get("VOLUNTEERING_REPORT_RATE", "10/h")
# Hours a confirmation link works; links (http://, www.) a post's or a message's text may hold.
VOLUNTEERING_CONFIRM_HOURS = int(os.environ.get("VOLUNTEERING_CONFIRM_HOURS", "48"))
VOLUNTEERING_MAX_LINKS = int(os.environ.get("VOLUNTEERING_MAX_LINKS", "2"))

# Password reset e-mails an editor may ask for, per client address and per e-mail address.
PASSWORD_RESET_RATE_LIMIT = os.environ.get("PASSWORD_RESET_RATE_LIMIT", "5/h")

# Every new image needs alternative text (the image's "description").
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.ImageForm"

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

# =============================================================================================
# Production hardening, caching and scale-out. Everything below is configured by
# environment variables; see docs/deployment.md. Defaults are safe for development and tests.
# =============================================================================================

INSTALLED_APPS += [
    # Project infrastructure: page cache invalidation, CDN purge, health check, templates.
    "haderslev_site.apps.SiteConfig",
    "wagtail.contrib.frontend_cache",
    # Login throttling and lockout; two-factor authentication for editors.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_2fa",
    "csp",
    # The stored outbox every e-mail goes through (see EMAIL_BACKEND).
    "mailer",
]

# Outermost first. The request log wraps everything, so even a 503 or a health check is logged
# with its request id; security headers are added to every response, static files included;
# the page cache answers before sessions, CSRF and authentication are touched.
MIDDLEWARE = [
    "haderslev_site.middleware.HeadRequestMiddleware",
    "haderslev_site.middleware.RequestLogMiddleware",
    "haderslev_site.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "haderslev_site.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "haderslev_site.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "haderslev_site.middleware.PageCacheMiddleware",
    "haderslev_site.middleware.ReadReplicaMiddleware",
    "home.middleware.ChromeCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, except that a 404 under /api/, /admin/ or /documents/ stays a
    # 404 instead of a redirect to /da/... (home/middleware.py).
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wagtail_2fa.middleware.VerifyUserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

# --- Database: persistent connections that survive a PostgreSQL restart, optional replica -----
# CONN_HEALTH_CHECKS makes Django test a reused connection before each request, so a restarted
# database is reconnected to without restarting the app.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")
    )

DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=DATABASES["default"].get("CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
    # In tests the replica is the default database (there is no replication to wait for).
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["haderslev_site.db_router.ReadReplicaRouter"]
# The replica serves anonymous reads only while it is at most this far behind (checked once a
# second per process); pages rendered from it stay in the page cache this long at most.
REPLICA_MAX_LAG_SECONDS = float(os.environ.get("REPLICA_MAX_LAG_SECONDS", "5"))
REPLICA_CHECK_SECONDS = float(os.environ.get("REPLICA_CHECK_SECONDS", "1"))
REPLICA_PAGE_CACHE_SECONDS = int(os.environ.get("REPLICA_PAGE_CACHE_SECONDS", "30"))
# After content changes, each process reads from the primary this long (the replica catches up).
REPLICA_FRESH_SECONDS = float(os.environ.get("REPLICA_FRESH_SECONDS", "2"))

# --- Caches: Redis when REDIS_URL is set, local memory otherwise -------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "medborgerskab")
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))

# Rate-limit counters for the public forms and the API live in the database (a cache table made
# by `manage.py createcachetable`, which `make` runs after migrating): they must hold when Redis
# is down and be shared by every app server.
RATELIMIT_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "rate_limit_counters",
    "OPTIONS": {"MAX_ENTRIES": 100_000, "CULL_FREQUENCY": 4},
}

# A Redis outage: this process stops asking Redis for CACHE_RETRY_SECONDS after a failure and
# serves as if the cache were empty; the outage is logged once per CACHE_OUTAGE_LOG_SECONDS
# (haderslev_site.redis_cache).
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", "10"))
CACHE_OUTAGE_LOG_SECONDS = float(os.environ.get("CACHE_OUTAGE_LOG_SECONDS", "60"))


def redis_caches(url):
    """CACHES for a shared Redis at `url`: the default cache, renditions and pages, each with a
    key prefix of its own; rate limits stay in the database."""

    def redis_cache(prefix, timeout=300):
        return {
            "BACKEND": "haderslev_site.redis_cache.CircuitBreakerRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:{prefix}",
            "TIMEOUT": timeout,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
        }

    return {
        "default": redis_cache("default"),
        "renditions": redis_cache("renditions", timeout=24 * 3600),
        "pagecache": redis_cache("pages", timeout=PAGE_CACHE_TIMEOUT),
        "ratelimit": RATELIMIT_CACHE,
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
    # Pages and their generation counter live in the same shared Redis.
    PAGE_CACHE_GENERATION_ALIAS = "pagecache"
else:
    import tempfile as _tempfile

    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
        "pagecache": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "TIMEOUT": PAGE_CACHE_TIMEOUT,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        "ratelimit": RATELIMIT_CACHE,
        # Local memory is per process: the generation counter that invalidates cached pages
        # after a publish lives in a file, so every gunicorn worker on this host sees it.
        "pagecache_generation": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get(
                "PAGE_CACHE_GENERATION_DIR",
                str(Path(_tempfile.gettempdir()) / f"{CACHE_KEY_PREFIX}-page-generation"),
            ),
            "TIMEOUT": None,
        },
    }
    PAGE_CACHE_GENERATION_ALIAS = "pagecache_generation"

# --- Page cache for anonymous readers (see haderslev_site.cache) ------------------------------
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
# The site chrome (site, locale, navigation, breadcrumbs, translations, footer settings),
# cached per page-cache generation for readers even when a page is rendered (home/chrome.py).
CHROME_CACHE_ENABLED = env_bool("CHROME_CACHE", True)
PAGE_CACHE_ALIAS = "pagecache"
# Never cached, whoever asks.
PAGE_CACHE_EXCLUDED_PATH_PREFIXES = [
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/api/",
    STATIC_URL,
    MEDIA_URL,
]
# Query parameters that select content: the search (q, kind, petal), pagination (page; the
# events list's side) and the filters of the pools (tema, ansoeger), events (tema), local councils
# (omraade) and the funding guide (hvem, formaal, hvornaar). Each combination is cached as a page
# of its own. A request carrying any other parameter is served uncached...
PAGE_CACHE_QUERY_PARAMETERS = env_list(
    "PAGE_CACHE_QUERY_PARAMETERS",
    ["q", "query", "page", "kind", "petal", "side", "tema", "ansoeger", "omraade", "kategori"]
    + ["hvem", "formaal", "hvornaar"],
)
# ... except these, which say where a reader came from, not what they asked for: such a request
# is served the page cached for its URL without them (never stored under it, see
# haderslev_site.cache.tracking_parameters). Any name starting with utm_ counts too.
PAGE_CACHE_TRACKING_PARAMETERS = env_list(
    "PAGE_CACHE_TRACKING_PARAMETERS",
    ["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid"]
    + ["yclid", "_ga", "_gl", "ref_src"],
)
PAGE_CACHE_MAX_QUERY_LENGTH = 200
# What is cached from rendering (pages, chrome, API and search results) is keyed on the release
# as well as the generation, so a deploy never serves what other code rendered or stored (old
# markup, a value of another shape, hashed static files that are gone). RELEASE names it (e.g. the
# git commit, set by the deploy); without it, a fingerprint of the code, templates, translations
# and static files (haderslev_site.cache.release).
RELEASE = os.environ.get("RELEASE", "")
# Models of these apps (and of every project app) do not affect what readers see.
# The search statistics are written while a search page renders: they must not invalidate.
PAGE_CACHE_IGNORED_MODELS = env_list(
    "PAGE_CACHE_IGNORED_MODELS",
    ["home.CustomRendition", "initiatives.EventRegistration", "search.DailySearchOutcome"],
)

# Cache-Control for public pages. Browsers revalidate every time by default (ETag makes that a
# cheap 304), so a reader never sees a stale page after a publish; a CDN may keep pages for
# CACHE_CDN_MAX_AGE seconds only when it is purged on publish (WAGTAILFRONTENDCACHE below).
CACHE_BROWSER_MAX_AGE = int(os.environ.get("CACHE_BROWSER_MAX_AGE", "0"))

# --- CDN purge on publish (wagtail.contrib.frontend_cache) ------------------------------------
FRONTEND_CACHE_BACKEND = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
if FRONTEND_CACHE_BACKEND == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ.get("CLOUDFLARE_ZONEID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND == "http":
    # Varnish, nginx proxy_cache with a PURGE handler, Fastly-style HTTP PURGE.
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ.get("FRONTEND_CACHE_LOCATION", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND:
    from django.core.exceptions import ImproperlyConfigured as _ImproperlyConfigured

    raise _ImproperlyConfigured(
        f"FRONTEND_CACHE_BACKEND={FRONTEND_CACHE_BACKEND!r} is not one of "
        "'cloudflare', 'cloudfront' or 'http'."
    )
if FRONTEND_CACHE_BACKEND:
    WAGTAILFRONTENDCACHE_LANGUAGES = []  # URLs carry their language already (/da/, /en/)
CACHE_CDN_MAX_AGE = int(
    os.environ.get("CACHE_CDN_MAX_AGE", "3600" if FRONTEND_CACHE_BACKEND else "0")
)

# --- Media on S3-compatible storage (django-storages) -----------------------------------------
# An optional extra: pip install -c requirements.lock -e ".[s3]" (django-storages and boto3).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    import importlib.util as _importlib_util

    _missing = [name for name in ("storages", "boto3") if _importlib_util.find_spec(name) is None]
    if _missing:
        raise ImproperlyConfigured(
            f"AWS_STORAGE_BUCKET_NAME is set, but {' and '.join(_missing)} is not installed. "
            "S3 media storage is an optional extra: "
            "pip install -c requirements.lock -e '.[s3]'"
        )
    # Credentials come from the standard AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables
    # (or an instance role); they are never written here.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            "default_acl": None,
            "file_overwrite": False,
            # Images are public; documents are streamed through Django (serve_view) so
            # their privacy settings and headers apply.
            "querystring_auth": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

# The search backend (database, or an Elasticsearch/OpenSearch cluster) is chosen by
# SEARCH_BACKEND and SEARCH_URL above.

# --- Security headers on every response -------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview views set SAMEORIGIN themselves; everything else may not be framed.
X_FRAME_OPTIONS = "DENY"

from csp.constants import NONCE as _CSP_NONCE  # noqa: E402

_CSP_SELF = "'self'"
_CSP_NONE = "'none'"
_CSP_MEDIA_SOURCES = [
    f"https://{host}"
    for host in [os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")] + env_list("CSP_MEDIA_HOSTS", [])
    if host
]
# The reader-facing policy: no inline script or style, no eval, nothing from elsewhere except
# media hosts and embeds an operator lists. Scripts that must be inline use the CSP nonce
# ({{ request.csp_nonce }}), which the page cache renews on every hit.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_CSP_SELF],
        # The nonce appears only in responses that used {{ request.csp_nonce }}.
        "script-src": [_CSP_SELF, _CSP_NONCE],
        "style-src": [_CSP_SELF, _CSP_NONCE],
        "img-src": [_CSP_SELF, "data:", *_CSP_MEDIA_SOURCES],
        "media-src": [_CSP_SELF, *_CSP_MEDIA_SOURCES],
        "font-src": [_CSP_SELF],
        "connect-src": [_CSP_SELF],
        "frame-src": [_CSP_SELF, *env_list("CSP_FRAME_SOURCES", [])],
        "object-src": [_CSP_NONE],
        "base-uri": [_CSP_SELF],
        "form-action": [_CSP_SELF],
        "frame-ancestors": [_CSP_NONE],
    },
}
# Wagtail 7's admin still uses inline styles and a few inline scripts, and shows page previews
# in a same-origin frame: /admin/ (and only /admin/) gets these relaxations.
CSP_ADMIN_OVERRIDES = {
    "script-src": [_CSP_SELF, "'unsafe-inline'"],
    "style-src": [_CSP_SELF, "'unsafe-inline'"],
    "img-src": [_CSP_SELF, "data:", "blob:", *_CSP_MEDIA_SOURCES],
    "frame-ancestors": [_CSP_SELF],
}
CSP_ADMIN_PATH_PREFIX = "/admin/"

PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}

# No third-party requests from the admin: avatars are not fetched from Gravatar, and the
# dashboard does not ask releases.wagtail.org for new versions (the CSP blocked it anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Editors' accounts: throttled logins, two factors, expiring sessions ----------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))  # hours
# Lock the pair (username, address): a typo in the town hall does not lock out colleagues
# behind the same address, and an attacker cannot lock an editor out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "haderslev_site/lockout.html"
AXES_HTTP_RESPONSE_CODE = 429
# Logs carry no personal data: no usernames, addresses or browsers in axes' log lines, and
# successful logins are not recorded.
AXES_CLIENT_STR_CALLABLE = "haderslev_site.security.axes_client_str"
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password"]
# Behind PROXY_COUNT trusted proxies (load balancer, CDN) the client's address is taken from
# X-Forwarded-For, counting from the right, so a client cannot forge it.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "haderslev_site.security.client_ip_address"

# Editors must set up an authenticator app (TOTP) before they can use the admin.
WAGTAIL_2FA_REQUIRED = env_bool("WAGTAIL_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 3600)))  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Wagtail's admin reads the CSRF token from the page, not the cookie.
CSRF_COOKIE_HTTPONLY = True
# A refused form gets the site's 403 page in the reader's language, not Django's technical one.
CSRF_FAILURE_VIEW = "haderslev_site.views.csrf_failure"

# --- Uploads: size and type limits; documents always download, never render ------------------
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No SVG: it can carry script.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "haderslev_site.security.DocumentForm"
# Documents go through Django (never a redirect to the bucket), so the headers below apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "txt": "text/plain",
    "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# --- Logging: one JSON object per line on stdout, no personal data -----------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "haderslev_site.log.RequestIdFilter"},
        # No query strings in any record (django.request's too): a search may hold a CPR number.
        "privacy": {"()": "haderslev_site.log.PrivacyFilter"},
        "short_line": {"()": "haderslev_site.log.ShortLineFilter"},
    },
    "formatters": {"json": {"()": "haderslev_site.log.JSONFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["request_id", "privacy"],
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # The request log line (haderslev_site.request) replaces Django's own 4xx/5xx lines,
        # except for errors, which keep their traceback.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        # A bad Host header (scanners send them all day): one short line, no traceback.
        "django.security.DisallowedHost": {"level": "ERROR", "filters": ["short_line"]},
        # Wagtail's background tasks (search index, reference index, CDN purge) run in the
        # request by default; their runner logs two lines per task at INFO, a dozen per publish.
        # Failures are still logged (as errors).
        "django_tasks": {"level": "WARNING"},
        # django-mailer logs every recipient's address at INFO ("sending message ... to ...").
        "mailer": {"level": "WARNING"},
    },
}
