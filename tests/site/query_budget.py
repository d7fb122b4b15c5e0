"""A reusable query-budget check for any public page type.

    assert_constant_queries(client, url, grow=lambda: add_children(10), budget=20,
                            django_assert_max_num_queries=django_assert_max_num_queries)

renders `url` once to warm per-process caches, counts the queries of a second render, calls
`grow()` (add children, images, translations...), and asserts the page still renders within
`budget` queries and in exactly as many as before: the query count does not grow with content.
"""


def count_queries(client, url, django_assert_max_num_queries, budget, status=200):
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == status, f"{url} answered {response.status_code}"
    return len(captured.captured_queries)


def assert_constant_queries(
    client, url, *, grow, budget, django_assert_max_num_queries, status=200
):
    client.get(url)  # warm per-process caches (content types, site root paths, renditions)
    before = count_queries(client, url, django_assert_max_num_queries, budget, status)
    grow()
    client.get(url)  # new content may create renditions once; that is not per request
    after = count_queries(client, url, django_assert_max_num_queries, budget, status)
    assert after == before, f"{url}: {before} queries before, {after} after adding content"
    return after
