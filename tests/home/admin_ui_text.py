"""Find English (untranslated) admin text on a rendered admin page.

The visible UI text of a page is its text nodes (outside <script> and <style>) and the
attributes a reader or screen reader gets (title, aria-label, placeholder, alt, tooltips, button
values), plus the UI strings in the JSON props of wagtail-localize's translation editor. A piece
of it is "English" if it is one of the installed packages' msgids (the English source) whose
translation into the user's language differs, or, for a partner language, the Danish
translation that Django falls back to when the language has none.
"""

import json
import re
from html.parser import HTMLParser

from django.utils.text import capfirst

from home import admin_catalogues

ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}
SKIPPED = {"script", "style"}
# JSON that JavaScript renders as UI: the admin's sidebar menu (the "Images", "Documents",
# "Snippets", "Reports" items) and the edit form's data.
JSON_SCRIPTS = {"wagtail-sidebar-props", "w-edit-handler-data"}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}|\{\{ *[a-z_]+ *\}\}")


def _normalise(text):
    return " ".join(text.split())


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.props = []
        self._skip = 0
        self._counter = False
        self._json = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in SKIPPED:
            self._skip += 1
            if tag == "script" and attributes.get("id") in JSON_SCRIPTS:
                self._json = []
        if "data-side-panel-toggle-counter" in attributes:
            # A number filled in by JavaScript (Wagtail renders Python's None there, hidden).
            self._counter = True
        for name, value in attrs:
            if value and name in ATTRIBUTES:
                self.texts.append(value)
        if tag == "input" and attributes.get("type") in {"submit", "button"}:
            self.texts.append(attributes.get("value") or "")
        if "data-props" in attributes and "js-translation-editor" in (
            attributes.get("class") or ""
        ):
            self.props.append(json.loads(attributes["data-props"]))

    def handle_endtag(self, tag):
        if tag in SKIPPED and self._skip:
            self._skip -= 1
        if tag == "script" and self._json is not None:
            self.props.append(json.loads("".join(self._json)))
            self._json = None
        self._counter = False

    def handle_data(self, data):
        if self._json is not None:
            self._json.append(data)
        if not self._skip and not self._counter:
            self.texts.append(data)


# The labels in those props and the translation editor's (tabs, preview modes, menu items, field
# names, the locales' names); the rest is content, URLs and ids.
_PROP_LABELS = {
    "label",
    "displayName",
    "field",
    "subField",
    "verbose_name",
    "verbose_name_plural",
    "helpText",
    "help_text",
}


def _prop_labels(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _PROP_LABELS and isinstance(item, str):
                yield item
            else:
                yield from _prop_labels(item)
    elif isinstance(value, list):
        for item in value:
            yield from _prop_labels(item)


def visible_text(html):
    """The normalised, non-empty UI text pieces of a page."""
    collector = _TextCollector()
    collector.feed(html)
    texts = list(collector.texts)
    for props in collector.props:
        texts += _prop_labels(props)
    return {_normalise(text) for text in texts if _normalise(text)}


def _translations(language):
    """key -> translated entry from the project's override catalogues of a language."""
    found = {}
    for group, domain in admin_catalogues.groups_and_domains():
        path = admin_catalogues.override_path(group, language, domain)
        found.update(admin_catalogues.read_catalogue(path))
    return found


def _forms(entry):
    """(msgid form, translation form) pairs of an entry; plurals pair up by index."""
    if entry.msgid_plural:
        return [
            (entry.msgid, entry.msgstr_plural.get(0, "")),
            (entry.msgid_plural, entry.msgstr_plural.get(1, "")),
        ]
    return [(entry.msgid, entry.msgstr)]


def _pattern(text):
    """A full-match regex for a message with placeholders, or None if it has too little
    literal text to tell it from anything else."""
    literal = PLACEHOLDER.sub("", text)
    if len(re.findall(r"[A-Za-zÆØÅæøåÄÖÜäöüß]{3,}", literal)) < 2:
        return None
    parts = PLACEHOLDER.split(text)
    return re.compile(".+?".join(re.escape(_normalise(part)) for part in parts), re.DOTALL)


class EnglishFinder:
    """Knows the English (and, for partner languages, the Danish fallback) forms of every
    package message that the user's language translates differently."""

    def __init__(self, language):
        self.language = language
        target = _translations(language)
        danish = _translations("da") if language != "da" else target
        self.exact = {}
        self.patterns = []
        # Text the language itself uses for some message is not evidence of a missing
        # translation ("Titel" is German for "title" and Danish for "title" too).
        own = {
            _normalise(text).casefold()
            for entry in target.values()
            for _form, text in _forms(entry)
            if text
        }
        for group, domain in admin_catalogues.groups_and_domains():
            for entry in admin_catalogues.package_entries(group, domain):
                key = (entry.msgctxt or "", entry.msgid)
                translated = target.get(key)
                translated_forms = dict(_forms(translated)) if translated else {}
                suspects = [form for form, _empty in _forms(entry)]
                if language != "da" and key in danish:
                    # Without a translation of its own, the language falls back to Danish.
                    suspects += [text for _form, text in _forms(danish[key]) if text]
                for suspect in suspects:
                    wanted = translated_forms.get(suspect) or (
                        [text for _form, text in _forms(translated)] if translated else []
                    )
                    wanted = {wanted} if isinstance(wanted, str) else set(wanted)
                    if suspect in wanted:
                        continue  # the same word in both languages ("Status", "Alias")
                    if "<" in suspect:
                        continue  # markup: its text nodes are fragments
                    if _normalise(suspect).casefold() in own:
                        continue
                    shown = _normalise(suspect)
                    if PLACEHOLDER.search(suspect):
                        pattern = _pattern(suspect)
                        if pattern:
                            parts = [
                                _normalise(part)
                                for part in PLACEHOLDER.split(suspect)
                                if _normalise(part)
                            ]
                            self.patterns.append((parts, pattern, entry.msgid, wanted))
                    elif shown:
                        for variant in {shown, capfirst(shown)}:
                            self.exact.setdefault(variant, (entry.msgid, wanted))

    def find(self, texts):
        """The pieces of text that are untranslated messages: {text: its English msgid}."""
        found = {}
        for text in texts:
            if text in self.exact:
                found[text] = self.exact[text][0]
                continue
            for parts, pattern, msgid, wanted in self.patterns:
                if not all(part in text for part in parts):
                    continue  # cheap test first: the literal text must all be there
                if pattern.fullmatch(text) and not any(
                    (_pattern(w) or re.compile(re.escape(_normalise(w)))).fullmatch(text)
                    for w in wanted
                ):
                    found[text] = msgid
                    break
        return found


def js_catalogue_gaps(catalogue_js, language, group):
    """The djangojs msgids of a package group that the served JavaScript catalogue does not
    translate with the project's translation (English, or a partner language's Danish
    fallback, would show)."""
    match = re.search(r"const newcatalog = (\{.*?\});\n", catalogue_js, re.DOTALL)
    served = json.loads(match.group(1)) if match else {}
    target = admin_catalogues.read_catalogue(
        admin_catalogues.override_path(group, language, "djangojs")
    )
    gaps = []
    for entry in admin_catalogues.package_entries(group, "djangojs"):
        key = (entry.msgctxt or "", entry.msgid)
        lookup = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        value = served.get(lookup)
        expected = target.get(key)
        if expected is None or value is None:
            gaps.append(entry.msgid)
        elif expected.msgid_plural:
            if value != [expected.msgstr_plural[0], expected.msgstr_plural[1]]:
                gaps.append(entry.msgid)
        elif value != expected.msgstr:
            gaps.append(entry.msgid)
    return gaps


def english_msgids():
    """Every package msgid (used to tell what an admin screen shows)."""
    return {
        entry.msgid
        for group, domain in admin_catalogues.groups_and_domains()
        for entry in admin_catalogues.package_entries(group, domain)
    }
