"""Pick the reader's language version of pages and snippets in listings, falling back to Danish.

Twin-town pages are translated one town at a time (Varberg into Swedish, Sandefjord into Bokmål,
...), so a listing in Swedish would miss four of five towns if it showed Swedish pages only. Each
listing therefore shows one version of every item: the one in the page's own locale where it
exists and is live, otherwise the Danish source. Items are matched by Wagtail's
`translation_key`, never duplicated, and every helper here costs a fixed number of queries.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant


def source_language_code() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_locale_or_source(locale_id: int) -> Q:
    """Rows in the given locale or in the source (Danish) locale."""
    return Q(locale_id=locale_id) | Q(locale__language_code=source_language_code())


def pick_versions(objects: Iterable, locale_id: int) -> list:
    """One object per translation_key: the one in `locale_id` if present, else the first seen.

    Give it rows from `in_locale_or_source(locale_id)`, so "the first seen" is the Danish source.
    Order is kept by each key's first appearance.
    """
    chosen = {}
    for obj in objects:
        current = chosen.get(obj.translation_key)
        if current is None or (obj.locale_id == locale_id and current.locale_id != locale_id):
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def localize(objects: Iterable, queryset, locale_id: int) -> list:
    """Replace each object by its translation in `locale_id` from `queryset`, where one exists.

    One query at most, none if every object is already in that locale. `queryset` carries the
    conditions the translation must meet (e.g. `.live()` or `.publishable()`).
    """
    objects = list(objects)
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    if not keys:
        return objects
    found = {
        obj.translation_key: obj
        for obj in queryset.filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]
