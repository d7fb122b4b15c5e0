"""The version of everything the search derives from the pages (ranked results, the spelling
vocabulary, private sections, the queries with recommendations): the page cache's generation
(haderslev_site.cache), the site's one invalidation scheme. Any change readers can see replaces
it, in every process, so nothing cached here outlives the content it came from."""

import uuid

from django.core.cache import cache

RESULTS_VERSION_KEY = "search:results-version"


def content_version() -> str:
    from haderslev_site.cache import current_generation

    # Without a reachable cache, a key that matches nothing: computed afresh, never reused.
    return current_generation() or f"uncached-{uuid.uuid4().hex}"


def results_version() -> str:
    """The key part for cached search results: the content version and the results' own."""
    return f"{content_version()}.{cache.get(RESULTS_VERSION_KEY, 0)}"


def forget_results():
    """Forget cached search results only (the benchmark's cold runs)."""
    try:
        cache.incr(RESULTS_VERSION_KEY)
    except ValueError:  # not set yet
        cache.set(RESULTS_VERSION_KEY, 1, None)
