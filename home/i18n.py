"""Which languages a page exists in: shared by the template tags, the views and the sitemap.

A page "exists" in a language when a live translation of it in that locale is a real page. Alias
pages (which wagtail-localize creates for untranslated parents, showing the source's content) do
not count: they are never listed in the switcher, hreflang or the sitemap.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
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


# --- Links to pages that may not exist in the reader's language ---------------------------------

# Where a page is missing in the reader's language, a link leads to it in the first of these that
# exists: English (every seeded page has it), then the Danish source.
FALLBACK_LANGUAGES = ("en", settings.LANGUAGE_CODE)

# The visible mark beside such a link, in the reader's language, e.g. "(auf Englisch)".
IN_LANGUAGE = {"en": _("(på engelsk)"), "da": _("(på dansk)")}

# The notice above a group of such links (the flower, the citizens' tools).
FALLBACK_NOTICES = {
    "en": _(
        "Ikke alle sider findes endnu på dit sprog. Hvor en side mangler, fører linket til "
        "siden på engelsk."
    ),
    "da": _(
        "Ikke alle sider findes endnu på dit sprog. Hvor en side mangler, fører linket til "
        "siden på dansk."
    ),
}


@dataclass(frozen=True)
class LinkedVersion:
    """The version of a page a link leads to, for a reader of `reader_language`."""

    page: Page
    language_code: str
    reader_language: str

    @property
    def is_fallback(self) -> bool:
        """True when the page is in another language than the reader's (mark it with lang,
        hreflang and `in_language`)."""
        return self.language_code != self.reader_language

    @property
    def in_language(self):
        return IN_LANGUAGE.get(self.language_code, LANGUAGE_NAMES.get(self.language_code, ""))

    @property
    def notice(self):
        return FALLBACK_NOTICES.get(self.language_code, "")


def reader_versions(pages, locale: Locale, model=None) -> list[LinkedVersion]:
    """For each page (in any language), the live version to link to for a reader in `locale`:
    the page in that language where it exists, else in FALLBACK_LANGUAGES' order. No query
    when every page is in `locale` already (give it live pages). Pages with no live version are
    left out; the order of `pages` is kept. Otherwise one query with `model` (a single page type,
    with its own fields), or one per page type without it."""
    pages = list(pages)
    if not pages:
        return []
    language = locale.language_code
    order = [language, *(code for code in FALLBACK_LANGUAGES if code != language)]
    keys = [page.translation_key for page in pages]
    if all(page.locale_id == locale.pk for page in pages):
        return [LinkedVersion(page, language, language) for page in pages]
    queryset = (
        (model or Page)
        .objects.live()
        .filter(alias_of__isnull=True, translation_key__in=keys, locale__language_code__in=order)
    )
    queryset = queryset.select_related("locale")
    if model is None:
        queryset = queryset.specific()
    best: dict = {}
    for page in queryset:
        rank = order.index(page.locale.language_code)
        if page.translation_key not in best or rank < best[page.translation_key][0]:
            best[page.translation_key] = (rank, page)
    versions = []
    for key in dict.fromkeys(keys):
        if key in best:
            page = best[key][1]
            versions.append(LinkedVersion(page, page.locale.language_code, language))
    return versions


def source_locale(request=None) -> Locale:
    """The source (Danish) Locale, cached with the chrome for readers."""
    from home import chrome

    request = request if request is not None else chrome.current_request.get()
    return chrome.cached(request, "source-locale", [], Locale.get_default)


def in_own_language(pages, locale: Locale) -> list[LinkedVersion]:
    """Pages that are in `locale` already, as LinkedVersions (no query)."""
    return [LinkedVersion(page, locale.language_code, locale.language_code) for page in pages]


def fallback_notices(versions) -> list:
    """The notices for the languages a group of links falls back to (none if all are in the
    reader's language), in FALLBACK_LANGUAGES' order."""
    used = {version.language_code for version in versions if version.is_fallback}
    return [FALLBACK_NOTICES[code] for code in FALLBACK_LANGUAGES if code in used]
