"""Query budgets for the meeting place's list and post pages: constant whatever the number of
posts and categories (tests/site/query_budget.py)."""

import pytest

from tests.site.query_budget import assert_constant_queries

from .factories import CategoryFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_list_page_queries_do_not_grow(
    reader, meeting_place, area, category, django_assert_max_num_queries
):
    PostFactory(area=area).categories.add(category)

    def grow():
        for _ in range(10):
            post = PostFactory(area=area)
            post.categories.add(category, CategoryFactory())

    assert_constant_queries(
        reader,
        "/da/",
        grow=grow,
        budget=20,
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_post_page_queries_do_not_grow(
    reader, meeting_place, area, category, django_assert_max_num_queries
):
    post = PostFactory(area=area)
    post.categories.add(category)

    def grow():
        post.categories.add(*[CategoryFactory() for _ in range(5)])
        PostFactory.create_batch(5)

    assert_constant_queries(
        reader,
        f"/da/opslag/{post.pk}/",
        grow=grow,
        budget=18,
        django_assert_max_num_queries=django_assert_max_num_queries,
    )
