"""A reusable query-budget check for any public page type.

    assert_constant_queries(client, url, grow=lambda: add_children(10), budget=12,
                            warm_budget=6,
                            django_assert_max_num_queries=django_assert_max_num_queries)

renders `url` to warm per-process caches, then counts the queries of two renders on a cold page
cache: the first right after the cache generation was replaced (a publish: the site chrome of
home.chrome is computed again, `budget`), the second with the chrome cached (every other
render, `warm_budget`). It calls `grow()` (add children, images, translations...) and counts
both again: the page must stay within its budgets and need exactly as many queries as before,
so the count does not grow with content. Returns (cold, warm).
"""

from haderslev_site import cache as page_cache


def count_queries(client, url, django_assert_max_num_queries, budget, status=200):
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == status, f"{url} answered {response.status_code}"
    return len(captured.captured_queries)


def _measure(client, url, budget, warm_budget, django_assert_max_num_queries, status):
    page_cache.bump_generation("query budget: chrome cold")
    cold = count_queries(client, url, django_assert_max_num_queries, budget, status)
    warm = count_queries(client, url, django_assert_max_num_queries, warm_budget, status)
    return cold, warm


def assert_constant_queries(
    client, url, *, grow, budget, django_assert_max_num_queries, warm_budget=None, status=200
):
    warm_budget = budget if warm_budget is None else warm_budget
    # Warm per-process caches (content types, site root paths, renditions; the first render
    # may create the site's settings row).
    client.get(url)
    client.get(url)
    before = _measure(client, url, budget, warm_budget, django_assert_max_num_queries, status)
    grow()
    client.get(url)  # new content may create renditions once; that is not per request
    after = _measure(client, url, budget, warm_budget, django_assert_max_num_queries, status)
    assert after == before, (
        f"{url}: (chrome cold, chrome cached) {before} queries before, {after} after adding content"
    )
    return after
