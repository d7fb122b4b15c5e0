"""Query budgets for what "From reading to doing" added: a page's "Her kan du handle" services
and the councils index's look-up by place (?sted=). Same method and budgets as
test_production_query_budgets.py: the count must not grow with the number of services or
councils."""

import pytest

from tests.initiatives.factories import (
    InitiativePageFactory,
    LocalCouncilIndexPageFactory,
    LocalCouncilPageFactory,
    PetalPageFactory,
)
from tests.links.factories import ExternalServiceFactory
from tests.site.query_budget import assert_constant_queries

from .test_production_query_budgets import BUDGET

pytestmark = pytest.mark.usefixtures("chrome_cache")


def test_initiative_with_action_links_budget(client, home_page, django_assert_max_num_queries):
    petal = PetalPageFactory(parent=home_page)
    page = InitiativePageFactory(parent=petal)
    page.action_links = [("service", ExternalServiceFactory(url_confirmed=False))]
    page.save_revision().publish()

    def grow():
        page.action_links = [("service", ExternalServiceFactory()) for _ in range(5)]
        page.save_revision().publish()

    assert_constant_queries(
        client,
        page.url,
        grow=grow,
        budget=BUDGET["initiative"][0] + 1,
        warm_budget=BUDGET["initiative"][1] + 1,
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_council_lookup_by_place_budget(client, home_page, django_assert_max_num_queries):
    index = LocalCouncilIndexPageFactory(parent=home_page)
    LocalCouncilPageFactory(parent=index, title="Arnum/Højrup", villages="Arnum\nHøjrup")

    def grow():
        for number in range(8):
            LocalCouncilPageFactory(parent=index, villages=f"Landsby {number}")

    assert_constant_queries(
        client,
        f"{index.url}?sted=hojrup",
        grow=grow,
        budget=BUDGET["council index"][0],
        warm_budget=BUDGET["council index"][1],
        django_assert_max_num_queries=django_assert_max_num_queries,
    )
