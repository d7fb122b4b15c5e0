"""The editors' side: groups scoped to one local council or one twin town, and Danish as every
new user's admin language.

The site-wide roles ("Redaktører", "Moderatorer") and the workflow "Redaktionel godkendelse" are
data, created by the migration `home/migrations/0003_editorial_roles.py`. The groups here depend
on pages that only exist once content is seeded or written, so they are kept in step with the
pages instead: by `seed_content` (the seeder at the bottom, order 110) and whenever a page of one
of these types is published.

- "Lokalråd: <rådets navn>": may edit its council page (no publishing: changes go to the
  moderators through the workflow). Nothing else. The group holds "add" on the page too, but a
  council page takes no subpages, so there is nothing it can create.
- "Venskabsby: <by>": the same on its town page (which takes no subpages either), plus editing
  rights on the projects the town takes part in, and on the translations of the town page and
  those projects into the town's own language (each locale is a separate page tree under the
  root, so translating a page means editing its copy in that locale's tree). Not their English
  versions, nor any other language's. Creating new translations of other pages is the
  localisation issue's translator groups' job ("Oversættere, <sprog>").

Page types of apps that are not installed yet are skipped, so this works before and after the
councils and twin-towns apps are merged.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.signals import page_published
from wagtail.users.models import UserProfile

EDITORS = "Redaktører"
MODERATORS = "Moderatorer"
WORKFLOW = "Redaktionel godkendelse"

# Languages nobody in a twin town writes in: a town's own language is the one its page is
# translated into besides these (used when the town page has no language field).
SHARED_LANGUAGES = {"da", "en"}


@dataclass(frozen=True)
class ScopedRole:
    """A group per page of `model` (in the source locale), named "<prefix>: <page title>"."""

    model: str
    prefix: str
    page_permissions: tuple[str, ...] = ("add_page", "change_page")
    # Pages of this type that link to the scoped page (by a many-to-many or an inline) are
    # editable by its group as well, e.g. the projects a twin town takes part in.
    linked_model: str | None = None
    linked_page_permissions: tuple[str, ...] = ("change_page",)
    # Grant the same rights on the translations into the scoped page's own language.
    own_language_translations: bool = False
    # Images and documents: upload (and edit one's own uploads) and choose in the page editor.
    collection_permissions: tuple[str, ...] = (
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    )


SCOPED_ROLES = [
    ScopedRole(model="initiatives.LocalCouncilPage", prefix="Lokalråd"),
    ScopedRole(
        model="twin_towns.TwinTownPage",
        prefix="Venskabsby",
        linked_model="twin_towns.TwinTownProjectPage",
        own_language_translations=True,
    ),
]


def _model(label: str | None):
    if not label:
        return None
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _permission(label: str) -> Permission:
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return _permission(f"wagtailcore.{codename}")


def source_locale_pages(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path")


def _link_paths(linked_model, scoped_model) -> list[str]:
    """The lookups from `linked_model` to a page of `scoped_model`: its many-to-many fields, and
    inlines (a child object with a foreign key to the scoped page's type) as "inline__field"."""
    paths = []
    for field in linked_model._meta.get_fields():
        related = getattr(field, "related_model", None)
        if related is None:
            continue
        if field.many_to_many and not field.auto_created and issubclass(scoped_model, related):
            paths.append(field.name)
        elif field.one_to_many and field.auto_created:
            # An inline: `field.remote_field` is its ParentalKey; look for a foreign key in the
            # inline model that points at the scoped page's type.
            paths.extend(
                f"{field.name}__{inline_field.name}"
                for inline_field in related._meta.get_fields()
                if isinstance(inline_field, models.ForeignKey)
                and inline_field is not field.remote_field
                and issubclass(scoped_model, inline_field.related_model)
            )
    return paths


def linked_pages(scoped_page: Page, linked_model) -> list[Page]:
    """Pages of `linked_model` in the scoped page's locale (Danish) that point at `scoped_page`
    by a many-to-many field or through an inline.

    Only the scoped page's locale: a synchronised link is copied as it is into every translation
    (the English project's `towns` still name the Danish Varberg page), so without this filter the
    town's group would edit the project in every language. Translations in the town's own
    language are added by `sync_scoped_page`."""
    found = linked_model.objects.none()
    for path in _link_paths(linked_model, type(scoped_page)):
        found |= linked_model.objects.filter(**{path: scoped_page})
    return list(found.filter(locale_id=scoped_page.locale_id).distinct().order_by("path"))


def own_language(page: Page) -> str | None:
    """The scoped page's own language: a `language`/`language_code` field holding one of the
    site's language codes; otherwise the one language (besides Danish and English) the page has
    been translated into."""
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    for name in ("language", "language_code"):
        value = getattr(page, name, None)
        if isinstance(value, str) and value in codes:
            return value
    languages = (
        set(page.get_translations().values_list("locale__language_code", flat=True))
        - SHARED_LANGUAGES
    )
    return languages.pop() if len(languages) == 1 else None


def _group_for(role: ScopedRole, page: Page, report=None) -> Group:
    """The role's group for `page`: the group of that name, else the role's group holding the
    role's own page permissions on this page (the page was renamed: the group follows), else a
    new group."""
    name = f"{role.prefix}: {page.title}"[:150]
    group = Group.objects.filter(name=name).first()
    if group is None:
        wanted = set(role.page_permissions)
        for candidate in Group.objects.filter(
            name__startswith=f"{role.prefix}: ", page_permissions__page=page
        ).distinct():
            held = set(
                candidate.page_permissions.filter(page=page).values_list(
                    "permission__codename", flat=True
                )
            )
            if wanted <= held:
                group = candidate
                group.name = name
                group.save(update_fields=["name"])
                _report(report, True, f"gruppe omdøbt: {name}")
                break
    if group is None:
        group = Group.objects.create(name=name)
        _report(report, True, f"gruppe: {name}")
    else:
        _report(report, False, f"gruppe: {name}")
    return group


def _report(report, created: bool, label: str) -> None:
    if report is not None:
        report.add(created, label)


def _grant_pages(group, pages, codenames, report=None) -> None:
    for page in pages:
        for codename in codenames:
            _, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_page_permission(codename)
            )
            _report(report, created, f"{group.name}: {codename} på {page.title}")


def _translations_in(pages, language: str | None) -> list[Page]:
    if not language:
        return []
    found = []
    for page in pages:
        found.extend(page.get_translations().filter(locale__language_code=language))
    return found


def sync_scoped_page(role: ScopedRole, page: Page, report=None) -> Group:
    """Create or refresh the role's group for one page. Adds what is missing; the only thing it
    takes away is access to linked pages (projects) that no longer link to the page."""
    group = _group_for(role, page, report)
    access_admin = _permission("wagtailadmin.access_admin")
    if not group.permissions.filter(pk=access_admin.pk).exists():
        group.permissions.add(access_admin)
    root_collection = Collection.get_first_root_node()
    for label in role.collection_permissions:
        _, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(label)
        )
        _report(report, created, f"{group.name}: {label}")

    language = own_language(page) if role.own_language_translations else None
    own_pages = [page, *_translations_in([page], language)]
    _grant_pages(group, own_pages, role.page_permissions, report)

    linked_model = _model(role.linked_model)
    if linked_model is not None:
        linked = linked_pages(page, linked_model)
        linked_with_translations = [*linked, *_translations_in(linked, language)]
        _grant_pages(group, linked_with_translations, role.linked_page_permissions, report)
        stale = GroupPagePermission.objects.filter(
            group=group,
            page__content_type=ContentType.objects.get_for_model(linked_model),
        ).exclude(page__in=[p.pk for p in [*own_pages, *linked_with_translations]])
        if stale.exists():
            _report(report, True, f"{group.name}: fjernet adgang til {stale.count()} sider")
            stale.delete()
    return group


def sync_scoped_role(role: ScopedRole, report=None) -> None:
    model = _model(role.model)
    if model is None:
        return
    for page in source_locale_pages(model):
        sync_scoped_page(role, page, report)


def sync_scoped_groups(report=None) -> None:
    for role in SCOPED_ROLES:
        sync_scoped_role(role, report)


def seed_editorial_groups(report) -> None:
    """Seeder (order 110, after the pages and their translations exist)."""
    sync_scoped_groups(report)


def scoped_pages_concerned(role: ScopedRole, page: Page) -> list[Page]:
    """The role's pages (in the source locale) whose group a publish of `page` may change: the
    scoped page itself (or the source of its translation); for a linked page (a project), the
    scoped pages it links to now and those whose groups hold rights on it (a link removed)."""
    model = _model(role.model)
    if model is None:
        return []
    scoped = source_locale_pages(model)
    if isinstance(page, model):
        return list(scoped.filter(translation_key=page.translation_key))
    linked_model = _model(role.linked_model)
    if linked_model is None or not isinstance(page, linked_model):
        return []
    versions = linked_model.objects.filter(translation_key=page.translation_key)
    ids = set()
    for path in _link_paths(linked_model, model):
        ids.update(versions.values_list(path, flat=True))
    holding = GroupPagePermission.objects.filter(
        page__in=versions, group__name__startswith=f"{role.prefix}: "
    ).values("group")
    ids.update(
        GroupPagePermission.objects.filter(
            group__in=holding, page__content_type=ContentType.objects.get_for_model(model)
        ).values_list("page_id", flat=True)
    )
    ids.discard(None)
    return list(scoped.filter(pk__in=ids))


@receiver(page_published)
def refresh_scoped_groups_on_publish(sender, instance, **kwargs):
    """A new council, town, project or translation of one gets its group's rights at once; only
    the groups the published page concerns are refreshed."""
    for role in SCOPED_ROLES:
        for page in scoped_pages_concerned(role, instance):
            sync_scoped_page(role, page)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def danish_admin_by_default(sender, instance, created, raw=False, **kwargs):
    """A new user's admin is in Danish, whatever their browser asks for; they can choose
    another language under "Konto" > "Sprog og område"."""
    if not created or raw:
        return
    profile = UserProfile.get_for_user(instance)
    if not profile.preferred_language:
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save(update_fields=["preferred_language"])
