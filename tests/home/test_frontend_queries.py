"""The DKFDS chrome (menus, language switcher, footer links, related content) costs a fixed
number of queries, whatever the number of pages it lists."""

from initiatives.models import InitiativeRelatedLink
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


def _count(client, url, django_assert_max_num_queries, budget=25):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_initiative_page_queries_do_not_grow_with_related_initiatives(
    client, home_page, django_assert_max_num_queries
):
    petal = PetalPageFactory(parent=home_page)
    few, many = InitiativePageFactory(parent=petal), InitiativePageFactory(parent=petal)
    others = [InitiativePageFactory(parent=petal) for _ in range(6)]
    InitiativeRelatedLink.objects.create(page=few, related=others[0])
    for other in others:
        InitiativeRelatedLink.objects.create(page=many, related=other)
    assert _count(client, few.url, django_assert_max_num_queries) == _count(
        client, many.url, django_assert_max_num_queries
    )


def test_sub_page_queries_do_not_grow_with_its_siblings(
    client, home_page, django_assert_max_num_queries
):
    small, large = StandardPageFactory(parent=home_page), StandardPageFactory(parent=home_page)
    small_children = [StandardPageFactory(parent=small) for _ in range(2)]
    large_children = [StandardPageFactory(parent=large) for _ in range(9)]
    assert _count(client, small_children[0].url, django_assert_max_num_queries) == _count(
        client, large_children[0].url, django_assert_max_num_queries
    )


def test_home_page_with_the_whole_flower_and_menu_stays_within_budget(
    client, home_page, django_assert_max_num_queries
):
    for n in range(5):
        PetalPageFactory(parent=home_page, title=f"Tema {n}", show_in_menus=True)
    StandardPageFactory(parent=home_page, slug="tilgaengelighedserklaering")
    StandardPageFactory(parent=home_page, slug="privatlivspolitik")
    assert _count(client, "/da/", django_assert_max_num_queries, budget=18) <= 18
