"""Search-as-you-type: a JSON list of page titles and URLs in the reader's language."""

from tests.initiatives.factories import InitiativePageFactory


def suggest(client, query, language="da"):
    response = client.get(f"/{language}/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Robots-Tag"] == "noindex"
    return response.json()["results"]


def test_titles_starting_with_the_typed_letters(client, site_pages):
    assert suggest(client, "moti") == [
        {"title": "Motion i naturen", "url": "/da/sundhed/motion-i-naturen/", "kind": "Indsats"}
    ]


def test_the_last_word_is_a_prefix_the_others_whole_words(client, site_pages):
    titles = [item["title"] for item in suggest(client, "sundhed og fæll")]
    assert titles == ["Sundhed og fællesskab"]


def test_suggestions_are_limited(client, site_pages):
    for number in range(12):
        InitiativePageFactory(parent=site_pages["health"], title=f"Cykelrute {number}")
    assert len(suggest(client, "cykel")) == 8


def test_suggestions_are_in_the_readers_language(client, site_pages, english_pages):
    assert [item["title"] for item in suggest(client, "volun", language="en")] == [
        "Volunteers in Haderslev"
    ]
    assert suggest(client, "volun") == []
    assert suggest(client, "moti", language="en") == []


def test_too_short_or_empty_queries_suggest_nothing(client, site_pages):
    assert suggest(client, "") == []
    assert suggest(client, "m") == []
    assert suggest(client, "   ") == []


def test_unpublished_pages_are_not_suggested(client, site_pages):
    site_pages["exercise"].unpublish()
    assert suggest(client, "moti") == []


def test_suggestions_cost_a_fixed_number_of_queries(
    client, site_pages, django_assert_max_num_queries
):
    InitiativePageFactory(parent=site_pages["health"], title="Cykelrute")
    suggest(client, "cykel")  # warm per-process caches (site root paths, content types)
    with django_assert_max_num_queries(6) as few:
        assert len(suggest(client, "cykel")) == 1
    for number in range(7):
        InitiativePageFactory(parent=site_pages["health"], title=f"Cykelrute {number}")
    with django_assert_max_num_queries(6) as many:
        assert len(suggest(client, "cykel")) == 8
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_script_is_served_and_the_form_works_without_it(client, site_pages):
    from django.contrib.staticfiles import finders

    script = finders.find("search/autocomplete.js")
    assert script is not None
    source = open(script, encoding="utf-8").read()  # noqa: SIM115 - read once
    assert 'setAttribute("role", "combobox")' in source
    assert "innerHTML" not in source  # suggestions are inserted as text only
    html = client.get("/da/").content.decode()
    assert 'method="get" action="/da/search/"' in html  # a plain form: no JavaScript needed
