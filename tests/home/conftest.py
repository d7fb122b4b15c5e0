"""Fixtures for localisation tests: every content locale, and translating a page or snippet
through the project's wagtail-localize machinery (`home.localisation`)."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

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

    Without a mapping, the title (or str) gets a language suffix and other segments fall back to
    the Danish source, as in wagtail-localize's own editor.
    """

    def _translate(instance, language, mapping=None):
        if mapping is None:
            mapping = {instance.title: f"{instance.title} [{language}]"}
        outcome = sync_object_translation(
            instance, locales[language], TranslationCatalogue({language: mapping})
        )
        assert outcome in {"created", "updated"}, outcome
        translation = instance.get_translation(locales[language])
        return translation.specific if isinstance(translation, Page) else translation

    return _translate
