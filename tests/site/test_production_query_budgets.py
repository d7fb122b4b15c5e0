"""Every public page type renders in a fixed, small number of SQL queries, whatever its number
of children, images, related pages and translations; images reuse their renditions.

Each test starts with one of everything the page shows (so every kind of query is already
there), measures, adds many more, and measures again. The budgets are for a cold page cache:
a cache hit costs no query at all (test_production_page_cache.py).
"""

import itertools

import pytest
import wagtail_factories
from wagtail.models import Locale

from home.models import CustomRendition
from initiatives.models import InitiativeRelatedLink
from tests.home.factories import ContactFactory, StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory
from tests.site.query_budget import assert_constant_queries

# Queries a page may cost on a cold page cache: measured on this branch (home 12, petal 14,
# initiative 17, standard 14, 404 9) plus 2 of headroom for the site chrome to grow. Most are
# Wagtail's routing (site, locale, page, ancestors, view restrictions), the navigation, the
# breadcrumbs and the footer's settings; none depends on how much content there is.
# Measured after merging the localisation (hreflang, switcher), search and front-end chrome.
BUDGET = {"home": 19, "petal": 19, "initiative": 25, "standard": 18, "404": 13}

_names = itertools.count()


def _title(prefix):
    return f"{prefix} {next(_names)}"


def _with_images(page, count):
    page.body = [
        ("image", {"image": wagtail_factories.ImageFactory(), "alt_text": f"Billede {n}"})
        for n in range(count)
    ]
    page.save_revision().publish()


def _translate(page, locale):
    translation = page.copy_for_translation(locale)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def english(db):
    return Locale.objects.create(language_code="en")


def test_home_page_budget(client, home_page, english, django_assert_max_num_queries):
    _translate(home_page, english)
    _translate(PetalPageFactory(parent=home_page, title=_title("Tema")), english)
    StandardPageFactory(parent=home_page, title=_title("Om"), show_in_menus=True)
    _with_images(home_page, 1)

    def grow():
        for _ in range(5):
            _translate(PetalPageFactory(parent=home_page, title=_title("Tema")), english)
        for _ in range(3):
            StandardPageFactory(parent=home_page, title=_title("Om"), show_in_menus=True)
        _with_images(home_page, 4)

    assert_constant_queries(
        client,
        "/da/",
        grow=grow,
        budget=BUDGET["home"],
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_petal_page_budget(client, home_page, english, django_assert_max_num_queries):
    _translate(home_page, english)
    petal = PetalPageFactory(parent=home_page, title=_title("Tema"))
    _translate(petal, english)
    InitiativePageFactory(parent=petal, title=_title("Indsats"))
    _with_images(petal, 1)

    def grow():
        for _ in range(12):
            InitiativePageFactory(parent=petal, title=_title("Indsats"))
        for _ in range(3):
            PetalPageFactory(parent=home_page, title=_title("Tema"))
        _with_images(petal, 4)

    assert_constant_queries(
        client,
        petal.url,
        grow=grow,
        budget=BUDGET["petal"],
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_initiative_page_budget(client, home_page, english, django_assert_max_num_queries):
    _translate(home_page, english)
    petal = PetalPageFactory(parent=home_page, title=_title("Tema"))
    _translate(petal, english)
    initiative = InitiativePageFactory(
        parent=petal, title=_title("Indsats"), contact=ContactFactory()
    )
    _translate(initiative, english)
    others = [InitiativePageFactory(parent=petal, title=_title("Indsats")) for _ in range(8)]
    InitiativeRelatedLink.objects.create(page=initiative, related=others[0])
    _with_images(initiative, 1)

    def grow():
        for other in others[1:]:
            InitiativeRelatedLink.objects.create(page=initiative, related=other)
        _with_images(initiative, 4)

    assert_constant_queries(
        client,
        initiative.url,
        grow=grow,
        budget=BUDGET["initiative"],
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_standard_page_budget(client, home_page, english, django_assert_max_num_queries):
    _translate(home_page, english)
    page = StandardPageFactory(parent=home_page, title=_title("Om"))
    _translate(page, english)
    StandardPageFactory(parent=page, title=_title("Underside"))
    _with_images(page, 1)

    def grow():
        for _ in range(10):
            StandardPageFactory(parent=page, title=_title("Underside"))
        _with_images(page, 4)

    assert_constant_queries(
        client,
        page.url,
        grow=grow,
        budget=BUDGET["standard"],
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_not_found_page_budget(client, home_page, django_assert_max_num_queries):
    PetalPageFactory(parent=home_page, title=_title("Tema"))

    def grow():
        for _ in range(8):
            PetalPageFactory(parent=home_page, title=_title("Tema"))

    assert_constant_queries(
        client,
        "/da/findes-ikke/",
        grow=grow,
        budget=BUDGET["404"],
        status=404,
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_images_reuse_their_renditions(client, home_page):
    page = StandardPageFactory(parent=home_page, title=_title("Billeder"))
    _with_images(page, 3)
    assert client.get(page.url).status_code == 200
    created = CustomRendition.objects.count()
    assert created == 3
    for _ in range(3):
        assert client.get(page.url).status_code == 200
    assert CustomRendition.objects.count() == created
