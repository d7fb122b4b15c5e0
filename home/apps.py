from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Forside og fælles indhold")

    def ready(self):
        from . import checks, signals  # noqa: F401 (checks registers itself)

        signals.connect()
        # Signal handlers: scoped editor groups, Danish admin for new users, API cache.
        from . import api, editorial  # noqa: F401
