"""The search log: Wagtail's query statistics plus whether the search found anything.

Only the query's words are stored, with daily counters. No IP address, no user, no session.
Queries that look like personal data (an e-mail address, a phone or CPR number) are not logged.
"""

import re

from wagtail.contrib.search_promotions.models import Query

from .models import DailySearchOutcome
from .text import CleanQuery

# An e-mail address, or six or more digits in a row (allowing spaces, dots and dashes between
# them): CPR numbers, phone numbers, account numbers.
_PERSONAL = re.compile(r"@|\d(?:[\s.\-/]?\d){5,}")


def looks_personal(text: str) -> bool:
    return bool(_PERSONAL.search(text))


def record_search(query: CleanQuery, locale, result_count: int) -> bool:
    """Log one search; returns False if it was not logged (nothing to log, or personal)."""
    if not query.terms or looks_personal(query.text):
        return False
    logged = Query.get(query.normalised)
    logged.add_hit()
    DailySearchOutcome.count(logged, locale, found_results=result_count > 0)
    return True
