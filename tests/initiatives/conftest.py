"""Fixtures for the citizens' tools: the petals, and an index page of each kind under home."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.initiatives.factories import (
    EventIndexPageFactory,
    FundingPoolIndexPageFactory,
    LocalCouncilIndexPageFactory,
    PetalPageFactory,
)

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def copenhagen(*args):
    """An aware datetime on the Copenhagen wall clock, e.g. copenhagen(2026, 3, 29, 23, 59)."""
    return datetime.datetime(*args, tzinfo=COPENHAGEN)


@pytest.fixture
def petals(home_page):
    return {
        "synlighed": PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed"),
        "bosaetning": PetalPageFactory(
            parent=home_page, title="Bosætning og levesteder", slug="bosaetning-og-levesteder"
        ),
    }


@pytest.fixture
def pool_index(home_page):
    return FundingPoolIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def council_index(home_page):
    return LocalCouncilIndexPageFactory(parent=home_page)
