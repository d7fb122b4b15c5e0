"""Citizens' words in search: editors' synonyms (`SearchSynonym`) applied to a query.

A synonym's term matches a query when its words appear in the query, in order and side by side
("hul i vejen" matches "hul i vejen haderslev"). Each match gives an alternative query: the query
with the term replaced by one of the expansions. The synonyms of a language come from a cache
keyed on the content version (search/cache.py: the page cache's generation, which saving or
deleting a synonym replaces), so a search costs no query for them.
"""

from django.core.cache import cache

from .text import clean_query

SYNONYMS_KEY = "search:synonyms:{version}:{locale_id}"
SYNONYMS_TIMEOUT = 60 * 60
MAX_ALTERNATIVES = 6


def synonyms_for_locale(locale_id):
    """[(term words, [expansion strings])] of one language (cached)."""
    from .cache import content_version

    key = SYNONYMS_KEY.format(version=content_version(), locale_id=locale_id)
    entries = cache.get(key)
    if entries is None:
        from .models import SearchSynonym

        entries = []
        for synonym in SearchSynonym.objects.filter(locale_id=locale_id):
            words = tuple(clean_query(synonym.term).normalised.split())
            if words:
                entries.append((words, synonym.expansion_list))
        cache.set(key, entries, SYNONYMS_TIMEOUT)
    return entries


def _find(words, term):
    size = len(term)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == term:
            return start
    return None


def expand(query, locale_id):
    """(matched terms, alternative search strings) for a CleanQuery; both empty if none match."""
    words = query.normalised.split()
    terms, alternatives = [], []
    for term, expansions in synonyms_for_locale(locale_id):
        start = _find(words, term)
        if start is None:
            continue
        terms.append(" ".join(term))
        for expansion in expansions:
            replaced = [*words[:start], expansion, *words[start + len(term) :]]
            alternative = clean_query(" ".join(replaced)).search_string
            if alternative and alternative not in alternatives:
                alternatives.append(alternative)
    return terms, alternatives[:MAX_ALTERNATIVES]
