"""Index pages, the guide's result and the feeds use the same number of SQL queries whether
they list 3 items or 30 (relations are fetched with select_related / prefetch_related)."""

import datetime

import pytest

from initiatives.models import ApplicantCode, LocalCouncilMeeting, PurposeCode
from tests.home.factories import ContactFactory
from tests.initiatives.factories import (
    EventPageFactory,
    FundingGuidePageFactory,
    FundingPoolPageFactory,
    LocalAreaFactory,
    LocalCouncilPageFactory,
    deadline,
)

# Generous ceilings; the tests' point is that the count does not grow with the items.
BUDGET = 30


def count_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGET) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def counts_for(client, url, add_items, django_assert_max_num_queries):
    """Queries for `url` with 3 items, then with 30 (after adding 27 more)."""
    add_items(range(3))
    client.get(url)  # warm per-process caches (content types, site root paths)
    small = count_queries(client, url, django_assert_max_num_queries)
    add_items(range(3, 30))
    large = count_queries(client, url, django_assert_max_num_queries)
    return small, large


@pytest.fixture
def add_pools(pool_index, petals):
    today = datetime.date.today()

    def add(numbers):
        for n in numbers:
            FundingPoolPageFactory(
                parent=pool_index,
                title=f"Pulje {n:02d}",
                deadlines=[
                    deadline(today + datetime.timedelta(days=n + 1)),
                    deadline(today + datetime.timedelta(days=n + 200), note="Restmidler"),
                ],
                petals=[petals["synlighed"], petals["bosaetning"]],
                applicants=[ApplicantCode.ASSOCIATION, ApplicantCode.LOCAL_COMMUNITY],
                purpose_codes=[PurposeCode.COMMUNITY],
                contact=ContactFactory(),
            )

    return add


def test_pool_index_queries_do_not_grow_with_pools(
    client, pool_index, add_pools, django_assert_max_num_queries
):
    small, large = counts_for(client, pool_index.url, add_pools, django_assert_max_num_queries)
    assert small == large


def test_filtered_pool_index_queries_do_not_grow_with_pools(
    client, pool_index, add_pools, django_assert_max_num_queries
):
    url = pool_index.url + "?tema=synlighed&ansoeger=association"
    small, large = counts_for(client, url, add_pools, django_assert_max_num_queries)
    assert small == large


def test_guide_result_queries_do_not_grow_with_pools(
    client, pool_index, add_pools, django_assert_max_num_queries
):
    guide = FundingGuidePageFactory(parent=pool_index)
    url = guide.url + "?hvem=association&formaal=community&hvornaar=i-aar"
    small, large = counts_for(client, url, add_pools, django_assert_max_num_queries)
    assert small == large


def test_deadline_feed_queries_do_not_grow_with_pools(
    client, pool_index, add_pools, django_assert_max_num_queries
):
    url = pool_index.url + "kalender/"
    small, large = counts_for(client, url, add_pools, django_assert_max_num_queries)
    assert small == large


@pytest.fixture
def add_events(event_index, petals):
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)

    def add(numbers):
        for n in numbers:
            begins = start + datetime.timedelta(days=n)
            EventPageFactory(
                parent=event_index,
                title=f"Arrangement {n:02d}",
                start=begins,
                end=begins + datetime.timedelta(hours=2),
                petals=[petals["synlighed"]],
                contact=ContactFactory(),
            )

    return add


def test_event_index_queries_do_not_grow_with_events(
    client, event_index, add_events, django_assert_max_num_queries
):
    small, large = counts_for(client, event_index.url, add_events, django_assert_max_num_queries)
    assert small == large


def test_event_feed_queries_do_not_grow_with_events(
    client, event_index, add_events, django_assert_max_num_queries
):
    url = event_index.url + "kalender/"
    small, large = counts_for(client, url, add_events, django_assert_max_num_queries)
    assert small == large


def test_council_index_queries_do_not_grow_with_councils(
    client, council_index, django_assert_max_num_queries
):
    areas = [LocalAreaFactory(), LocalAreaFactory()]
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=5)

    def add(numbers):
        for n in numbers:
            LocalCouncilPageFactory(
                parent=council_index,
                title=f"Landsby {n:02d}",
                area=areas[n % 2],
                meetings=[
                    LocalCouncilMeeting(starts_at=soon, title="Bestyrelsesmøde"),
                    LocalCouncilMeeting(starts_at=soon - datetime.timedelta(days=30), title="Før"),
                ],
            )

    small, large = counts_for(client, council_index.url, add, django_assert_max_num_queries)
    assert small == large


def test_detail_pages_do_not_grow_with_their_links(
    client, petals, pool_index, event_index, council_index, django_assert_max_num_queries
):
    """A pool, an event and a council page cost the same with 1 or 4 linked initiatives,
    contacts, petals and deadlines."""
    from initiatives.models import (
        EventInitiative,
        FundingPoolInitiative,
        LocalCouncilContact,
        LocalCouncilInitiative,
    )
    from tests.initiatives.factories import InitiativePageFactory

    initiatives = [InitiativePageFactory(parent=petals["synlighed"]) for _n in range(4)]
    contacts = [ContactFactory() for _n in range(4)]
    today = datetime.date.today()
    both_petals = list(petals.values())

    def pages(n):
        return [
            FundingPoolPageFactory(
                parent=pool_index,
                petals=both_petals[: min(n, 2)],
                contact=contacts[0],
                deadlines=[deadline(today + datetime.timedelta(days=d + 1)) for d in range(n)],
                initiative_links=[FundingPoolInitiative(initiative=i) for i in initiatives[:n]],
            ),
            EventPageFactory(
                parent=event_index,
                petals=both_petals[: min(n, 2)],
                contact=contacts[0],
                initiative_links=[EventInitiative(initiative=i) for i in initiatives[:n]],
            ),
            LocalCouncilPageFactory(
                parent=council_index,
                contact_links=[LocalCouncilContact(contact=c) for c in contacts[:n]],
                initiative_links=[LocalCouncilInitiative(initiative=i) for i in initiatives[:n]],
            ),
        ]

    few, many = pages(1), pages(4)
    for small, large in zip(few, many, strict=True):
        client.get(small.url)
        assert count_queries(client, small.url, django_assert_max_num_queries) == count_queries(
            client, large.url, django_assert_max_num_queries
        ), type(small).__name__
