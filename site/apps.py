from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project package as an app: it owns no models, only infrastructure that must be
    wired when Django starts (page cache invalidation and CDN purge signals) and templates."""

    name = "haderslev_site"
    label = "haderslev_site"
    verbose_name = "Medborgerskab Haderslev (infrastruktur)"

    def ready(self):
        from . import cache

        cache.connect_signals()
