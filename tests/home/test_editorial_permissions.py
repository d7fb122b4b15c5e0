"""The permission matrix: what each editorial role may and may not do, through the admin's own
views (the same requests an editor's browser makes), not only the permission tables.

Roles: "Redaktører" (redaktoer), "Moderatorer" (moderator), a local council's group (lokalraad),
a twin town's group (venskabsby) and a logged-in user with no group (udenforstaaende). See
`editorial_world.py` for the site they work on: the real council and twin-town page types, and
the groups the real `SCOPED_ROLES` make for them.
"""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from tests.home.admin_forms import post_edit
from tests.home.editorial_world import build_world
from tests.home.factories import ContactFactory

USERS = ["redaktoer", "moderator", "lokalraad", "venskabsby", "udenforstaaende"]
EDITORS_AND_MODERATORS = {"redaktoer", "moderator"}


@pytest.fixture
def world(home_page, django_user_model):
    return build_world(home_page, django_user_model)


def _allowed(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code in (200, 302, 403), (url, response.status_code)
    return response.status_code == 200


def _who_may_open(client, world, url):
    return {name for name in USERS if _allowed(client, world.users[name], url)}


# Which users may open each page's edit view.
EDIT = {
    "home": EDITORS_AND_MODERATORS,
    "about": EDITORS_AND_MODERATORS,
    "council_index": EDITORS_AND_MODERATORS,
    "council": EDITORS_AND_MODERATORS | {"lokalraad"},
    "twin_index": EDITORS_AND_MODERATORS,
    "town": EDITORS_AND_MODERATORS | {"venskabsby"},
    "other_town": EDITORS_AND_MODERATORS,
    "project_index": EDITORS_AND_MODERATORS,
    "project": EDITORS_AND_MODERATORS | {"venskabsby"},
    "other_project": EDITORS_AND_MODERATORS,
    # The town's own language (Swedish): the partner translates its page and projects there.
    "town_sv": EDITORS_AND_MODERATORS | {"venskabsby"},
    "project_sv": EDITORS_AND_MODERATORS | {"venskabsby"},
    "home_sv": EDITORS_AND_MODERATORS,
    # English is not the town's language: its group does not edit the English translations,
    # although the English project's synchronised `towns` still name the Danish Varberg page.
    "town_en": EDITORS_AND_MODERATORS,
    "project_en": EDITORS_AND_MODERATORS,
}


@pytest.mark.parametrize("page_name", EDIT)
def test_who_may_open_the_edit_view(world, client, page_name):
    page = getattr(world, page_name)
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    assert _who_may_open(client, world, url) == EDIT[page_name]


def test_the_town_group_edits_varberg_in_danish_and_swedish_but_not_in_english(world, client):
    """The issue: "Venskabsby: Varberg" could open the English translation of a Varberg project.
    home.editorial promises the town and its projects, and their translations into the town's
    own language (Swedish); English belongs to the translator groups."""
    user = world.users["venskabsby"]
    for name in ("town", "project", "town_sv", "project_sv"):
        url = reverse("wagtailadmin_pages:edit", args=[getattr(world, name).id])
        assert _allowed(client, user, url), name
    for name in ("project_en", "town_en", "other_project"):
        page = getattr(world, name)
        assert not page.permissions_for_user(user).can_edit(), name
        url = reverse("wagtailadmin_pages:edit", args=[page.id])
        assert not _allowed(client, user, url), name


# Which users may open the "add page" form for a page type under a parent.
ADD = [
    ("council_index", "initiatives", "localcouncilpage", EDITORS_AND_MODERATORS),
    ("twin_index", "twin_towns", "twintownpage", EDITORS_AND_MODERATORS),
    ("project_index", "twin_towns", "twintownprojectpage", EDITORS_AND_MODERATORS),
    ("home", "home", "standardpage", EDITORS_AND_MODERATORS),
    ("home", "initiatives", "petalpage", EDITORS_AND_MODERATORS),
]


@pytest.mark.parametrize(("parent_name", "app_label", "model_name", "expected"), ADD)
def test_who_may_add_a_subpage(world, client, parent_name, app_label, model_name, expected):
    parent = getattr(world, parent_name)
    url = reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.id])
    assert _who_may_open(client, world, url) == expected


@pytest.mark.parametrize("page_name", ["council", "town", "town_sv"])
def test_a_council_or_town_group_creates_no_pages(world, client, page_name):
    """A council's or town's page takes no subpages (`subpage_types = []`), so the "add" right
    the group holds on it creates nothing: nobody may add a page below it, and a new project
    goes under the project index, which is the editors'."""
    page = getattr(world, page_name)
    url = reverse("wagtailadmin_pages:add_subpage", args=[page.id])
    assert _who_may_open(client, world, url) == set()
    add_standard_page = reverse("wagtailadmin_pages:add", args=["home", "standardpage", page.id])
    assert _who_may_open(client, world, add_standard_page) == set()


@pytest.mark.parametrize(
    ("username", "page_name"),
    [
        ("redaktoer", "about"),
        ("lokalraad", "council"),
        ("venskabsby", "town"),
        ("venskabsby", "town_sv"),
        ("venskabsby", "project"),
        ("venskabsby", "project_sv"),
    ],
)
def test_only_moderators_publish_the_others_save_drafts(world, client, username, page_name):
    page = getattr(world, page_name)
    client.force_login(world.users[username])
    changes = {"title": "Ny titel"}
    if page_name == "project_sv":
        # The copy still names the Danish Varberg (a synchronised field), and the project form
        # offers only towns in the project's language: the partner chooses the Swedish Varberg.
        changes["towns"] = [str(world.town_sv.id)]
    response = post_edit(client, page, action="publish", **changes)
    assert response.status_code == 302
    page = Page.objects.get(id=page.id)
    assert page.title != "Ny titel", "the live page is unchanged"
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Ny titel", "kept as a draft"


def test_a_moderator_publishes(world, client):
    client.force_login(world.users["moderator"])
    response = post_edit(client, world.council, action="publish", title="Arnum Lokalråd 2.0")
    assert response.status_code == 302
    page = Page.objects.get(id=world.council.id)
    assert page.title == "Arnum Lokalråd 2.0"
    assert not page.has_unpublished_changes


def test_the_publish_button_is_offered_only_to_moderators(world, client):
    url = reverse("wagtailadmin_pages:edit", args=[world.council.id])
    offered = set()
    for name in ("redaktoer", "moderator", "lokalraad"):
        client.force_login(world.users[name])
        if 'name="action-publish"' in client.get(url).content.decode():
            offered.add(name)
    assert offered == {"moderator"}


def test_contacts_snippet(world, client):
    contact = ContactFactory()
    assert _who_may_open(client, world, reverse("wagtailsnippets_home_contact:list")) == (
        EDITORS_AND_MODERATORS
    )
    assert _who_may_open(client, world, reverse("wagtailsnippets_home_contact:add")) == (
        EDITORS_AND_MODERATORS
    )
    edit = reverse("wagtailsnippets_home_contact:edit", args=[contact.pk])
    assert _who_may_open(client, world, edit) == EDITORS_AND_MODERATORS
    delete = reverse("wagtailsnippets_home_contact:delete", args=[contact.pk])
    assert _who_may_open(client, world, delete) == {"moderator"}


def test_redirects_are_for_moderators(world, client):
    assert _who_may_open(client, world, reverse("wagtailredirects:index")) == {"moderator"}
    assert _who_may_open(client, world, reverse("wagtailredirects:add")) == {"moderator"}


def test_search_promotions_are_for_moderators(world, client):
    pytest.importorskip("wagtail.contrib.search_promotions")
    index = reverse("wagtailsearchpromotions:index")
    assert _who_may_open(client, world, index) == {"moderator"}
    assert _who_may_open(client, world, reverse("wagtailsearchpromotions:add")) == {"moderator"}


def test_a_moderator_adds_a_redirect(world, client):
    client.force_login(world.users["moderator"])
    response = client.post(
        reverse("wagtailredirects:add"),
        {
            "old_path": "/gammel-side",
            "site": "",
            "is_permanent": "on",
            "redirect_page": "",
            "redirect_page_route_path": "",
            "redirect_link": "https://example.org/",
        },
    )
    assert response.status_code == 302
    client.force_login(world.users["redaktoer"])
    response = client.post(
        reverse("wagtailredirects:add"),
        {
            "old_path": "/anden-side",
            "site": "",
            "is_permanent": "on",
            "redirect_page": "",
            "redirect_page_route_path": "",
            "redirect_link": "https://example.org/",
        },
    )
    assert list(Redirect.objects.values_list("old_path", flat=True)) == ["/gammel-side"]


def test_media_for_every_role_with_pages(world, client):
    everyone_with_pages = EDITORS_AND_MODERATORS | {"lokalraad", "venskabsby"}
    assert _who_may_open(client, world, reverse("wagtailimages:add_multiple")) == (
        everyone_with_pages
    )
    assert _who_may_open(client, world, reverse("wagtaildocs:add_multiple")) == (
        everyone_with_pages
    )


def test_starting_translations_is_for_editors_and_moderators(world, client):
    url = reverse("wagtail_localize:submit_page_translation", args=[world.about.id])
    assert _who_may_open(client, world, url) == EDITORS_AND_MODERATORS


def test_only_users_in_a_group_reach_the_admin(world, client):
    assert _who_may_open(client, world, reverse("wagtailadmin_home")) == set(USERS) - {
        "udenforstaaende"
    }
