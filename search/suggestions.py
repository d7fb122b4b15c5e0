"""What to try when a search finds nothing: near spellings from the site's own words, and the
searches other readers in the same language made that did find something."""

import datetime
import difflib
import re

from django.core.cache import cache
from django.db.models import F, Sum
from django.utils import timezone
from wagtail.models import Page

from .cache import content_version
from .models import DailySearchOutcome

VOCABULARY_TIMEOUT = 15 * 60  # seconds; any change to the pages forgets it sooner
POPULAR_DAYS = 30
MIN_WORD_LENGTH = 3

_WORD = re.compile(r"[^\W\d_]+")


def vocabulary(locale) -> list[str]:
    """The distinct words of the titles of the live pages in this locale (cached)."""
    key = f"search:vocabulary:{content_version()}:{locale.pk}"
    words = cache.get(key)
    if words is None:
        titles = (
            Page.objects.live().filter(locale=locale, depth__gt=1).values_list("title", flat=True)
        )
        words = sorted(
            {
                word.lower()
                for title in titles
                for word in _WORD.findall(title)
                if len(word) >= MIN_WORD_LENGTH
            }
        )
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def spelling_suggestions(terms, locale, limit=5) -> list[str]:
    """Queries spelled like the reader's, from the site's own words: the whole query corrected
    first, then near words for each term the site does not use."""
    words = vocabulary(locale)
    known = set(words)
    corrected, alternatives, uncorrectable = [], [], False
    for term in terms:
        lowered = term.lower()
        if lowered in known:
            corrected.append(lowered)
            continue
        close = []
        if len(lowered) >= MIN_WORD_LENGTH and _WORD.fullmatch(lowered):
            close = difflib.get_close_matches(lowered, words, n=3, cutoff=0.75)
        if close:
            corrected.append(close[0])
            alternatives.extend(close)
        else:
            uncorrectable = True
    suggestions = []
    whole = " ".join(corrected)
    # The whole query, corrected, only if every word is one the site uses.
    if len(terms) > 1 and not uncorrectable and whole != " ".join(t.lower() for t in terms):
        suggestions.append(whole)
    for word in alternatives:
        if word not in suggestions:
            suggestions.append(word)
    return suggestions[:limit]


def popular_searches(locale, exclude=(), limit=5) -> list[str]:
    """The most frequent searches in this language lately that found something."""
    since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
    rows = (
        DailySearchOutcome.objects.since(since)
        .filter(locale=locale)
        .values("query__query_string")
        .annotate(total=Sum("searches"), misses=Sum("searches_without_results"))
        .filter(total__gt=F("misses"))
        .exclude(query__query_string__in=list(exclude))
        .order_by("-total", "query__query_string")[:limit]
    )
    return [row["query__query_string"] for row in rows]
