"""Whatever is typed or put in the URL, the search answers with a normal page (or JSON) and a
clear message: never a server error, never the reader's markup, never a database syntax error."""

import pytest

from search.text import MAX_QUERY_LENGTH

from .helpers import get_search, result_titles

FTS_AND_SQL = [
    "'",
    '"',
    "&",
    "|",
    "!",
    ":",
    "*",
    "(",
    ")",
    "\\",
    "' \" & | ! : * ( ) \\",
    "frivillige & (foreninger | !motion)",
    'motion:* "naturen',
    "motion\\",
    "' OR 1=1; --",
    "'; DROP TABLE wagtailcore_page; --",
    "motion AND NOT NEAR(naturen)",
    "-motion",
    "motion^2 ~3",
]
CONTROL = ["\x00", "mo\x00tion", "\x1b[31mmotion", "motion\x07\x08", "\u200bmotion\u202e", "\ufeff"]
EMOJI = ["🙂", "motion 🚴‍♀️", "👍🏽👍🏽", "🇩🇰 motion"]
HTML = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "</title><h1>motion</h1>",
    "&lt;motion&gt; &amp;",
]
EVERY_BAD_QUERY = FTS_AND_SQL + CONTROL + EMOJI + HTML


@pytest.mark.parametrize("query", EVERY_BAD_QUERY)
def test_bad_queries_get_a_normal_page(client, site_pages, query):
    html = get_search(client, q=query).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "\x00" not in html


@pytest.mark.parametrize("query", EVERY_BAD_QUERY)
def test_bad_queries_get_normal_suggestions(client, site_pages, query):
    response = client.get("/da/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_operators_around_words_still_find_the_words(client, site_pages):
    html = get_search(client, q='"motion" & (naturen)').content.decode()
    assert "1 resultat for" in html
    assert "motion-i-naturen" in html


def test_control_characters_are_removed(client, site_pages):
    html = get_search(client, q="mo\x00tion").content.decode()
    assert "„motion“" in html


@pytest.mark.parametrize("query", ["", "   ", "🙂", "&|!", "\x00"])
def test_a_query_without_words_asks_for_a_word(client, site_pages, query):
    html = get_search(client, q=query).content.decode()
    assert "Skriv mindst ét ord med bogstaver eller tal for at søge." in html


def test_a_very_long_query_is_cut_with_a_message(client, site_pages):
    html = get_search(client, q="motion " + "x" * 10_000).content.decode()
    assert f"Vi har kun brugt de første {MAX_QUERY_LENGTH} tegn." in html
    assert "x" * (MAX_QUERY_LENGTH + 1) not in html


def test_ten_thousand_characters_of_words(client, site_pages):
    words = " ".join(f"ord{number}" for number in range(1500))  # about 10,000 characters
    html = get_search(client, q=words).content.decode()
    assert "Vi har kun brugt de første" in html
    assert "Vi har søgt efter de første 12 ord." in html


def test_ten_thousand_characters_of_the_same_two_words_search_for_them(client, site_pages):
    response = get_search(client, q="motion naturen " * 700)
    html = response.content.decode()
    assert "Vi har kun brugt de første" in html
    assert "første 12 ord" not in html  # each word is searched for once
    assert result_titles(response) == ["Motion i naturen"]


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("-1", "Sidetallet skal være 1 eller mere. Her er første side."),
        ("0", "Sidetallet skal være 1 eller mere. Her er første side."),
        ("abc", "Sidetallet skal være et tal. Her er første side."),
        ("1.5", "Sidetallet skal være et tal. Her er første side."),
        ("9" * 5000, "Sidetallet skal være et tal. Her er første side."),
        ("99999", "Der er kun 1 sider med resultater. Her er den sidste."),
    ],
)
def test_bad_page_numbers_are_clamped_with_a_message(client, site_pages, page, message):
    html = get_search(client, q="frivillige", page=page).content.decode()
    assert message in html
    assert "3 resultater" in html
    assert "Foreningerne fortæller" in html


def test_a_page_number_past_the_end_shows_the_last_page(client, site_pages):
    from tests.initiatives.factories import InitiativePageFactory

    for number in range(12):
        InitiativePageFactory(parent=site_pages["health"], title=f"Cykeltur {number}")
    html = get_search(client, q="cykeltur", page="99999").content.decode()
    assert "Der er kun 2 sider med resultater. Her er den sidste." in html
    assert '<ol class="search-results" start="11">' in html


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "unknown.kind"},
        {"kind": "<script>alert(1)</script>"},
        {"kind": "x" * 10_000},
        {"petal": "999999"},
        {"petal": "abc"},
        {"petal": "-1"},
        {"petal": "<script>alert(1)</script>"},
        {"kind": "\x00", "petal": "\x00"},
    ],
)
def test_unknown_facet_values_are_ignored_with_a_message(client, site_pages, params):
    html = get_search(client, q="frivillige", **params).content.decode()
    assert "findes ikke, så" in html
    assert "3 resultater" in html
    assert "<script>alert" not in html
    assert "x" * 100 not in html
    assert "\x00" not in html


def test_several_values_for_one_parameter(client, site_pages):
    response = client.get("/da/search/?q=motion&q=naturen&page=1&page=x&kind=a&kind=b")
    assert response.status_code == 200


def test_post_is_refused_politely(client, site_pages):
    assert client.post("/da/search/", {"q": "motion"}).status_code == 405
