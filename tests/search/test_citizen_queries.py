"""The citizen queries of `citizen_queries.py` each find their page in the top three, on
PostgreSQL (Danish stemming), through the real search page with the seeded synonyms and
promotions."""

import re

import pytest
from wagtail.models import Locale

from search.models import SearchSynonym

from .citizen_queries import CITIZEN_QUERIES, VOLUNTEERING
from .helpers import get_search, on_postgres

pytestmark = [pytest.mark.postgres, on_postgres]

PROMOTED = re.compile(r'<section class="search-promotions".*?</section>', re.DOTALL)
LINK = re.compile(r'<a href="(/da/[^"]*)"')
RESULT = re.compile(r'<h2 class="search-result__title"><a href="([^"]*)"')


def top_answers(html, count=3):
    """The URLs a reader sees first: promoted results, then ranked results, each once."""
    promoted = PROMOTED.search(html)
    urls = []
    for url in [*(LINK.findall(promoted.group(0)) if promoted else []), *RESULT.findall(html)]:
        if url not in urls:
            urls.append(url)
    return urls[:count]


@pytest.mark.parametrize(("query", "expected"), CITIZEN_QUERIES)
def test_citizen_query_finds_its_page_in_the_top_three(seeded_site, db, client, query, expected):
    html = get_search(client, q=query).content.decode()
    answers = top_answers(html)
    assert expected in answers, f"{query!r} gave {answers}"


def test_an_editors_new_synonym_applies_at_once(seeded_site, db, client):
    assert top_answers(get_search(client, q="kattekilling").content.decode()) == []
    SearchSynonym.objects.create(
        locale=Locale.objects.get(language_code="da"),
        term="kattekilling",
        expansions="frivilligcenter",
    )
    assert VOLUNTEERING in top_answers(get_search(client, q="kattekilling").content.decode())
