"""Pages render in a fixed number of SQL queries, whatever the number of children."""

from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


def _queries(client, url, django_assert_max_num_queries, budget):
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_home_page_query_count_does_not_grow_with_petals(
    client, home_page, django_assert_max_num_queries
):
    for n in range(2):
        PetalPageFactory(parent=home_page, title=f"Tema {n}")
    client.get("/da/")  # warm per-process caches (content types, site root paths)
    with_two = _queries(client, "/da/", django_assert_max_num_queries, 20)
    for n in range(2, 5):
        PetalPageFactory(parent=home_page, title=f"Tema {n}")
    assert _queries(client, "/da/", django_assert_max_num_queries, 20) == with_two


def test_petal_page_queries_do_not_grow_with_initiatives(
    client, home_page, django_assert_max_num_queries
):
    small = PetalPageFactory(parent=home_page, title="Lille")
    large = PetalPageFactory(parent=home_page, title="Stor")
    for n in range(2):
        InitiativePageFactory(parent=small, title=f"Lille indsats {n}")
    for n in range(12):
        InitiativePageFactory(parent=large, title=f"Stor indsats {n}")
    client.get(small.url)  # warm per-process caches (content types, site root paths)
    assert _queries(client, small.url, django_assert_max_num_queries, 20) == _queries(
        client, large.url, django_assert_max_num_queries, 20
    )
