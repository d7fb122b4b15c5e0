"""Each language is matched with its own stemming: on PostgreSQL, pages are indexed and queries
parsed with the text-search configuration of their locale (danish, english, ...). SQLite's FTS5
index has no stemmer: there a word only finds itself."""

import pytest
from django.utils import translation
from wagtail.search.models import IndexEntry

from search.backends import DEFAULT_SEARCH_CONFIGS, MultilingualPostgresSearchBackend
from tests.home.factories import StandardPageFactory

from .helpers import get_search, on_postgres, on_sqlite, result_titles


@pytest.fixture
def inflected_pages(home_page):
    """No page holds the bare words "frivillig" or "forening": only inflected forms."""
    return [
        StandardPageFactory(
            parent=home_page, title="De frivillige", intro="Tak til de frivillige."
        ),
        StandardPageFactory(
            parent=home_page,
            title="Frivilligheden i kommunen",
            intro="Frivilligheden er en styrke.",
        ),
        StandardPageFactory(
            parent=home_page, title="Foreninger", intro="Kommunens foreninger og klubber."
        ),
    ]


@on_postgres
def test_frivillig_finds_frivillige_and_frivilligheden(client, inflected_pages):
    titles = result_titles(get_search(client, q="frivillig"))
    assert set(titles) == {"De frivillige", "Frivilligheden i kommunen"}


@on_postgres
def test_forening_finds_foreninger(client, inflected_pages):
    assert result_titles(get_search(client, q="forening")) == ["Foreninger"]


@on_postgres
def test_an_inflected_query_finds_the_other_forms(client, inflected_pages):
    assert result_titles(get_search(client, q="klubberne")) == ["Foreninger"]  # "klubber"


@on_postgres
def test_inflected_words_are_highlighted_in_the_excerpt(client, inflected_pages):
    html = get_search(client, q="frivillig").content.decode()
    assert "Tak til de <mark>frivillige</mark>." in html
    assert "<mark>Frivilligheden</mark> er en styrke." in html


@on_postgres
def test_each_locale_is_indexed_with_its_own_configuration(home_page, english_pages):
    danish = StandardPageFactory(parent=home_page, title="Frivilligheden")
    english = english_pages["volunteers"]

    def title_vector(page):
        return IndexEntry.objects.get(object_id=str(page.pk), content_type=page.content_type).title

    assert "'frivil'" in title_vector(danish)  # Danish stemming
    assert "'volunt'" in title_vector(english)  # English stemming: "Volunteers" -> volunt
    assert "'haderslev'" in title_vector(english)


@on_postgres
def test_english_pages_are_matched_with_english_stemming(client, english_pages):
    titles = result_titles(get_search(client, language="en", q="volunteering"))
    assert titles == ["Volunteers in Haderslev"]


@on_sqlite
def test_sqlite_matches_whole_words_only(client, inflected_pages):
    """Documents the embedded default's limit: FTS5 without a stemmer finds exact words only,
    so "frivillig" finds nothing where PostgreSQL finds "frivillige" and "frivilligheden"."""
    assert result_titles(get_search(client, q="frivillig")) == []
    assert result_titles(get_search(client, q="frivillige")) == ["De frivillige"]
    html = get_search(client, q="frivillig").content.decode()
    assert "0 resultater" in html and "Mente du" in html  # and a no-hits page that helps


def test_autocomplete_finds_prefixes_on_every_database(client, inflected_pages):
    titles = [
        item["title"] for item in client.get("/da/search/autocomplete/?q=frivil").json()["results"]
    ]
    assert set(titles) == {"De frivillige", "Frivilligheden i kommunen"}


class TestConfigurationChoice:
    """The backend picks a configuration per language (no database needed)."""

    def backend(self, **params):
        return MultilingualPostgresSearchBackend(
            {"SEARCH_CONFIGS": DEFAULT_SEARCH_CONFIGS, **params}
        )

    @pytest.mark.parametrize(
        ("language", "config"),
        [
            ("da", "danish"),
            ("en", "english"),
            ("de", "german"),
            ("sv", "swedish"),
            ("nb", "norwegian"),
            ("fi", "finnish"),
            ("en-gb", "english"),
        ],
    )
    def test_each_language_has_its_configuration(self, language, config):
        assert self.backend().config_for_language(language) == config

    def test_unknown_languages_fall_back_to_the_site_language(self):
        assert self.backend().config_for_language("fr") == "danish"
        assert self.backend().config_for_language(None) == "danish"
        assert self.backend(SEARCH_CONFIG="simple").config_for_language("fr") == "simple"

    def test_queries_use_the_active_language(self):
        backend = self.backend()
        with translation.override("sv"):
            assert backend.config == "swedish"
        with translation.override("da"):
            assert backend.config == "danish"

    def test_a_pinned_copy_keeps_its_configuration(self):
        backend = self.backend()
        pinned = backend.with_config("german")
        with translation.override("fi"):
            assert pinned.config == "german"
            assert backend.config == "finnish"


@on_postgres
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("da", "frivillig"),  # several pages, ranked
        ("da", "frivillige forening"),  # two words, both required
        ("da", "Haderslev"),  # titles and bodies, pages of both locales hold it
        ("da", "xylofon"),  # no hits
        ("da", "' \" & | ! : * ( ) \\"),  # operators only: nothing to search for
        ("en", "volunteering"),
    ],
)
def test_ranked_rows_are_wagtails_own_search_in_one_cheaper_query(
    home_page, inflected_pages, english_pages, language, query, django_assert_max_num_queries
):
    """The site search asks the backend for the ranked (id, page type, path) rows of the best
    matches; on PostgreSQL it joins the index the other way round (search/backends.py), and gives
    exactly what Wagtail's own search gives, in the same order."""
    from wagtail.models import Locale, Page

    from search.backends import backend_for_language, generic_ranked_rows, ranked_rows

    with translation.override(language):
        locale = Locale.get_active()
        pages = Page.objects.live().filter(locale=locale, depth__gt=1)
        backend = backend_for_language(language)
        wagtails = generic_ranked_rows(backend.search(query, pages, operator="and"), 1000)
        with django_assert_max_num_queries(1):
            ours = ranked_rows(backend, query, pages, 1000, operator="and")
    assert ours == wagtails
    assert all(row[0] in set(pages.values_list("pk", flat=True)) for row in ours)
