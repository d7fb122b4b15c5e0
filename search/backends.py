"""Wagtail's database search backend, taught that the site speaks six languages.

Configured in settings as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"``.

On PostgreSQL, Wagtail's database backend (modelsearch's ``PostgresSearchBackend``) stems every
object with one text-search configuration (``SEARCH_CONFIG``), and all database backends share a
single index table keyed by (content type, object id). So "one backend per language" cannot work
there: each auto-updating backend would overwrite the same row, the last one winning. Instead,
``MultilingualPostgresSearchBackend`` keeps one index and chooses the configuration per object and
per query:

* indexing: each object is stemmed with the configuration of its own locale (``SEARCH_CONFIGS``,
  e.g. ``{"da": "danish", "en": "english"}``); objects without a locale (images, documents) use
  the site's default language;
* querying: the query is stemmed with the configuration of the active language. The public search
  always filters by the active locale, so the query and the documents it can match are stemmed
  alike: ``frivillig`` finds "frivillige" and "frivilligheden".

Matching reads the GIN index on ``search_document(title, body)`` (migration 0003): Wagtail's own
``title || body`` is costed by PostgreSQL as if it were free, so for common words the planner
skipped the index and merged the vectors of every entry. Ranking is Wagtail's, unchanged.

The site search asks only for the ranked (id, page type, path) rows of the best matches
(``ranked_rows``). Wagtail joins pages to their index entries on ``page.id::varchar =
entry.object_id``, a text key, and PostgreSQL builds its hash table from the matching entries,
whole vectors and all (6 MB for a common word at 10,000 pages). ``ranked_rows`` runs the same
match and the same rank with the join turned round - ``entry.object_id::integer = page.id``, the
hash table built from the pages' three columns - which takes a common word from about 30 ms to
18 ms of PostgreSQL time and plans in a sixth of the time. Results are identical (tested).

On SQLite (and MySQL) this module hands over to Wagtail's own database backend unchanged. SQLite's
FTS5 index has no stemmers, so there a word only finds itself (and autocomplete finds prefixes).
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, connections
from django.db.models import F, Func
from django.utils.translation import get_language
from wagtail.models import Locale
from wagtail.search.backends import database, get_search_backend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.models import IndexEntry
from wagtail.search.query import Fuzzy, MatchAll, Not
from wagtail.search.utils import get_descendants_content_types_pks

# PostgreSQL's built-in text-search configurations for the site's languages.
DEFAULT_SEARCH_CONFIGS = {
    "da": "danish",
    "en": "english",
    "de": "german",
    "sv": "swedish",
    "nb": "norwegian",
    "no": "norwegian",
    "nn": "norwegian",
    "fi": "finnish",
}


def locale_languages():
    """{locale id: language code} for every locale (one query; there are a handful)."""
    return dict(Locale.objects.values_list("pk", "language_code"))


class SearchDocument(Func):
    """``search_document(title, body)``: an index entry's whole text as one tsvector, which the
    GIN index of migration 0003 indexes (the same value as Wagtail's ``title || body``)."""

    function = "search_document"
    output_field = SearchVectorField()


class MultilingualPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Wagtail's full-text search, matching through ``search_document`` so that PostgreSQL uses
    its GIN index even for words found in most pages. Searches of chosen fields, fuzzy searches
    and match-all queries are Wagtail's own."""

    def matches_through_document(self):
        """Whether this search matches (and ranks) through the index entries' document, or is
        one Wagtail's own compiler handles (chosen fields, fuzzy, match-all)."""
        return not (
            self.fields is not None
            or isinstance(self.query, (MatchAll, Fuzzy))
            or (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll))
        )

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.matches_through_document():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        document = SearchDocument(F("index_entries__title"), F("index_entries__body"))
        queryset = self.queryset.annotate(_vector_=document).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def ranked_rows(self, config, limit):
        """(id, content type id, path) of the best `limit` matches, best first: search()'s
        match and rank with the page-to-entry join turned round (see the module docstring)."""
        search_query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(
            [(F("title"), F("title_norm")), (F("body"), 1.0)], config
        )
        entries = (
            IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(_vector_=SearchDocument(F("title"), F("body")))
            .filter(_vector_=search_query)
            .annotate(_rank_=rank)
            .values_list("object_id", "_rank_")
        )
        pages = self.queryset.order_by().values_list("id", "content_type_id", "path")
        pages_sql, pages_params = pages.query.sql_with_params()
        entries_sql, entries_params = entries.query.sql_with_params()
        # Both parts are compiled by the ORM with their values as parameters; only the join,
        # the order and the limit (a parameter too) are written here.
        sql = (
            f'SELECT "p"."id", "p"."content_type_id", "p"."path" FROM ({pages_sql}) AS "p" '  # noqa: S608
            f'INNER JOIN ({entries_sql}) AS "e" ON ("e"."object_id")::integer = "p"."id" '
            'ORDER BY "e"."_rank_" DESC, "p"."id" DESC LIMIT %s'
        )
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, [*pages_params, *entries_params, limit])
            return [tuple(row) for row in cursor.fetchall()]


class MultilingualPostgresIndex(PostgresIndex):
    """Index each object with the text-search configuration of its own locale."""

    def add_items(self, model, objs):
        languages = locale_languages()
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for_language(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search with a text-search configuration per language.

    Options (besides those of Wagtail's database backend):

    ``SEARCH_CONFIGS``
        language code -> PostgreSQL text-search configuration. Defaults to the six languages of
        this site (danish, english, german, swedish, norwegian, finnish).
    ``SEARCH_CONFIG``
        the configuration for objects and queries in a language that has none of its own
        (defaults to the configuration of ``LANGUAGE_CODE``).
    """

    index_class = MultilingualPostgresIndex
    query_compiler_class = MultilingualPostgresSearchQueryCompiler

    def __init__(self, params):
        self.search_configs = {
            code.lower(): config
            for code, config in (params.get("SEARCH_CONFIGS") or DEFAULT_SEARCH_CONFIGS).items()
        }
        self._pinned_config = None
        # The parent assigns ``self.config = params.get("SEARCH_CONFIG")``: see the setter.
        super().__init__(params)

    @property
    def config(self):
        """Pinned while indexing; otherwise the configuration of the active language."""
        if self._pinned_config is not None:
            return self._pinned_config
        return self.config_for_language(get_language())

    @config.setter
    def config(self, value):
        self.fallback_config = (
            value or self.search_configs.get(settings.LANGUAGE_CODE.lower()) or "simple"
        )

    def config_for_language(self, language_code):
        if language_code:
            code = language_code.lower()
            for candidate in (code, code.split("-")[0]):
                if candidate in self.search_configs:
                    return self.search_configs[candidate]
        return self.fallback_config

    def with_config(self, config):
        """A copy of this backend whose configuration is fixed (used while indexing)."""
        pinned = copy.copy(self)
        pinned._pinned_config = config
        return pinned


def generic_ranked_rows(results, limit):
    """(id, content type id, path) of the best `limit` results of any backend's search."""
    sliced = results[:limit]
    if hasattr(sliced, "get_queryset"):  # Wagtail's database backends: read three columns only
        return list(sliced.get_queryset().values_list("pk", "content_type_id", "path"))
    return [(page.pk, page.content_type_id, page.path) for page in sliced]


def ranked_rows(backend, query_string, queryset, limit, operator=None):
    """(id, content type id, path) of the best `limit` pages of `queryset` matching
    `query_string`, best first, in one query, on any backend; on PostgreSQL with the cheaper
    join of MultilingualPostgresSearchQueryCompiler.ranked_rows."""
    results = backend.search(query_string, queryset, operator=operator)
    compiler = getattr(results, "query_compiler", None)  # None: nothing to search for
    if (
        isinstance(compiler, MultilingualPostgresSearchQueryCompiler)
        and compiler.matches_through_document()
        and compiler.order_by_relevance
    ):
        return compiler.ranked_rows(backend.config, limit)
    return generic_ranked_rows(results, limit)


def backend_for_language(language_code, backend_name="default"):
    """The search backend, set to stem queries in the given language where it can."""
    backend = get_search_backend(backend_name)
    if isinstance(backend, MultilingualPostgresSearchBackend):
        return backend.with_config(backend.config_for_language(language_code))
    return backend


def uses_database_index(backend) -> bool:
    """True for Wagtail's database backends, whose index rows hold each object's plain text."""
    return type(backend).__module__.startswith(("modelsearch.backends.database", __name__))


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Wagtail's database backend for the current database, multilingual on PostgreSQL."""
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend(params)
    return database.SearchBackend(params)
