"""Cheap, deterministic settings for the test suite."""

from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1", "frivilligboers.localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "renditions", "pagecache")
}
# Rate limits count in the database, as in production (the test database gets the table).
CACHES["ratelimit"] = RATELIMIT_CACHE
PAGE_CACHE_GENERATION_ALIAS = "pagecache"
# Off unless a test is about it (tests/site switch each on with the `settings` fixture):
# - the page cache, so a test that edits rows directly never reads a page cached by another;
# - 2FA, so admin tests can use force_login without an authenticator device;
# - axes, whose backend refuses client.login() (it has no request to throttle by).
PAGE_CACHE_ENABLED = False
# The chrome cache (home/chrome.py) too: tests that count queries as content grows measure the
# database path; tests/site switch it on (the `chrome_cache` and `page_cache` fixtures).
CHROME_CACHE_ENABLED = False
WAGTAIL_2FA_REQUIRED = False
AXES_ENABLED = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MEDIA_ROOT = BASE_DIR / ".test-media"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# On PostgreSQL, commits need not wait for the disk: a crash loses only a test database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"]["options"] = "-c synchronous_commit=off"
