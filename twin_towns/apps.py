from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwinTownsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "twin_towns"
    verbose_name = _("Venskabsbyer")
