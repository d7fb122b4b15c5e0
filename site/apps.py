from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project package as an app: infrastructure wired when Django starts (page cache
    invalidation and CDN purge signals), templates, the public forms' idempotency keys
    (models.SubmissionKey), the rate limits' cache table and the outbox command."""

    name = "haderslev_site"
    label = "haderslev_site"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Medborgerskab Haderslev (infrastruktur)"

    def ready(self):
        from . import cache

        cache.connect_signals()
