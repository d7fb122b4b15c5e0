"""Which languages a page exists in: shared by the template tags, the views and the sitemap.

A page "exists" in a language when a live translation of it in that locale is a real page. Alias
pages (which wagtail-localize creates for untranslated parents, showing the source's content) do
not count: they are never listed in the switcher, hreflang or the sitemap.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page

LANGUAGE_NAMES = dict(settings.LANGUAGES)
LANGUAGE_ORDER = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}


def active_locale(request=None) -> Locale:
    """The Locale of the active language (cached on the request)."""
    language = get_language()
    cached = getattr(request, "_localisation_active_locale", None)
    if cached is not None and cached.language_code == language:
        return cached
    if request is None:
        return Locale.get_active()
    from home import chrome

    locale = request._localisation_active_locale = chrome.active_locale(request)
    return locale


def translation_entry(page, request=None, current=None) -> dict:
    code = page.locale.language_code
    return {
        "page": page,
        "language_code": code,
        "name": LANGUAGE_NAMES.get(code, code),
        "url": page.get_url(request),
        "full_url": page.get_full_url(request),
        "is_current": current is not None and page.pk == current.pk,
    }


def live_translations(page, request=None) -> list[dict]:
    """The page's live, non-alias translations (itself included), in the site's language order.

    One query per page and request: the result is cached on the request, so the `<head>`
    alternates and the header's switcher share it.
    """
    cache = getattr(request, "_localisation_translations", None) if request is not None else None
    if cache is not None and page.pk in cache:
        return cache[page.pk]

    def compute():
        pages = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        return sorted(
            (translation_entry(translation, request, current=page) for translation in pages),
            key=lambda entry: LANGUAGE_ORDER.get(entry["language_code"], len(LANGUAGE_ORDER)),
        )

    if request is None or not page.pk:
        return compute()
    from home import chrome

    # For readers, cached per page-cache generation (home.chrome): the URLs depend on the
    # request's site, which is part of the key.
    site = chrome.site_for_request(request)
    entries = chrome.cached(request, "translations", [page.pk, site.pk if site else "-"], compute)
    if cache is None:
        cache = request._localisation_translations = {}
    cache[page.pk] = entries
    return entries


def is_foreign_alias(page) -> bool:
    """An alias whose content comes from another language (an untranslated parent, say)."""
    return bool(page.alias_of_id) and page.alias_of.locale_id != page.locale_id
