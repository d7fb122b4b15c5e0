"""The search page: results in the reader's language, best first, with excerpts, kinds, facets,
pagination and the editors' promotions on top."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.cache import forget_results
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory

from .helpers import get_search, result_titles


def test_every_page_has_the_search_form_in_its_header(client, home_page):
    html = client.get("/da/").content.decode()
    assert 'role="search"' in html
    assert 'action="/da/search/"' in html
    assert 'data-search-autocomplete="/da/search/autocomplete/"' in html
    assert '<script src="/static/search/autocomplete.js" defer></script>' in html


def test_the_form_works_without_a_query(client, home_page):
    html = get_search(client).content.decode()
    assert 'name="q"' in html
    assert "resultat" not in html  # nothing searched, nothing to report


def test_results_are_labelled_with_their_kind_and_petal(client, site_pages):
    html = get_search(client, q="frivillige").content.decode()
    assert "Foreningerne fortæller" in html
    # The kind is a DKFDS badge, announced as "Type: ..."
    assert '<span class="badge"><span class="sr-only">Type: </span>Indsats</span>' in html
    assert "Tema: Synlighed" in html
    assert '<span class="badge"><span class="sr-only">Type: </span>Side</span>' in html


def test_the_best_match_comes_first(client, site_pages):
    # A page that mentions the word in passing, in a long text, ranks below the page about it.
    InitiativePageFactory(
        parent=site_pages["health"],
        title="Cykling til arbejde, skole og fritid i hele kommunen",
        summary=(
            "Cykling er en god måde at komme rundt i kommunen på, både til arbejde, skole og "
            "fritid, og det giver lidt motion i hverdagen sammen med naboer og venner."
        ),
    )
    titles = result_titles(get_search(client, q="motion"))
    assert titles[0] == "Motion i naturen"
    assert titles[1] == "Cykling til arbejde, skole og fritid i hele kommunen"


def test_results_are_limited_to_the_readers_language(client, site_pages, english_pages):
    danish = result_titles(get_search(client, q="Haderslev"))
    english = result_titles(get_search(client, language="en", q="Haderslev"))
    assert "Foreningerne fortæller" in danish
    assert "Volunteers in Haderslev" not in danish
    assert "Volunteers in Haderslev" in english
    assert "Foreningerne fortæller" not in english


def test_unpublished_pages_are_not_found(client, site_pages):
    site_pages["exercise"].unpublish()
    assert "Motion i naturen" not in result_titles(get_search(client, q="motion"))


def test_excerpt_highlights_the_matching_words_and_escapes_the_text(client, site_pages):
    InitiativePageFactory(
        parent=site_pages["health"],
        title="Tal & <tegn>",
        summary="Når 5 < 6 & motion er sjovt, er motion <b>godt</b>.",
    )
    html = get_search(client, q="motion").content.decode()
    assert "Tal &amp; &lt;tegn&gt;" in html
    assert "5 &lt; 6 &amp; <mark>motion</mark> er sjovt" in html
    assert "<b>godt</b>" not in html


def test_the_query_is_shown_escaped(client, site_pages):
    html = get_search(client, q='<img src=x onerror="alert(1)"> motion').content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; motion" in html


def test_result_pages_are_kept_out_of_search_engines(client, site_pages):
    response = get_search(client, q="motion")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_the_search_page_itself_may_be_indexed_and_describes_itself(client, site_pages):
    response = get_search(client)
    html = response.content.decode()
    assert "X-Robots-Tag" not in response
    assert 'name="robots"' not in html
    assert '<meta name="description" content="Søg i Haderslev Kommunes sider' in html


def test_results_are_paginated(client, site_pages):
    for number in range(23):
        InitiativePageFactory(
            parent=site_pages["health"], title=f"Cykelrute {number}", summary="Cykelrute."
        )
    first = get_search(client, q="cykelrute")
    assert len(result_titles(first)) == 10
    assert "23 resultater" in first.content.decode()
    assert 'rel="next"' in first.content.decode()
    third = get_search(client, q="cykelrute", page="3")
    assert len(result_titles(third)) == 3
    assert '<ol class="search-results" start="21">' in third.content.decode()
    seen = set()
    for page in ("1", "2", "3"):
        seen.update(result_titles(get_search(client, q="cykelrute", page=page)))
    assert len(seen) == 23


def test_kind_facet_counts_and_narrows(client, site_pages):
    html = get_search(client, q="frivillige").content.decode()
    assert 'Indsats <span class="search-facet__count">(2)</span>' in html
    assert 'Side <span class="search-facet__count">(1)</span>' in html

    narrowed = get_search(client, q="frivillige", kind="home.standardpage")
    assert result_titles(narrowed) == ["Om politikken"]
    assert 'aria-current="true"' in narrowed.content.decode()


def test_petal_facet_counts_and_narrows(client, site_pages):
    health = site_pages["health"]
    html = get_search(client, q="frivillige").content.decode()
    assert 'Synlighed <span class="search-facet__count">(1)</span>' in html
    assert 'Sundhed <span class="search-facet__count">(1)</span>' in html

    narrowed = get_search(client, q="frivillige", petal=str(health.pk))
    assert result_titles(narrowed) == ["Sundhed og fællesskab"]
    # Within the petal, the kind facet counts only what is left.
    assert "Side <span" not in narrowed.content.decode()
    assert "Fjern alle filtre" in narrowed.content.decode()


def test_page_types_can_file_their_pages_under_a_petal(client, site_pages, monkeypatch):
    """A page type outside the petal tree answers for all its pages at once."""
    from home.models import StandardPage

    calls = []

    def search_petal_ids(cls, page_ids):
        calls.append(sorted(page_ids))
        return {page_id: [site_pages["visibility"].pk] for page_id in page_ids}

    monkeypatch.setattr(
        StandardPage, "search_petal_ids", classmethod(search_petal_ids), raising=False
    )
    narrowed = get_search(client, q="frivillige", petal=str(site_pages["visibility"].pk))
    assert set(result_titles(narrowed)) == {"Foreningerne fortæller", "Om politikken"}
    assert all(len(ids) == 1 for ids in calls)  # one call per page type, never per page


def test_promotions_come_first(client, site_pages):
    query = Query.get("motion")
    SearchPromotion.objects.create(
        query=query, page=site_pages["about"], description="Læs politikken først.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.haderslev.dk/",
        external_link_text="Haderslev Kommune",
        sort_order=1,
    )
    html = get_search(client, q="Motion").content.decode()
    promoted = html.index("Anbefalet")
    assert promoted < html.index("Læs politikken først.") < html.index('search-results" start')
    assert "https://www.haderslev.dk/" in html
    assert html.index('href="/da/om-politikken/"') < html.index(
        'href="/da/sundhed/motion-i-naturen/"'
    )


def test_promoted_pages_are_shown_in_the_readers_language(client, site_pages, english_pages):
    query = Query.get("haderslev")
    SearchPromotion.objects.create(query=query, page=site_pages["about"], sort_order=0)
    SearchPromotion.objects.create(query=query, page=english_pages["volunteers"], sort_order=1)
    english = get_search(client, language="en", q="haderslev").content.decode()
    # The English page's UI is English: "Anbefalet" reads "Recommended".
    section = english[english.index("Recommended") : english.index("search-layout")]
    # The Danish page has no English translation: it is left out, not shown in Danish.
    assert "Om politikken" not in section
    assert "/en/volunteers/" in section


def test_no_hits_suggest_near_spellings_petals_and_popular_searches(client, site_pages):
    for _ in range(3):
        get_search(client, q="motion")
    html = get_search(client, q="forenigerne").content.decode()
    assert "0 resultater" in html
    assert "Mente du" in html
    assert '<a href="?q=foreningerne">foreningerne</a>' in html
    assert "Andre søgte efter" in html and '<a href="?q=motion">motion</a>' in html
    assert 'href="/da/synlighed/">Synlighed</a>' in html


def test_two_misspelt_words_are_corrected_together(client, site_pages):
    html = get_search(client, q="motoin naturn").content.decode()
    assert '<a href="?q=motion%20naturen">motion naturen</a>' in html


def test_query_count_does_not_grow_with_the_number_of_results(
    client, site_pages, django_assert_max_num_queries
):
    def queries(params):
        forget_results()  # run the full-text search, not its cached rows
        with django_assert_max_num_queries(25) as captured:
            get_search(client, **params)
        return len(captured.captured_queries)

    params = {"q": "cykeltur", "page": "1"}  # an explicit page: not logged, like a page click
    InitiativePageFactory(parent=site_pages["health"], title="Cykeltur", summary="Cykeltur.")
    # Warm per-process caches (content types, site root paths); the first render also creates
    # rows (site settings) that start a new content generation, so warm twice.
    get_search(client, **params)
    get_search(client, **params)
    few = queries(params)
    for number in range(15):
        InitiativePageFactory(
            parent=site_pages["health"], title=f"Cykeltur {number}", summary="Cykeltur."
        )
        StandardPageFactory(parent=site_pages["health"].get_parent(), title=f"Cykeltur {number}")
    get_search(client, **params)  # the pages changed: warm the caches that depend on them again
    assert queries(params) == few
    assert queries({**params, "petal": str(site_pages["health"].pk)}) == few


def test_result_links_point_at_the_pages(client, site_pages):
    html = get_search(client, q="motion").content.decode()
    assert 'href="/da/sundhed/motion-i-naturen/"><mark>Motion</mark> i naturen</a>' in html


def test_a_facet_click_reuses_the_search(client, site_pages, django_assert_max_num_queries):
    get_search(client, q="frivillige", page="1")
    with django_assert_max_num_queries(30) as first:
        get_search(client, q="frivillige", page="1")
    with django_assert_max_num_queries(30) as narrowed:
        get_search(client, q="frivillige", petal=str(site_pages["health"].pk), page="1")
    searches = [
        query["sql"]
        for query in narrowed.captured_queries
        if "indexentry" in query["sql"].lower() and "content_type_id" in query["sql"]
    ]
    assert len(searches) == 1  # only the excerpts' text: the full-text search came from the cache
    assert len(narrowed.captured_queries) <= len(first.captured_queries)


def test_a_changed_page_is_found_at_once(client, site_pages):
    assert result_titles(get_search(client, q="kajak")) == []
    page = site_pages["exercise"]
    page.summary = "Kajak på fjorden."
    page.save_revision().publish()
    assert result_titles(get_search(client, q="kajak")) == ["Motion i naturen"]


def test_an_unpublished_page_leaves_the_cached_results_at_once(client, site_pages):
    assert "Motion i naturen" in result_titles(get_search(client, q="motion"))
    site_pages["exercise"].unpublish()
    assert result_titles(get_search(client, q="motion")) == []


def test_a_private_page_is_not_shown(client, site_pages):
    from wagtail.models import PageViewRestriction

    assert "Motion i naturen" in result_titles(get_search(client, q="motion"))
    PageViewRestriction.objects.create(
        page=site_pages["exercise"], restriction_type=PageViewRestriction.LOGIN
    )
    assert result_titles(get_search(client, q="motion")) == []
    assert client.get("/da/search/autocomplete/?q=moti").json()["results"] == []


def test_many_matches_are_capped_with_a_message(client, site_pages, monkeypatch):
    import search.services

    monkeypatch.setattr(search.services, "MAX_MATCHES", 2)
    html = get_search(client, q="frivillige").content.decode()
    assert "Mange sider passer på søgningen." in html
    assert "2 resultater" in html


def test_suggestions_learn_the_words_of_new_pages(client, site_pages):
    assert "kajakklubben" not in get_search(client, q="kajakklubbn").content.decode()
    InitiativePageFactory(parent=site_pages["health"], title="Kajakklubben")
    assert '<a href="?q=kajakklubben">kajakklubben</a>' in (
        get_search(client, q="kajakklubbn").content.decode()
    )


def test_a_word_the_site_does_not_use_spoils_no_correction(client, site_pages):
    html = get_search(client, q="motoin <b>").content.decode()
    assert '<a href="?q=motion">motion</a>' in html
    assert "motion b" not in html
