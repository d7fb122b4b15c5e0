"""The project's translations of the admin's third-party messages (Wagtail, wagtail-localize,
the two-factor screens).

Wagtail ships Danish for only part of its admin, so the project keeps its own override catalogue
per package group, language and gettext domain in
``locale/packages/<group>/<language>/LC_MESSAGES/<domain>.po``. Every such directory is in
``settings.LOCALE_PATHS`` (after the project's own ``locale/``), and Django's LOCALE_PATHS take
precedence over the installed apps' catalogues, for ``django`` and for the JavaScript catalogues
(``djangojs``) alike. The msgids (English) come from the installed packages' own catalogues, so
after an upgrade ``manage.py update_admin_catalogues`` adds the new ones and
``manage.py admin_translation_coverage`` lists what is left to translate.
"""

import dataclasses
import glob
import importlib.util
import os
from pathlib import Path

import polib
from django.conf import settings

# Package group -> gettext domain -> the modules whose catalogues are merged into the group's
# override catalogue (the Wagtail sub-apps and packages in INSTALLED_APPS that have messages).
PACKAGE_CATALOGUES = {
    "wagtail": {
        "django": [
            "wagtail.admin",
            "wagtail",
            "wagtail.contrib.forms",
            "wagtail.contrib.search_promotions",
            "wagtail.contrib.redirects",
            "wagtail.contrib.settings",
            "wagtail.embeds",
            "wagtail.sites",
            "wagtail.users",
            "wagtail.snippets",
            "wagtail.documents",
            "wagtail.images",
            "wagtail.search",
        ],
        "djangojs": ["wagtail.admin"],
    },
    "wagtail_localize": {
        "django": ["wagtail_localize", "wagtail_localize.locales"],
        "djangojs": ["wagtail_localize"],
    },
    "wagtail_2fa": {"django": ["wagtail_2fa"]},
    "django_otp": {"django": ["django_otp"]},
}

# Danish in full; the partner translators' languages for the screens they use.
ADMIN_LANGUAGES = ["da", "de", "sv", "nb", "fi"]

PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


def packages_root() -> Path:
    return Path(settings.BASE_DIR) / "locale" / "packages"


def override_path(group: str, language: str, domain: str) -> Path:
    return packages_root() / group / language / "LC_MESSAGES" / f"{domain}.po"


def _module_locale_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"{module} is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "locale"


def _template_file(module: str, domain: str) -> Path | None:
    """The package's English catalogue (or any language's: the msgids are the same)."""
    locale_dir = _module_locale_dir(module)
    english = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
    if english.exists():
        return english
    candidates = sorted(glob.glob(str(locale_dir / "*" / "LC_MESSAGES" / f"{domain}.po")))
    return Path(candidates[0]) if candidates else None


def _key(entry):
    return (entry.msgctxt or "", entry.msgid)


def _is_translated(entry) -> bool:
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def package_entries(group: str, domain: str) -> list[polib.POEntry]:
    """Every message of the installed packages of a group, in their catalogues' order, with
    the occurrences prefixed by the module (e.g. ``wagtail.admin:templates/...``)."""
    entries, seen = [], set()
    for module in PACKAGE_CATALOGUES[group][domain]:
        template = _template_file(module, domain)
        if template is None:
            continue
        for source in polib.pofile(str(template)):
            if source.obsolete or _key(source) in seen:
                continue
            seen.add(_key(source))
            entries.append(
                polib.POEntry(
                    msgid=source.msgid,
                    msgid_plural=source.msgid_plural,
                    msgctxt=source.msgctxt,
                    comment=source.comment,
                    occurrences=[
                        (f"{module}:{path}", line) for path, line in source.occurrences[:2]
                    ],
                    flags=[flag for flag in source.flags if flag != "fuzzy"],
                )
            )
    return entries


def package_translations(group: str, domain: str, language: str) -> dict:
    """The packages' own (non-fuzzy) translations into a language: key -> entry."""
    found = {}
    for module in PACKAGE_CATALOGUES[group][domain]:
        # The compiled catalogue is what Django uses (and some packages' .po do not parse).
        path = _module_locale_dir(module) / language / "LC_MESSAGES" / f"{domain}.mo"
        if not path.exists():
            continue
        for entry in polib.mofile(str(path)):
            if entry.msgid and _is_translated(entry):
                found.setdefault(_key(entry), entry)
    return found


def read_catalogue(path) -> dict:
    """key -> translated entry of a .po file (untranslated and fuzzy entries left out)."""
    if not os.path.exists(path):
        return {}
    return {_key(entry): entry for entry in polib.pofile(str(path)) if _is_translated(entry)}


def _copy_translation(target, source):
    if target.msgid_plural:
        target.msgstr_plural = dict(source.msgstr_plural) if source.msgid_plural else {}
        if not target.msgstr_plural:
            target.msgstr_plural = {0: source.msgstr, 1: source.msgstr}
    else:
        target.msgstr = source.msgstr if not source.msgid_plural else source.msgstr_plural[0]


def build_catalogue(group, domain, language, contributions=()) -> tuple[polib.POFile, dict]:
    """The override catalogue for a group, domain and language, rebuilt from the installed
    packages' messages. Each message's translation is taken, first found, from the
    ``contributions`` (dicts key -> entry, e.g. translators' finished files), the current
    override catalogue, then the package's own translation. Messages the packages no longer
    have are dropped. Returns the catalogue and a count of where the translations came from."""
    current = read_catalogue(override_path(group, language, domain))
    shipped = package_translations(group, domain, language)
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = {
        "Project-Id-Version": f"medborgerskab-haderslev {group}",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    counts = {"contributed": 0, "kept": 0, "package": 0, "untranslated": 0}
    for entry in package_entries(group, domain):
        key = _key(entry)
        source = None
        for contribution in contributions:
            if key in contribution:
                source, origin = contribution[key], "contributed"
                break
        if source is None and key in current:
            source, origin = current[key], "kept"
        if source is None and key in shipped:
            source, origin = shipped[key], "package"
        if source is None:
            origin = "untranslated"
            if entry.msgid_plural:
                entry.msgstr_plural = {0: "", 1: ""}
        else:
            _copy_translation(entry, source)
        counts[origin] += 1
        catalogue.append(entry)
    return catalogue, counts


@dataclasses.dataclass
class Coverage:
    group: str
    domain: str
    language: str
    total: int
    translated: int
    untranslated: list  # of msgids (with "context|" prefix where there is a msgctxt)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def coverage(group, domain, language) -> Coverage:
    """How many of the installed packages' messages the project's override catalogue
    translates; the untranslated ones include messages added by a package upgrade."""
    translated = read_catalogue(override_path(group, language, domain))
    entries = package_entries(group, domain)
    missing = [
        (f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid)
        for entry in entries
        if _key(entry) not in translated
    ]
    return Coverage(group, domain, language, len(entries), len(entries) - len(missing), missing)


def groups_and_domains():
    for group, domains in PACKAGE_CATALOGUES.items():
        for domain in domains:
            yield group, domain
