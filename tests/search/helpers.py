"""Helpers shared by the search tests."""

import re

import pytest
from django.db import connection

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL full-text search (stemming per language); SQLite's FTS5 has no stemmer",
)
on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="documents how SQLite's FTS5 index differs"
)


def get_search(client, language="da", **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response


def result_titles(response):
    """The result titles in order, without <mark> tags."""
    return [
        re.sub(r"</?mark>", "", title)
        for title in re.findall(
            r'<h2 class="search-result__title"><a href="[^"]*">(.*?)</a></h2>',
            response.content.decode(),
        )
    ]
