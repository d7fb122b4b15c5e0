"""Signal receivers for localisation, connected in `HomeConfig.ready`.

- Publishing a Danish page (or publishing/saving a translatable snippet) re-syncs its
  synchronised translations as drafts: new segments reach the translators, and each translated
  page gets a draft with the new content and is marked out of date, nothing published
  (`home.localisation.resync_translations`). The update goes live through review.
- A new locale tree (a translation of the home page) gets its translator group's permissions.
"""

from django.db.models.signals import post_save
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import published

from .localisation import resync_translations
from .translators import grant_translator_permissions


def resync_on_publish(sender, instance, revision=None, **kwargs):
    if isinstance(instance, TranslatableMixin):
        resync_translations(instance, user=getattr(revision, "user", None))


def grant_permissions_on_new_locale_root(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        grant_translator_permissions(instance)


def connect():
    published.connect(resync_on_publish, dispatch_uid="home.resync_on_publish")
    post_save.connect(
        grant_permissions_on_new_locale_root, dispatch_uid="home.grant_translator_permissions"
    )
