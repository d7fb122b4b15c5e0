"""Seeded translations and translation sync, all through wagtail-localize's own objects.

Content apps supply their translations as data: each app's `seed` module may export
`TRANSLATIONS = {"en": {"<Danish source segment>": "<English>", ...}, "sv": {...}}`, keyed by the
Danish text of each segment wagtail-localize extracts (a title, an intro, one paragraph or list
item of rich text, a snippet field). `seed_translations` (a seeder at order 100, after all content)
turns them into exactly what an editor's translation would be:

    TranslationSource  (frozen Danish content, one per object)
      -> StringTranslation per translated segment, in the target locale
      -> Translation (enabled: synchronised with the source)
      -> source.create_or_update_translation(locale)   (the translated page or snippet)

so seeded translations show up in wagtail-localize's editor, export to PO files and re-sync when
the Danish page changes, exactly like an editor's.

Which objects get which languages (`target_languages`):
- every live Danish page of the site, and every translatable snippet, into English;
- the home page, the petals and the whole twin-town section (index, towns, projects; page types in
  PARTNER_LANGUAGE_PAGE_MODELS, when their app defines them) also into the partner languages
  (de, sv, nb, fi), and snippets too (the contacts those pages show), each only where the
  catalogue translates it;
- a page that names its own language (a twin-town page's `language_code` / `language`) also into
  that language.
An object is only translated into a language when the catalogue translates it: a page's title,
or every text field of a snippet. Pages an editor made later (no catalogue entry) are left to the
editors, so a re-seed never publishes Danish text as "English". A page is only published when
every one of its segments is translated (and the snippets it uses exist in the language); one
with segments the catalogue lacks is saved as a draft for the translators, its live version (if
any) unchanged (`home.translation_review`). `manage.py translation_coverage` lists the gaps.

Idempotent: existing StringTranslations (an editor's or a previous run's) are never overwritten;
an existing translation is only re-saved when this run added strings to it; a translation an
editor has taken over (sync disabled) or made by hand is left alone.
"""

import html
import logging
import re
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page, Site, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from .seeding import SeedReport, source_locale
from .translation_review import (
    cancel_review_of_incomplete_draft,
    save_translation_draft,
    translation_progress,
)
from .translators import ensure_translator_permissions

logger = logging.getLogger(__name__)

# The partner languages: the German minority and the twin towns (Varberg, Sandefjord, Uusikaupunki,
# Wittenberg). The home page and the whole twin-town section exist in each of them.
PARTNER_LANGUAGES = ["de", "sv", "nb", "fi"]
ENGLISH = "en"

# Page types that exist in every partner language (app label, model name). A model that is not
# installed (yet) is simply skipped.
PARTNER_LANGUAGE_PAGE_MODELS = [
    ("home", "HomePage"),
    ("initiatives", "PetalPage"),
    ("twin_towns", "TwinTownIndexPage"),
    ("twin_towns", "TwinTownPage"),
    ("twin_towns", "TwinTownProjectIndexPage"),
    ("twin_towns", "TwinTownProjectPage"),
]

# Attributes a page may use to name the language it belongs to (a twin-town page's language).
OWN_LANGUAGE_ATTRIBUTES = ("language_code", "language")


# --- The catalogue -----------------------------------------------------------------------------


def collect_translations() -> dict[str, dict[str, str]]:
    """Merge every app's `seed.TRANSLATIONS` (same discovery as `seed_content`'s seeders).

    Should two apps translate the same Danish segment differently, the app listed later in
    INSTALLED_APPS wins (segments are looked up by text, not by app).
    """
    merged: dict[str, dict[str, str]] = {}
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.seed"
        if find_spec(module_name) is None:
            continue
        translations = getattr(import_module(module_name), "TRANSLATIONS", {})
        for language, mapping in translations.items():
            merged.setdefault(language, {}).update(mapping)
    return merged


_TAG_ATTRIBUTES = re.compile(r"<(\w+)(\s[^>]*)?>")
_LINE_BREAK = re.compile(r"<br\s*/?>")
_WRAPPER = re.compile(r"^<(p|li)>(.*)</\1>$", re.DOTALL)


def _strip_wrapper(text: str) -> str:
    """`<p>text</p>` -> `text`: the contract asks for inner text, but be forgiving."""
    text = text.strip()
    match = _WRAPPER.match(text)
    if match and f"<{match.group(1)}" not in match.group(2):
        return match.group(2)
    return text


def normalise(text: str) -> str:
    """The comparable form of a segment: plain or HTML, escaped or not, links or link ids.

    wagtail-localize stores plain-text fields HTML-escaped (`A &amp; B`) and rich text with
    link attributes replaced by ids (`<a id="a1">`); the catalogue is written as the seed code
    reads (`A & B`, `<a href="...">`). Both sides are reduced to the same form.
    """
    text = _LINE_BREAK.sub("\n", _strip_wrapper(text))
    text = _TAG_ATTRIBUTES.sub(r"<\1>", text)
    return " ".join(html.unescape(text).split())


def as_segment_html(translation: str) -> str:
    """A catalogue translation in the form wagtail-localize stores (escaped, links by id)."""
    text = _strip_wrapper(translation)
    try:
        value, _attrs = StringValue.from_source_html(text)
    except ValueError:
        # Not valid inline HTML (e.g. a stray "<"): treat it as plain text.
        value = StringValue.from_plaintext(text)
    return value.data


class TranslationCatalogue:
    """Looks up the translation of a source segment in one language."""

    def __init__(self, translations: dict[str, dict[str, str]]):
        self._index = {
            language: {normalise(source): target for source, target in mapping.items()}
            for language, mapping in translations.items()
        }

    @classmethod
    def from_apps(cls) -> "TranslationCatalogue":
        return cls(collect_translations())

    def languages(self) -> list[str]:
        return list(self._index)

    def lookup(self, language: str, segment_data: str) -> str | None:
        """The translation of a segment's stored data, in wagtail-localize's form, or None."""
        target = self._index.get(language, {}).get(normalise(segment_data))
        return None if target is None else as_segment_html(target)


# --- Which objects go into which languages -------------------------------------------------------


def _content_languages() -> set[str]:
    return {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def _partner_language_models() -> tuple:
    models = []
    for app_label, model_name in PARTNER_LANGUAGE_PAGE_MODELS:
        try:
            models.append(apps.get_model(app_label, model_name))
        except LookupError:
            continue
    return tuple(models)


def own_language(page) -> str | None:
    """The language a page says it belongs to (a twin town's language), if it names one."""
    for attribute in OWN_LANGUAGE_ATTRIBUTES:
        value = getattr(page, attribute, None)
        if isinstance(value, Locale):
            value = value.language_code
        if isinstance(value, str) and value:
            return value
    return None


def target_languages(instance) -> list[str]:
    """The languages the seeder translates this (Danish) object into, in a stable order."""
    languages = [ENGLISH]
    if not isinstance(instance, Page):
        # A snippet is translated only where the catalogue has all its text (see
        # sync_object_translation), so the partner languages get exactly the contacts the
        # twin-town section translates.
        languages += PARTNER_LANGUAGES
    else:
        if isinstance(instance, _partner_language_models()):
            languages += PARTNER_LANGUAGES
        language = own_language(instance)
        if language and language not in languages:
            languages.append(language)
    available = _content_languages() - {settings.LANGUAGE_CODE}
    return [language for language in languages if language in available]


# --- Creating and updating one translation --------------------------------------------------------


def _publish_like_source(obj, source_instance, user=None) -> None:
    """Publish a seeded, completely translated page if its source is live.

    create_or_update_translation(publish=True) publishes on transaction commit; publishing the
    revision here instead keeps seeding synchronous (and testable in a transaction).
    """
    if isinstance(obj, DraftStateMixin) and getattr(source_instance, "live", True):
        revision = obj.get_latest_revision()
        if revision is not None:
            revision.publish(user=user)


def _saves_without_draft(instance) -> bool:
    """`publish` for create_or_update_translation: only draftable objects can be saved as drafts
    (and those are published by `_publish_like_source`); the rest are simply saved."""
    return not isinstance(instance, DraftStateMixin)


def _existing_target(source: TranslationSource, locale: Locale):
    try:
        return source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None


def sync_object_translation(instance, locale: Locale, catalogue: TranslationCatalogue) -> str:
    """Create or complete the translation of `instance` into `locale` from the catalogue.

    Returns what happened: "created", "updated", "unchanged" or "skipped" (not in the catalogue,
    or a translation that editors manage by hand).
    """
    language = locale.language_code
    # The source reflects the current (live) Danish content; unchanged content keeps it as is.
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    target = _existing_target(source, locale)
    translation = Translation.objects.filter(source=source, target_locale=locale).first()
    is_alias = isinstance(target, Page) and target.alias_of_id is not None
    if target is not None and not is_alias and (translation is None or not translation.enabled):
        return "skipped"  # made by hand, or an editor switched off sync: theirs to keep

    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    found = {segment.id: catalogue.lookup(language, segment.string.data) for segment in segments}
    if isinstance(instance, Page):
        eligible = any(
            segment.context.path == "title" and found[segment.id] for segment in segments
        )
    else:
        eligible = bool(segments) and all(found.values())
    if not eligible and (target is None or is_alias):
        return "skipped"

    added = 0
    for segment in segments:
        text = found[segment.id]
        if text is None:
            continue
        _string_translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
        added += created

    if target is not None and not is_alias and not added:
        return "unchanged"

    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if isinstance(instance, DraftStateMixin) and not translation_progress(translation).complete:
        # Danish text would show through: a draft for the translators, never published.
        save_translation_draft(translation)
    else:
        obj, _created = source.create_or_update_translation(
            locale, publish=_saves_without_draft(instance), fallback=True, copy_parent_pages=True
        )
        _publish_like_source(obj, instance)
    return "created" if target is None or is_alias else "updated"


# --- The seeder ----------------------------------------------------------------------------------


def translatable_snippet_models() -> list:
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]


def seeded_pages():
    """The live Danish pages of the default site, parents before children."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    danish_home = site.root_page.get_translation_or_none(source_locale()) or site.root_page
    return (
        danish_home.get_descendants(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .order_by("path")
        .specific()
    )


def seed_translations(report: SeedReport) -> None:
    catalogue = TranslationCatalogue.from_apps()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    danish = source_locale()

    def sync(instance, label):
        for language in target_languages(instance):
            locale = locales.get(language)
            if locale is None:
                continue
            outcome = sync_object_translation(instance, locale, catalogue)
            report.add(outcome in {"created", "updated"}, f"{outcome} ({language}): {label}")

    # Snippets first: pages refer to them (a page's contact becomes the translated contact).
    for model in translatable_snippet_models():
        for obj in model.objects.filter(locale=danish).order_by("pk"):
            sync(obj, f"{model._meta.verbose_name}: {obj}")
    for page in seeded_pages():
        sync(page, f"{page._meta.verbose_name}: {page.title}")

    for label in ensure_translator_permissions():
        report.add(True, label)


# --- Keeping translations in sync with the Danish source -----------------------------------------


def _resync_snippet(source, translation, instance, target, user=None):
    """A snippet without drafts is saved as it is: completely translated, it takes the new
    content; otherwise only the synchronised facts (phone, e-mail), keeping its translated text
    (never the Danish text of a changed field)."""
    if translation_progress(translation).complete:
        obj, _created = source.create_or_update_translation(
            translation.target_locale, user=user, publish=True, fallback=True
        )
        return obj
    copy_synchronised_fields(instance, target)
    target.save()
    return target


def resync_translations(instance, user=None) -> list:
    """Bring every synchronised translation of `instance` up to date with its current content,
    without publishing anything.

    Called when a source page is published or a source snippet saved (see `home.signals`):
    the TranslationSource is refreshed, so new segments reach the translators (untranslated
    until they translate them) and translated segments keep their translation. A translated
    page gets a new draft revision with the new content (synchronised fields copied, new text in
    Danish), its live version unchanged: the page is out of date ("Udgivet + udkast") until the
    translation is sent for review and approved. A review in progress on a draft that now has
    untranslated text is cancelled (approving it would publish the Danish text).
    """
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return []
    translations = list(source.translations.filter(enabled=True).select_related("target_locale"))
    if not translations:
        return []
    source.update_from_db()
    updated = []
    for translation in translations:
        target = _existing_target(source, translation.target_locale)
        if target is None:
            continue
        try:
            with transaction.atomic():
                if isinstance(instance, DraftStateMixin):
                    save_translation_draft(translation, user=user)
                    obj = _existing_target(source, translation.target_locale)
                    if isinstance(obj, Page):
                        cancel_review_of_incomplete_draft(translation, obj, user=user)
                else:
                    obj = _resync_snippet(source, translation, instance, target, user=user)
        except ValidationError:
            logger.warning(
                "Could not sync %s into %s: the translation does not validate.",
                instance,
                translation.target_locale,
                exc_info=True,
            )
            continue
        updated.append(obj)
    return updated
