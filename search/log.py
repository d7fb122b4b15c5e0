"""The search log: Wagtail's query statistics plus whether the search found anything.

Only the query's words are stored, with daily counters. No IP address, no user, no session.
Queries that look like personal data (an e-mail address, a phone or CPR number) are not logged.

A search is logged through Wagtail's own Query API (`Query.get`, `Query.add_hit`) plus the
daily outcome, in one transaction. On PostgreSQL that transaction commits asynchronously
(``synchronous_commit`` off for it only): the reader does not wait for the server to flush its
write-ahead log to disk. If PostgreSQL itself crashed, the last fraction of a second of search
counts could be lost; nothing else is affected, and the database stays consistent.
"""

import re
import unicodedata

from django.db import connection, transaction
from wagtail.contrib.search_promotions.models import Query

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
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # This transaction only: the reader does not wait for the log to reach the disk.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        logged = Query.get(query.normalised)
        logged.add_hit()
        DailySearchOutcome.count(logged, locale, found_results=result_count > 0)
    return True
