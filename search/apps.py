from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Søgning")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from .suggestions import forget_vocabulary

        # The no-hits suggestions come from page titles: forget them when titles may change.
        page_published.connect(forget_vocabulary, dispatch_uid="search-vocabulary-published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search-vocabulary-unpublished")
        post_delete.connect(
            forget_vocabulary, sender=Page, dispatch_uid="search-vocabulary-deleted"
        )
