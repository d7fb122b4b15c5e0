"""What the reader typed, made safe to search for, and the excerpt that shows why a page matched.

Nothing the reader types reaches a search backend as syntax: the query is reduced to its words
(letters and digits), so quotes, FTS operators (``& | ! : * ( )``), backslashes, HTML, control
characters and emoji can never break a query or the page.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200  # characters of the query that are used
MAX_TERMS = 12  # words of the query that are searched for

# Snowball stemmers: the same algorithms as PostgreSQL's text-search dictionaries, so the words
# highlighted in an excerpt are the words PostgreSQL matched.
STEMMER_LANGUAGES = {
    "da": "danish",
    "en": "english",
    "de": "german",
    "sv": "swedish",
    "nb": "norwegian",
    "no": "norwegian",
    "nn": "norwegian",
    "fi": "finnish",
}

_WORD = re.compile(r"[^\W_]+")
_TOKENS = re.compile(r"([^\W_]+)")
_WHITESPACE = re.compile(r"\s+")
_TRAILING_WORD = re.compile(r"[^\W_]+$")


@dataclass
class CleanQuery:
    """The query as shown back to the reader, and the words that are searched for."""

    text: str = ""  # cleaned, at most MAX_QUERY_LENGTH characters: safe to display (escaped)
    terms: list[str] = field(default_factory=list)
    was_truncated: bool = False
    had_too_many_words: bool = False

    @property
    def search_string(self):
        return " ".join(self.terms)

    @property
    def normalised(self):
        """The words in lower case: the key for search statistics and promotions."""
        return " ".join(term.lower() for term in self.terms)


def strip_control_characters(value: str) -> str:
    """Remove NUL and other control/format/unassigned characters; whitespace becomes a space."""
    kept = []
    for char in value:
        if char.isspace():
            kept.append(" ")
        elif unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            continue
        else:
            kept.append(char)
    return "".join(kept)


def clean_query(raw: str | None) -> CleanQuery:
    raw = raw or ""
    was_truncated = len(raw) > MAX_QUERY_LENGTH
    kept = raw[:MAX_QUERY_LENGTH]
    if was_truncated and _WORD.match(raw[MAX_QUERY_LENGTH]):
        # A word cut in two is not searched for, unless it is all there is.
        whole_words = _TRAILING_WORD.sub("", kept)
        kept = whole_words if _WORD.search(whole_words) else kept
    text = _WHITESPACE.sub(" ", strip_control_characters(kept)).strip()
    # A word said twice asks for nothing more (every word must match), so it is searched once.
    terms, seen = [], set()
    for word in _WORD.findall(text):
        if word.lower() not in seen:
            seen.add(word.lower())
            terms.append(word)
    return CleanQuery(
        text=text,
        terms=terms[:MAX_TERMS],
        was_truncated=was_truncated,
        had_too_many_words=len(terms) > MAX_TERMS,
    )


@lru_cache(maxsize=16)
def _stemmer(language_code):
    algorithm = STEMMER_LANGUAGES.get((language_code or "").lower().split("-")[0])
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=50_000)
def stem(word: str, language_code: str | None) -> str:
    """The word's Snowball stem in the language (cached: the pure-Python stemmers are slow)."""
    word = word.lower()
    stemmer = _stemmer(language_code)
    return stemmer.stemWord(word) if stemmer else word


def plain_text(value: str) -> str:
    """Indexed text (which may hold tags or entities) as one line of plain text."""
    value = value or ""
    if "<" in value:
        value = strip_tags(value)
    if "&" in value:
        value = html.unescape(value)
    return _WHITESPACE.sub(" ", value).strip()


class Highlighter:
    """Marks the words of a text that match the query's words, by stem or as a prefix."""

    def __init__(self, terms, language_code):
        self.language_code = language_code
        self.prefixes = tuple(term.lower() for term in terms if term)
        self.stems = {stem(term, language_code) for term in terms if term}
        self.heads = tuple(word[:2] for word in self.stems | set(self.prefixes))
        # The words that may match: those starting like a stem or a term (whole words only).
        # Finding them is the regex engine's work, so a long text costs few calls of matches().
        heads = "|".join(map(re.escape, set(self.heads)))
        self.candidates = (
            re.compile(rf"(?<![^\W_])(?:{heads})[^\W_]*", re.IGNORECASE) if heads else None
        )

    def matches(self, word: str) -> bool:
        if not self.prefixes:
            return False
        lowered = word.lower()
        if lowered.startswith(self.prefixes):
            return True
        # Suffix-stripping stemmers keep a word's beginning: only words that start like one of
        # the stems can share it, so most words need no stemming at all.
        return lowered.startswith(self.heads) and stem(lowered, self.language_code) in self.stems

    def _render(self, tokens, start, end) -> str:
        pieces = []
        for index in range(start, end):
            token = html.escape(tokens[index])  # the stdlib's: Django's adds lazy-text checks
            if index % 2 == 1 and self.matches(tokens[index]):
                token = f"<mark>{token}</mark>"
            pieces.append(token)
        return "".join(pieces)

    def _first_match(self, text: str) -> int | None:
        """The index in `_TOKENS.split(text)` of the first word that matches, or None."""
        if self.candidates is None:
            return None
        for candidate in self.candidates.finditer(text):
            if self.matches(candidate.group()):
                # Word n (from 0) is token 2n + 1; the words before it are counted in C.
                return 2 * len(_WORD.findall(text, 0, candidate.start())) + 1
        return None

    def mark(self, text: str) -> SafeString:
        """The whole text, escaped, with the matching words wrapped in <mark>."""
        tokens = _TOKENS.split(text or "")
        return mark_safe(self._render(tokens, 0, len(tokens)))  # noqa: S308 - escaped pieces only

    def excerpt(self, text: str, words: int = 32) -> SafeString:
        """A window of about `words` words around the first match, matches wrapped in <mark>.

        Every piece of text is escaped before it is joined with the <mark> tags, so the result
        is safe whatever the text or the query contain.
        """
        text = plain_text(text)
        if not text:
            return mark_safe("")  # noqa: S308 - an empty string
        tokens = _TOKENS.split(text)  # [separator, word, separator, word, ..., separator]
        first = self._first_match(text)
        start = 0 if first is None else max(0, first - 2 * 8)  # about eight words of context
        end = min(len(tokens), start + 2 * words)
        body = self._render(tokens, start, end).strip()
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(tokens) else ""
        return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 - escaped pieces only
