from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinksConfig(AppConfig):
    """Where citizens act: the external services pages send them to, and the link checker."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "links"
    verbose_name = _("Eksterne tjenester")
