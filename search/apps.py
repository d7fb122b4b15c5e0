from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Cached search results key on the page cache's generation (search/cache.py), so the
    search needs no signals of its own."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Søgning")
