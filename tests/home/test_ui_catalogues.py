"""UI strings: a catalogue per language, Danish and English complete, the chrome in all six.

Danish is the source language: msgids are Danish and the Danish catalogue maps each to itself.
The `.po` files are edited; `make` compiles the `.mo` files.
"""

import shutil
import subprocess

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LOCALE_DIR = settings.BASE_DIR / "locale"

# The site's chrome: layout, navigation, breadcrumbs, switcher, footer, error and
# not-translated pages, search. Their strings must be translated into every language.
CHROME = (
    "templates/",
    "home/templates/home/includes/",
    "home/templates/home/not_translated.html",
    "home/templatetags/",
    "search/templates/",
)


def _catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def _is_chrome(entry):
    return any(path.startswith(CHROME) for path, _line in entry.occurrences)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_catalogue_without_fuzzy_entries(language):
    catalogue = _catalogue(language)
    assert catalogue.metadata["Language"] == language
    assert catalogue.fuzzy_entries() == []


@pytest.mark.parametrize("language", ["da", "en"])
def test_danish_and_english_are_complete(language):
    catalogue = _catalogue(language)
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert catalogue.percent_translated() == 100


def test_the_danish_catalogue_is_the_source_language():
    for entry in _catalogue("da"):
        if entry.msgid_plural:
            assert entry.msgstr_plural == {0: entry.msgid, 1: entry.msgid_plural}, entry.msgid
        else:
            assert entry.msgstr == entry.msgid, entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_chrome_is_complete_in_every_language(language):
    chrome = [entry for entry in _catalogue(language) if _is_chrome(entry)]
    assert len(chrome) > 20
    assert [entry.msgid for entry in chrome if not entry.translated()] == []


def test_all_languages_share_the_same_strings():
    msgids = {language: {entry.msgid for entry in _catalogue(language)} for language in LANGUAGES}
    assert all(ids == msgids["da"] for ids in msgids.values())


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogues_compile(language):
    po = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "-o", "/dev/null", str(po)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("da", "Gå til sidens indhold"),
        ("en", "Skip to main content"),
        ("de", "Zum Inhalt springen"),
        ("sv", "Gå till sidans innehåll"),
        ("nb", "Gå til sidens innhold"),
        ("fi", "Siirry sisältöön"),
    ],
)
def test_compiled_catalogues_are_used(language, expected):
    mo = LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"
    assert mo.exists(), "run `make compilemessages` (make install/test/run do it)"
    with translation.override(language):
        assert gettext("Gå til sidens indhold") == expected
