"""Listing pages cost the same number of SQL queries for 3 items as for 30."""

import pytest

from tests.home.factories import ContactFactory
from tests.initiatives.factories import PetalPageFactory
from tests.twin_towns.factories import TwinTownPageFactory, TwinTownProjectPageFactory
from twin_towns.models import Country, ProjectStatus, TwinTownContact, TwinTownProjectContact

BUDGET = 30


def count_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGET) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def add_towns(twin_index, start, stop):
    countries = [Country.SWEDEN, Country.NORWAY, Country.FINLAND, Country.GERMANY]
    return [
        TwinTownPageFactory(
            parent=twin_index,
            title=f"By {n}",
            country=countries[n % len(countries)],
            latitude=f"{50 + n % 10}.5",
            longitude=f"{5 + n % 15}.25",
            contact_links=[TwinTownContact(contact=ContactFactory())],
        )
        for n in range(start, stop)
    ]


def add_projects(project_index, towns, start, stop, petal=None):
    statuses = [ProjectStatus.IN_PROGRESS, ProjectStatus.PLANNED, ProjectStatus.DONE]
    return [
        TwinTownProjectPageFactory(
            parent=project_index,
            title=f"Projekt {n}",
            status=statuses[n % 3],
            towns=towns[:3],
            themes=[petal] if petal else None,
            contact_links=[
                TwinTownProjectContact(contact=ContactFactory()),
                TwinTownProjectContact(contact=ContactFactory(), town=towns[0]),
            ],
        )
        for n in range(start, stop)
    ]


@pytest.fixture
def warm(client):
    def warm_up(url):
        client.get(url)  # per-process caches: content types, site root paths

    return warm_up


def test_index_queries_do_not_grow_with_towns_and_projects(
    client, twin_index, project_index, django_assert_max_num_queries, warm
):
    towns = add_towns(twin_index, 0, 3)
    add_projects(project_index, towns, 0, 3)
    warm(twin_index.url)
    with_three = count_queries(client, twin_index.url, django_assert_max_num_queries)

    towns += add_towns(twin_index, 3, 30)
    add_projects(project_index, towns, 3, 30)
    with_thirty = count_queries(client, twin_index.url, django_assert_max_num_queries)
    assert with_thirty == with_three


def test_project_index_queries_do_not_grow_with_projects(
    client, twin_index, project_index, django_assert_max_num_queries, warm
):
    towns = add_towns(twin_index, 0, 3)
    add_projects(project_index, towns, 0, 3)
    warm(project_index.url)
    with_three = count_queries(client, project_index.url, django_assert_max_num_queries)

    add_projects(project_index, towns, 3, 30)
    assert count_queries(client, project_index.url, django_assert_max_num_queries) == with_three


def test_town_page_queries_do_not_grow_with_its_projects(
    client, twin_index, project_index, django_assert_max_num_queries, warm
):
    towns = add_towns(twin_index, 0, 3)
    add_projects(project_index, towns, 0, 3)
    town = towns[0]
    warm(town.url)
    with_three = count_queries(client, town.url, django_assert_max_num_queries)

    add_projects(project_index, towns, 3, 30)
    assert count_queries(client, town.url, django_assert_max_num_queries) == with_three


def test_project_page_queries_do_not_grow_with_its_towns_themes_and_contacts(
    client, home_page, twin_index, project_index, django_assert_max_num_queries, warm
):
    petals = [PetalPageFactory(parent=home_page, title=f"Tema {n}") for n in range(5)]
    few_towns = add_towns(twin_index, 0, 3)
    many_towns = few_towns + add_towns(twin_index, 3, 30)

    def project_with(towns, themes, title):
        return TwinTownProjectPageFactory(
            parent=project_index,
            title=title,
            towns=towns,
            themes=themes,
            contact_links=[
                TwinTownProjectContact(contact=ContactFactory(), town=town) for town in towns
            ],
        )

    small = project_with(few_towns, petals[:1], "Lille")
    large = project_with(many_towns, petals, "Stor")
    warm(small.url)
    assert count_queries(client, small.url, django_assert_max_num_queries) == count_queries(
        client, large.url, django_assert_max_num_queries
    )
