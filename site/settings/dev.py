"""Local development: DEBUG on, a fixed insecure key, e-mail printed by the outbox worker."""

from .base import *

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", ".localhost"])
# Every e-mail is stored in the outbox; `make run`'s outbox worker prints it on the console.
MAILER_EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Developers see template changes at once (PAGE_CACHE=1 to try the page cache), and the dev
# admin from `make run` works without an authenticator app (WAGTAIL_2FA_REQUIRED=1 to try it).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)
WAGTAIL_2FA_REQUIRED = env_bool("WAGTAIL_2FA_REQUIRED", False)

# A terminal, not a log collector: readable lines instead of production's JSON (site/log.py),
# runserver's own line per request, and Wagtail's line per created or published page only with
# LOG_LEVEL=INFO (seeding writes hundreds).
LOGGING["formatters"]["console"] = {"format": "%(levelname)s %(name)s: %(message)s"}
LOGGING["handlers"]["stdout"]["formatter"] = "console"
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING["loggers"]["django"] = {"level": "WARNING"}  # without Django's own console handler
LOGGING["loggers"]["django.server"] = {"level": "INFO", "handlers": ["stdout"], "propagate": False}
