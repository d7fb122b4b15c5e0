from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Søgning")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.models import PageViewRestriction, get_page_models
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import content_changed
        from .models import SearchSynonym
        from .services import promotions_changed
        from .synonyms import synonyms_changed

        # Cached search results and suggestions derive from the pages and who may see them.
        for model in [*get_page_models(), PageViewRestriction]:
            post_save.connect(content_changed, sender=model, dispatch_uid=f"search-{model}-s")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"search-{model}-d")
        page_published.connect(content_changed, dispatch_uid="search-page-published")
        page_unpublished.connect(content_changed, dispatch_uid="search-page-unpublished")
        # A move changes tree paths: the petals' and the private sections' (both cached).
        post_page_move.connect(content_changed, dispatch_uid="search-page-moved")
        # The set of queries with recommendations is cached too.
        for signal, name in ((post_save, "s"), (post_delete, "d")):
            signal.connect(
                promotions_changed, sender=SearchPromotion, dispatch_uid=f"search-promotion-{name}"
            )
            signal.connect(
                synonyms_changed, sender=SearchSynonym, dispatch_uid=f"search-synonym-{name}"
            )
