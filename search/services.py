"""The site search: ranked, locale-filtered results with facets, excerpts and promotions.

One full-text query per search, whatever the number of hits: it returns the id, page type and
tree path of every match, best first (at most MAX_MATCHES). Those rows, with the petals of each,
are cached until a page changes, and the facets (kind and petal, with counts), the filtering and
the pagination are worked out from them in Python, so a click on a facet or a page reuses the
search. Only the pages shown are then loaded, re-checking that they are live and public, together
with their indexed text for the excerpts (one query).

What does not depend on the query is cached until it changes, so a search costs no query for it:
the petals (with the site chrome), the private sections of the site and the set of queries that
have promotions.

Page types take part without any registration:
* kind: the model's ``verbose_name`` (translatable), or a shorter label from ``KIND_LABELS``;
* petal: the ancestor petal page by default. A page type whose pages are filed elsewhere can
  define ``search_petal_ids(cls, page_ids) -> {page_id: [petal_id, ...]}`` as a classmethod,
  answering for all its pages in the results at once (one query, never one per page).
"""

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.http import QueryDict
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from home import chrome

from .backends import backend_for_language, ranked_rows, uses_database_index
from .cache import content_version, results_version
from .log import record_search
from .suggestions import popular_searches, spelling_suggestions
from .synonyms import expand
from .text import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    Highlighter,
    clean_query,
    strip_control_characters,
)

PAGE_SIZE = 10
MAX_MATCHES = 1000  # best matches ranked, counted in the facets and paginated
RESULTS_CACHE_TIMEOUT = 5 * 60  # seconds; any change to the pages forgets them sooner
EXCERPT_WORDS = 32
MAX_FACET_VALUE_LENGTH = 60

# Shorter labels for page types whose verbose_name is not the word a reader needs in a result
# list. Keyed by model label; labels of page types that do not exist are simply never used.
KIND_LABELS = {
    "home.standardpage": _("Side"),
    "initiatives.petalpage": _("Tema"),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Result:
    title: str
    url: str
    kind: str
    petal: str
    excerpt: str


@dataclass
class Promotion:
    title: str
    url: str
    description: str


@dataclass
class SearchOutcome:
    query: object
    locale: object
    notices: list = field(default_factory=list)
    results: list = field(default_factory=list)
    total: int = 0
    matches_capped: bool = False
    page: object = None  # django.core.paginator.Page of result ids
    page_links: list = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""
    kinds: list = field(default_factory=list)
    petals: list = field(default_factory=list)
    clear_filters_url: str = ""
    promotions: list = field(default_factory=list)
    spelling: list = field(default_factory=list)
    popular: list = field(default_factory=list)
    petal_pages: list = field(default_factory=list)
    searched: bool = False
    logged: bool = False


def kind_label(model) -> str:
    if model is None:
        return str(_("Side"))
    return str(KIND_LABELS.get(model._meta.label_lower) or capfirst(model._meta.verbose_name))


def page_model_labels():
    """{"app.model": model} for every page type (no query)."""
    from wagtail.models import get_page_models

    return {model._meta.label_lower: model for model in get_page_models()}


def search_petals(locale):
    """The live petal pages of this locale, in the flower's order: the site chrome's
    (home.chrome.petals, cached per generation for readers; else one query)."""
    return chrome.petals(locale.pk)


def private_sections_q():
    """Wagtail's ``private_q()`` - the pages under a view restriction - from a cached list of the
    restricted pages' tree positions instead of a query per search."""
    key = f"search:private-sections:{content_version()}"
    sections = cache.get(key)
    if sections is None:
        sections = list(PageViewRestriction.objects.values_list("page__path", "page__depth"))
        cache.set(key, sections, RESULTS_CACHE_TIMEOUT)
    q = Q()
    for path, depth in sections:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])  # no private section: matches nothing


def promoted_queries() -> frozenset:
    """The query strings that have editors' recommendations (cached until content changes; a
    recommendation is content, see haderslev_site.cache)."""
    key = f"search:promoted-queries:{content_version()}"
    queries = cache.get(key)
    if queries is None:
        queries = frozenset(
            SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
        )
        cache.set(key, queries, RESULTS_CACHE_TIMEOUT)
    return queries


def assign_petals(rows, petals):
    """{page id: {petal id, ...}} for the ranked rows (id, content type id, path).

    By default a page belongs to the petal it is filed under (its own path starts with the petal's
    path). Page types that define ``search_petal_ids`` answer for their own pages.
    """
    by_prefix = {petal.path: petal.pk for petal in petals}
    lengths = sorted({len(path) for path in by_prefix})
    assigned = {}
    custom = defaultdict(list)
    models = {}
    for page_id, content_type_id, path in rows:
        if content_type_id not in models:
            models[content_type_id] = ContentType.objects.get_for_id(content_type_id).model_class()
        model = models[content_type_id]
        if model is not None and hasattr(model, "search_petal_ids"):
            custom[model].append(page_id)
            continue
        assigned[page_id] = {
            by_prefix[path[:length]] for length in lengths if path[:length] in by_prefix
        }
    known = set(by_prefix.values())
    for model, page_ids in custom.items():
        mapping = model.search_petal_ids(page_ids)
        for page_id in page_ids:
            assigned[page_id] = {petal for petal in mapping.get(page_id, ()) if petal in known}
    return assigned


def cached_ranked_rows(backend, search_string, pages, locale, petals):
    """The ranked rows of this search with the petals of each, (id, content type id, petal ids),
    from the cache while no page has changed since.

    A click on a facet or on the next page reuses the search instead of running it again.
    """
    digest = hashlib.sha256(search_string.lower().encode()).hexdigest()
    config = getattr(backend, "config", "")
    key = f"search:rows:{results_version()}:{locale.pk}:{config}:{digest}"
    rows = cache.get(key)
    if rows is None:
        ranked = ranked_rows(backend, search_string, pages, MAX_MATCHES, operator="and")
        petals_of = assign_petals(ranked, petals)
        rows = [
            (page_id, content_type_id, tuple(sorted(petals_of.get(page_id, ()))))
            for page_id, content_type_id, _path in ranked
        ]
        cache.set(key, rows, RESULTS_CACHE_TIMEOUT)
    return rows


def cached_spelling_suggestions(query, locale):
    """Near spellings for a search without hits, cached like its (empty) ranked rows."""
    digest = hashlib.sha256(query.search_string.encode()).hexdigest()
    key = f"search:spelling:{results_version()}:{locale.pk}:{digest}"
    suggestions = cache.get(key)
    if suggestions is None:
        suggestions = spelling_suggestions(query.terms, locale)
        cache.set(key, suggestions, RESULTS_CACHE_TIMEOUT)
    return suggestions


def indexed_text(backend):
    """A subquery for a page's indexed text (all its search fields but the title), or None when
    the backend keeps no text in the database."""
    if not uses_database_index(backend):
        return None
    field_names = {f.name for f in IndexEntry._meta.fields}
    text_field = "body_text" if "body_text" in field_names else "body"  # PostgreSQL / SQLite
    entries = IndexEntry.objects.filter(
        content_type_id=OuterRef("content_type_id"),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return Subquery(entries.values(text_field)[:1])


class SiteSearch:
    """One search request: `SiteSearch(request).run()` returns a SearchOutcome."""

    def __init__(self, request):
        self.request = request
        self.params = request.GET
        self.state = {}  # the validated parameters: q, kind, petal

    # URLs -----------------------------------------------------------------------------------

    def url_with(self, page=None, **changes):
        """This search's URL with the given changes, built from the validated parameters only."""
        state = {**self.state, **changes}
        if page is not None:
            state["page"] = str(page)
        params = QueryDict(mutable=True)
        for key in ("q", "kind", "petal", "page"):
            if state.get(key):
                params[key] = state[key]
        return f"{self.request.path}?{params.urlencode()}"

    # The search -----------------------------------------------------------------------------

    def run(self) -> SearchOutcome:
        query = clean_query(self.params.get("q"))
        self.state["q"] = query.text
        locale = chrome.active_locale(self.request)
        outcome = SearchOutcome(query=query, locale=locale)
        if query.was_truncated:
            outcome.notices.append(
                _("Din søgning var meget lang. Vi har kun brugt de første %(count)s tegn.")
                % {"count": MAX_QUERY_LENGTH}
            )
        if query.had_too_many_words:
            outcome.notices.append(
                _("Vi har søgt efter de første %(count)s ord.") % {"count": MAX_TERMS}
            )
        if not query.terms:
            if "q" in self.params:
                outcome.notices.append(
                    _("Skriv mindst ét ord med bogstaver eller tal for at søge.")
                )
            return outcome

        outcome.searched = True
        backend = backend_for_language(locale.language_code)
        self.visible = Page.objects.live().exclude(private_sections_q()).filter(locale=locale)
        pages = self.visible.filter(depth__gt=1)
        petals = search_petals(locale)
        rows = cached_ranked_rows(backend, query.search_string, pages, locale, petals)
        # Citizens' words: the editors' synonyms add what the pages call it, after the hits for
        # the words as typed.
        synonym_terms, alternatives = expand(query, locale.pk)
        if alternatives:
            rows = list(rows)
            seen = {row[0] for row in rows}
            for alternative in alternatives:
                for row in cached_ranked_rows(backend, alternative, pages, locale, petals):
                    if row[0] not in seen:
                        seen.add(row[0])
                        rows.append(row)
        outcome.matches_capped = len(rows) >= MAX_MATCHES

        kind, petal = self.selected_filters(outcome, petals)
        matching_ids = self.facets(outcome, rows, petals, kind, petal)
        self.paginate(outcome, matching_ids, backend, query, locale, petals)

        filtered = kind is not None or petal is not None
        if outcome.page.number == 1:
            outcome.promotions = self.promotions(query, locale, synonym_terms)
        if not rows:
            outcome.spelling = cached_spelling_suggestions(query, locale)
            outcome.popular = popular_searches(locale, exclude=[query.normalised])
            outcome.petal_pages = [
                {"title": petal.title, "url": petal.get_url(self.request) or ""} for petal in petals
            ]
        if outcome.page.number == 1 and not filtered and "page" not in self.params:
            outcome.logged = record_search(query, locale, len(rows))
        return outcome

    def selected_filters(self, outcome, petals):
        """The facet values asked for, if they exist; unknown ones are ignored with a notice."""
        kind = self.params.get("kind") or None
        petal = self.params.get("petal") or None
        if kind is not None:
            model = page_model_labels().get(kind)
            if model is None:
                outcome.notices.append(
                    _("Typen „%(value)s“ findes ikke, så den er ikke brugt til at afgrænse.")
                    % {"value": strip_control_characters(kind[:MAX_FACET_VALUE_LENGTH])}
                )
                kind = None
            else:
                self.state["kind"] = kind
                kind = ContentType.objects.get_for_model(model).pk
        if petal is not None:
            petal_ids = {str(page.pk): page.pk for page in petals}
            if petal not in petal_ids:
                outcome.notices.append(
                    _("Temaet „%(value)s“ findes ikke, så det er ikke brugt til at afgrænse.")
                    % {"value": strip_control_characters(petal[:MAX_FACET_VALUE_LENGTH])}
                )
                petal = None
            else:
                self.state["petal"] = petal
                petal = petal_ids[petal]
        return kind, petal

    def facets(self, outcome, rows, petals, kind, petal):
        """Fill the kind and petal facets; return the ids matching both filters, best first.

        Each facet counts the hits that match the *other* facet's filter, so its counts say what
        choosing an option would give.
        """
        kind_counts, petal_counts, matching = Counter(), Counter(), []
        for page_id, content_type_id, page_petals in rows:
            in_kind = kind is None or content_type_id == kind
            in_petal = petal is None or petal in page_petals
            if in_petal:
                kind_counts[content_type_id] += 1
            if in_kind:
                petal_counts.update(page_petals)
            if in_kind and in_petal:
                matching.append(page_id)
        outcome.total = len(matching)

        kinds = []
        for content_type_id, count in kind_counts.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            value = model._meta.label_lower if model else str(content_type_id)
            kinds.append(
                FacetOption(
                    value=value,
                    label=kind_label(model),
                    count=count,
                    selected=content_type_id == kind,
                    url=self.url_with(kind=None if content_type_id == kind else value),
                )
            )
        if kind is not None and kind not in kind_counts:  # chosen, but nothing left with petal
            model = ContentType.objects.get_for_id(kind).model_class()
            kinds.append(
                FacetOption(
                    value=model._meta.label_lower,
                    label=kind_label(model),
                    count=0,
                    selected=True,
                    url=self.url_with(kind=None),
                )
            )
        outcome.kinds = sorted(kinds, key=lambda option: (-option.count, option.label))
        outcome.petals = [
            FacetOption(
                value=str(page.pk),
                label=page.title,
                count=petal_counts[page.pk],
                selected=page.pk == petal,
                url=self.url_with(petal=None if page.pk == petal else str(page.pk)),
            )
            for page in petals
            if petal_counts[page.pk] or page.pk == petal
        ]
        if kind is not None or petal is not None:
            outcome.clear_filters_url = self.url_with(kind=None, petal=None)
        return matching

    def paginate(self, outcome, matching_ids, backend, query, locale, petals):
        paginator = Paginator(matching_ids, PAGE_SIZE)
        raw_page = (self.params.get("page") or "1").strip()
        try:
            number = int(raw_page) if len(raw_page) <= 9 else None
        except ValueError:
            number = None
        if number is None:
            outcome.notices.append(_("Sidetallet skal være et tal. Her er første side."))
            number = 1
        elif number < 1:
            outcome.notices.append(_("Sidetallet skal være 1 eller mere. Her er første side."))
            number = 1
        elif number > paginator.num_pages:
            if matching_ids:
                outcome.notices.append(
                    _("Der er kun %(count)s sider med resultater. Her er den sidste.")
                    % {"count": paginator.num_pages}
                )
            number = paginator.num_pages
        outcome.page = paginator.page(number)
        outcome.page_links = [
            {"number": item, "url": self.page_url(item) if isinstance(item, int) else ""}
            for item in paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
        ]
        if outcome.page.has_previous():
            outcome.previous_url = self.page_url(outcome.page.previous_page_number())
        if outcome.page.has_next():
            outcome.next_url = self.page_url(outcome.page.next_page_number())
        ids = list(outcome.page.object_list)
        # Re-read with the live and public filters: cached rows may predate an unpublication.
        pages = self.visible.filter(pk__in=ids).select_related("locale")
        text = indexed_text(backend) if ids else None
        if text is not None:
            pages = pages.annotate(indexed_text=text)
        by_id = {page.pk: page for page in pages}
        ordered = [by_id[page_id] for page_id in ids if page_id in by_id]
        highlighter = Highlighter(query.terms, locale.language_code)
        petal_titles = {page.pk: page.title for page in petals}
        petals_of = assign_petals(
            [(page.pk, page.content_type_id, page.path) for page in ordered], petals
        )
        outcome.results = [
            Result(
                title=highlighter.mark(page.title),
                url=page.get_url(self.request) or "",
                kind=kind_label(ContentType.objects.get_for_id(page.content_type_id).model_class()),
                petal=", ".join(
                    petal_titles[petal] for petal in sorted(petals_of.get(page.pk, ()))
                ),
                excerpt=highlighter.excerpt(
                    getattr(page, "indexed_text", None) or page.search_description,
                    EXCERPT_WORDS,
                ),
            )
            for page in ordered
        ]

    def page_url(self, number):
        return self.url_with(page=number)

    def promotions(self, query, locale, synonym_terms=()):
        """Editors' recommended results for this query (and for the synonyms it contains), in
        the reader's language (one or two queries; none for the many queries without any). A
        promoted page in another language is shown as its translation, if any."""
        keys = [key for key in (query.normalised, *synonym_terms) if key in promoted_queries()]
        if not keys:
            return []
        picks = list(
            SearchPromotion.objects.filter(query__query_string__in=keys)
            .select_related("page", "page__locale", "query")
            .order_by("sort_order")
        )
        # The reader's own words first, then the synonyms' picks; each page once.
        picks.sort(key=lambda pick: keys.index(pick.query.query_string))
        unique, seen_pages = [], set()
        for pick in picks:
            marker = pick.page_id or pick.external_link_url
            if marker in seen_pages:
                continue
            seen_pages.add(marker)
            unique.append(pick)
        picks = unique
        if not picks:
            return []
        foreign_keys = {
            pick.page.translation_key
            for pick in picks
            if pick.page is not None and pick.page.locale_id != locale.pk
        }
        translations = {}
        if foreign_keys:
            translations = {
                page.translation_key: page
                for page in Page.objects.live()
                .filter(locale=locale, translation_key__in=foreign_keys)
                .select_related("locale")
            }
        promotions = []
        for pick in picks:
            if pick.page is None:
                if pick.external_link_url:
                    promotions.append(
                        Promotion(
                            title=pick.external_link_text or pick.external_link_url,
                            url=pick.external_link_url,
                            description=pick.description,
                        )
                    )
                continue
            page = pick.page
            if page.locale_id != locale.pk:
                page = translations.get(page.translation_key)
            if page is None or not page.live:
                continue
            promotions.append(
                Promotion(
                    title=page.title,
                    url=page.get_url(self.request) or "",
                    description=pick.description,
                )
            )
        return promotions


def autocomplete(request, raw_query, limit=8):
    """Titles and URLs of live pages in the active locale starting with what was typed."""
    query = clean_query(raw_query)
    if not query.terms or len(query.search_string) < 2:
        return []
    locale = chrome.active_locale(request)
    backend = backend_for_language(locale.language_code)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).select_related("locale")
    matches = backend.autocomplete(query.search_string, pages, operator="and")[:limit]
    return [
        {
            "title": page.title,
            "url": page.get_url(request) or "",
            "kind": kind_label(ContentType.objects.get_for_id(page.content_type_id).model_class()),
        }
        for page in matches
    ]
