"""Queries reduced to their words, and excerpts with the matching words marked - safely."""

from search.text import MAX_QUERY_LENGTH, Highlighter, clean_query


def test_a_query_is_reduced_to_its_words():
    query = clean_query('  "Frivillige" & (foreninger | !motion):* \\ ')
    assert query.terms == ["Frivillige", "foreninger", "motion"]
    assert query.normalised == "frivillige foreninger motion"


def test_control_characters_are_removed_and_whitespace_collapsed():
    query = clean_query("fri\x00villige\tog\u200b\nforeninger")
    assert query.text == "frivillige og foreninger"
    assert query.terms == ["frivillige", "og", "foreninger"]


def test_letters_of_every_language_are_words():
    assert clean_query("Ærø Øster Åbenrå Straße Jyväskylä").terms == [
        "Ærø",
        "Øster",
        "Åbenrå",
        "Straße",
        "Jyväskylä",
    ]


def test_emoji_and_punctuation_are_not_words():
    assert clean_query("🙂 -- ... 👍🏽").terms == []


def test_long_queries_are_cut():
    query = clean_query("a" * 10_000)
    assert query.was_truncated
    assert len(query.text) == MAX_QUERY_LENGTH


def test_matches_are_marked_by_stem_and_prefix():
    highlighter = Highlighter(["frivillig", "forening"], "da")
    excerpt = highlighter.excerpt("Frivilligheden, de frivillige og foreningerne. Andet.")
    assert excerpt == (
        "<mark>Frivilligheden</mark>, de <mark>frivillige</mark> og "
        "<mark>foreningerne</mark>. Andet."
    )


def test_the_excerpt_is_a_window_around_the_first_match():
    text = " ".join(f"ord{n}" for n in range(100)) + " motion " + "slut " * 100
    excerpt = Highlighter(["motion"], "da").excerpt(text, words=20)
    assert excerpt.startswith("… ")
    assert excerpt.endswith(" …")
    assert "<mark>motion</mark>" in excerpt
    assert len(excerpt.split()) < 30


def test_everything_is_escaped_before_marking():
    excerpt = Highlighter(["mark"], "da").excerpt(
        "a &lt;script&gt; <b>b</b> \"c\" 'd' & mark <mark>"
    )
    assert excerpt == ("a &lt;script&gt; b &quot;c&quot; &#x27;d&#x27; &amp; <mark>mark</mark>")


def test_a_query_cannot_inject_markup():
    highlighter = Highlighter(clean_query("<script>").terms, "da")
    assert highlighter.mark("<script>x</script>") == (
        "&lt;<mark>script</mark>&gt;x&lt;/<mark>script</mark>&gt;"
    )


def test_titles_are_marked_whole():
    assert Highlighter(["motion"], "da").mark("Motion & natur") == "<mark>Motion</mark> &amp; natur"


def test_a_word_repeated_is_searched_once_in_its_first_spelling():
    query = clean_query("Frivillig og frivillig FRIVILLIG foreninger og")
    assert query.terms == ["Frivillig", "og", "foreninger"]
    assert query.normalised == "frivillig og foreninger"
    assert not query.had_too_many_words
    assert clean_query("frivillig " * 1000).terms == ["frivillig"]


def test_a_word_cut_by_the_length_limit_is_left_out():
    query = clean_query("motion " * 28 + "naturen")  # the limit falls inside "naturen"
    assert query.was_truncated
    assert query.terms == ["motion"]
    assert not query.text.endswith("na")


def test_the_excerpt_starts_at_the_first_matching_word_however_long_the_text():
    """Only words starting like a query word are checked (found by a regex), and the window is
    the same as if every word had been: eight words before the first match."""
    filler = " ".join(f"ord{n}" for n in range(2000))
    text = f"{filler}, Frivilligheden i Haderslev; foreningernes frivillige."
    excerpt = Highlighter(["frivillig"], "da").excerpt(text, words=12)
    assert excerpt == (
        "… ord1992 ord1993 ord1994 ord1995 ord1996 ord1997 ord1998 ord1999, "
        "<mark>Frivilligheden</mark> i Haderslev; foreningernes …"
    )


def test_a_word_that_only_contains_a_query_word_is_not_a_match():
    excerpt = Highlighter(["forening"], "da").excerpt("Ungdomsforening og forening.", words=12)
    assert excerpt == "Ungdomsforening og <mark>forening</mark>."
