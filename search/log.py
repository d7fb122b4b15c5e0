"""The search log: Wagtail's query statistics plus whether the search found anything.

Only the query's words are stored, with daily counters. No IP address, no user, no session.
Queries that look like personal data (an e-mail address, a phone or CPR number) are not logged.

On PostgreSQL a search is logged with one statement (three upserts: the query, Wagtail's daily
hits, the daily outcome), where the ORM needs four or five round trips; elsewhere through the ORM.
That statement commits asynchronously (``synchronous_commit`` off for its own transaction only):
the reader does not wait for the server to flush its write-ahead log to disk, about 1-2 ms per
search here. If PostgreSQL itself crashed, the last fraction of a second of search counts could
be lost; nothing else is affected, and the database stays consistent.
"""

import re
import unicodedata

from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import DailySearchOutcome
from .text import CleanQuery

# An e-mail address, also written out to fool filters ("jens (at) gmail.com", "[at]",
# "snabel-a ... punktum dk"), or six or more digits in a row (allowing spaces, dots and dashes
# between them): CPR numbers, phone numbers, account numbers. "at" alone is a common Danish word
# ("at være frivillig"), so a spelled-out "at" counts only in brackets or before a domain.
_PERSONAL = re.compile(
    r"@"
    r"|[(\[{]\s*(?:at|snabel-?a)\s*[)\]}]"
    r"|\w\s+(?:at|snabel-?a)\s+[\w-]+\s*(?:\.|[(\[{]\s*dot\s*[)\]}]|\bdot\b|\bpunktum\b)\s*\w"
    r"|\d(?:[\s.\-/]?\d){5,}",
    re.IGNORECASE,
)


def looks_personal(text: str) -> bool:
    """Whether a query looks like personal data. Compatibility forms are folded first (NFKC),
    so a full-width "＠" or "０１０２..." is caught like "@" and "0102..."."""
    return bool(_PERSONAL.search(unicodedata.normalize("NFKC", text)))


def record_search(query: CleanQuery, locale, result_count: int) -> bool:
    """Log one search; returns False if it was not logged (nothing to log, or personal)."""
    if not query.terms or looks_personal(query.text):
        return False
    found = result_count > 0
    if connection.vendor == "postgresql":
        _record_in_one_statement(normalise_query_string(query.normalised), locale, found)
    else:
        logged = Query.get(query.normalised)
        logged.add_hit()
        DailySearchOutcome.count(logged, locale, found_results=found)
    return True


def _record_in_one_statement(query_string, locale, found):
    """What Query.get(), Query.add_hit() and DailySearchOutcome.count() do, race-safe, at once.
    (Wagtail counts hits per UTC date, timezone.now().date(); the outcomes per local date.)"""
    queries = Query._meta.db_table
    hits = QueryDailyHits._meta.db_table
    outcomes = DailySearchOutcome._meta.db_table
    sql = f"""
        WITH asynchronous AS (
            SELECT set_config('synchronous_commit', 'off', true)
        ), logged AS (
            INSERT INTO {queries} (query_string) VALUES (%s)
            ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string
            RETURNING id
        ), hit AS (
            INSERT INTO {hits} (query_id, date, hits) SELECT id, %s, 1 FROM logged
            ON CONFLICT (query_id, date) DO UPDATE SET hits = {hits}.hits + 1
        )
        INSERT INTO {outcomes} (query_id, locale_id, date, searches, searches_without_results)
        SELECT id, %s, %s, 1, %s FROM logged, asynchronous
        ON CONFLICT (query_id, locale_id, date) DO UPDATE SET
            searches = {outcomes}.searches + 1,
            searches_without_results = {outcomes}.searches_without_results
                + EXCLUDED.searches_without_results
    """  # noqa: S608 - table names from the models; every value is a parameter
    params = [
        query_string,
        timezone.now().date(),
        locale.pk,
        timezone.localdate(),
        0 if found else 1,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
