"""Partner translators: one group per language, allowed to translate into that language only.

Wagtail's page permissions are tree-based, and every locale is its own tree under the root
(the Swedish home page and everything below it). A group with `change` permission on the Swedish
home page can therefore edit Swedish pages (in wagtail-localize's translation editor, since those
pages are synchronised translations) and send them for review ("Send til godkendelse",
`home.translation_review`), and nothing else: no publishing (the moderators approve, as for every
page), no Danish page, no other language, no new pages (no `add`), no deletions, no snippets, no
settings, and no "Translate this page" (that needs the global `wagtail_localize.submit_translation`
permission, which stays with the municipality's editors).

The groups are created by the data migration `home/migrations/0002_translator_groups.py`; their
page permissions are granted whenever a locale's home page appears (`home.signals`), by the
seeder, and by the migration for locale home pages that already exist.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

# Language code -> group name. Keep in step with the data migration (a test checks it).
TRANSLATOR_GROUPS = {
    "en": "Oversættere, engelsk",
    "de": "Oversættere, tysk",
    "sv": "Oversættere, svensk",
    "nb": "Oversættere, norsk",
    "fi": "Oversættere, finsk",
}

# Edit (translate) within their own language's tree; nothing more. Publishing is the moderators'.
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]


def locale_roots():
    """The home page of every locale tree (the children of Wagtail's root)."""
    return Page.objects.filter(depth=2).select_related("locale")


def grant_translator_permissions(page) -> list[str]:
    """Give the translators of `page`'s language edit rights on its tree, if missing."""
    if page.depth != 2:
        return []
    group = Group.objects.filter(name=TRANSLATOR_GROUPS.get(page.locale.language_code)).first()
    if group is None:
        return []
    granted = []
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    ):
        _obj, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )
        if created:
            granted.append(f"permission: {group.name} – {permission.codename} ({page.title})")
    return granted


def ensure_translator_permissions() -> list[str]:
    granted = []
    for page in locale_roots():
        granted += grant_translator_permissions(page)
    return granted
