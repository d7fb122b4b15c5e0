from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Søgning")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction, get_page_models
        from wagtail.signals import page_published, page_unpublished

        from .cache import content_changed

        # Cached search results and suggestions derive from the pages and who may see them.
        for model in [*get_page_models(), PageViewRestriction]:
            post_save.connect(content_changed, sender=model, dispatch_uid=f"search-{model}-s")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"search-{model}-d")
        page_published.connect(content_changed, dispatch_uid="search-page-published")
        page_unpublished.connect(content_changed, dispatch_uid="search-page-unpublished")
