"""One cache version for everything the search derives from the pages: ranked results and the
vocabulary for spelling suggestions. Any page saved or deleted, published or unpublished, and any
change to who may see a page bumps the version, so nothing cached outlives the content it came
from in this process. (Other processes sharing no cache with this one see the change when their
entries expire; the result pages themselves are always re-read with the live/public filters.)"""

from django.core.cache import cache

CONTENT_VERSION_KEY = "search:content-version"
RESULTS_VERSION_KEY = "search:results-version"


def content_version() -> int:
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, None)


def results_version() -> str:
    """The key part for cached search results: the content version and the results' own."""
    versions = cache.get_many([CONTENT_VERSION_KEY, RESULTS_VERSION_KEY])
    return f"{versions.get(CONTENT_VERSION_KEY, 0)}.{versions.get(RESULTS_VERSION_KEY, 0)}"


def forget_results():
    """Forget cached search results only (the benchmark's cold runs)."""
    _bump(RESULTS_VERSION_KEY)


def _bump(key):
    try:
        cache.incr(key)
    except ValueError:  # not set yet
        cache.set(key, 1, None)


def content_changed(**kwargs):
    """Signal receiver: forget what was derived from the pages."""
    _bump(CONTENT_VERSION_KEY)
