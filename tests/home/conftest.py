"""Fixtures for localisation tests: every content locale, and translating a page or snippet
through the project's wagtail-localize machinery (`home.localisation`)."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, TranslationSource

from home.localisation import TranslationCatalogue, sync_object_translation


@pytest.fixture
def locales(locale_da):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


@pytest.fixture
def translate(locales):
    """translate(obj, "en", {"Dansk tekst": "English text"}) -> the live translation.

    Without a mapping, the title (or str) gets a language suffix. Segments the mapping leaves out
    are "translated" as themselves (a translator who keeps a name), so the translation is
    complete and gets published: a page with untranslated text is only ever a draft.
    """

    def _translate(instance, language, mapping=None):
        if mapping is None:
            mapping = {instance.title: f"{instance.title} [{language}]"}
        mapping = dict(mapping)
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            mapping.setdefault(segment.string.data, segment.string.data)
        outcome = sync_object_translation(
            instance, locales[language], TranslationCatalogue({language: mapping})
        )
        assert outcome in {"created", "updated"}, outcome
        translation = instance.get_translation(locales[language])
        return translation.specific if isinstance(translation, Page) else translation

    return _translate
