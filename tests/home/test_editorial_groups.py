"""The groups: "Redaktører" and "Moderatorer" (created by a migration, with exactly the
permissions they need), and the groups per local council and per twin town (kept in step with
the pages by `seed_content` and by publishing)."""

import importlib
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
)

from home import editorial
from home.editorial import EDITORS, MODERATORS, WORKFLOW, own_language
from home.seeding import SeedReport
from tests.initiatives.factories import LocalCouncilIndexPageFactory, LocalCouncilPageFactory
from tests.twin_towns.factories import (
    TwinTownIndexPageFactory,
    TwinTownPageFactory,
    TwinTownProjectIndexPageFactory,
    TwinTownProjectPageFactory,
)

migration = importlib.import_module("home.migrations.0003_editorial_roles")
# A later migration widens the roles to the external services and the search synonyms.
links_grants = importlib.import_module("links.migrations.0002_editorial_permissions")


def _global(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def _on_root_page(group):
    return set(
        GroupPagePermission.objects.filter(group=group, page__depth=1).values_list(
            "permission__codename", flat=True
        )
    )


def _on_root_collection(group):
    return {
        f"{p.permission.content_type.app_label}.{p.permission.codename}"
        for p in GroupCollectionPermission.objects.filter(
            group=group, collection=Collection.get_first_root_node()
        )
    }


MEDIA_EDIT = {
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
}


def test_editors_create_and_edit_but_do_not_publish(db):
    editors = Group.objects.get(name=EDITORS)
    assert _global(editors) == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.add_contact",
        "home.change_contact",
        "links.add_externalservice",
        "links.change_externalservice",
    }
    assert _on_root_page(editors) == {"add_page", "change_page"}
    assert _on_root_collection(editors) == MEDIA_EDIT
    assert not GroupPagePermission.objects.filter(group=editors, page__depth__gt=1).exists()


def test_moderators_also_publish_and_manage_redirects_and_search_promotions(db):
    moderators = Group.objects.get(name=MODERATORS)
    expected = {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.add_contact",
        "home.change_contact",
        "home.delete_contact",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "links.add_externalservice",
        "links.change_externalservice",
        "links.delete_externalservice",
        "search.add_searchsynonym",
        "search.change_searchsynonym",
        "search.delete_searchsynonym",
    }
    if apps.is_installed("wagtail.contrib.search_promotions"):
        expected |= {
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
        }
    assert _global(moderators) == expected
    assert _on_root_page(moderators) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert _on_root_collection(moderators) == MEDIA_EDIT | {
        "wagtailimages.delete_image",
        "wagtaildocs.delete_document",
    }


def test_wagtails_english_default_groups_and_workflow_are_replaced(db):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == WORKFLOW
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == [WORKFLOW]


def test_the_migration_can_run_again_and_changes_nothing(db):
    def snapshot():
        return (
            sorted((g.name, sorted(_global(g))) for g in Group.objects.all()),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            list(Workflow.objects.values_list("name", "active")),
            WorkflowPage.objects.count(),
        )

    before = snapshot()
    migration.create_roles(apps, None)
    migration.create_workflow(apps, None)
    links_grants.grant(apps, None)
    assert snapshot() == before


def test_members_of_wagtails_default_groups_move_to_the_danish_groups(db, django_user_model):
    legacy = Group.objects.create(name="Moderators")
    user = django_user_model.objects.create_user(username="old", password="x")
    user.groups.add(legacy)
    migration.create_roles(apps, None)
    assert list(user.groups.values_list("name", flat=True)) == [MODERATORS]


# --- Groups per council and per town -----------------------------------------------------------


def test_the_real_roles_name_the_councils_and_twin_towns_page_types(db):
    labels = {(role.prefix, role.model, role.linked_model) for role in editorial.SCOPED_ROLES}
    assert labels == {
        ("Lokalråd", "initiatives.LocalCouncilPage", None),
        ("Venskabsby", "twin_towns.TwinTownPage", "twin_towns.TwinTownProjectPage"),
    }
    report = SeedReport()
    editorial.seed_editorial_groups(report)  # no such pages yet: nothing, no error
    assert report.created == []


@pytest.fixture
def council_index(home_page):
    return LocalCouncilIndexPageFactory(parent=home_page)


def test_the_seeder_creates_a_group_per_council_then_changes_nothing(council_index):
    councils = [
        LocalCouncilPageFactory(parent=council_index, title=t) for t in ("Hammelev", "Vojens")
    ]
    report = SeedReport()
    editorial.seed_editorial_groups(report)
    assert "gruppe: Lokalråd: Hammelev" in report.created
    for council in councils:
        group = Group.objects.get(name=f"Lokalråd: {council.title}")
        assert set(
            GroupPagePermission.objects.filter(group=group).values_list(
                "page_id", "permission__codename"
            )
        ) == {(council.id, "add_page"), (council.id, "change_page")}
        assert _global(group) == {"wagtailadmin.access_admin"}

    again = SeedReport()
    editorial.seed_editorial_groups(again)
    assert again.created == []


def test_a_renamed_council_keeps_its_group_under_the_new_name(council_index):
    council = LocalCouncilPageFactory(parent=council_index, title="Hammelev")
    editorial.seed_editorial_groups(SeedReport())
    group_id = Group.objects.get(name="Lokalråd: Hammelev").id
    council.title = "Hammelev og omegn"
    council.save()
    editorial.seed_editorial_groups(SeedReport())
    assert Group.objects.get(id=group_id).name == "Lokalråd: Hammelev og omegn"


def test_publishing_a_new_council_page_creates_its_group(council_index):
    council = LocalCouncilPageFactory(parent=council_index, title="Hammelev", live=False)
    assert not Group.objects.filter(name="Lokalråd: Hammelev").exists()
    council.save_revision().publish()
    assert Group.objects.filter(name="Lokalråd: Hammelev").exists()


@pytest.fixture
def twin_index(home_page):
    return TwinTownIndexPageFactory(parent=home_page)


def test_a_town_group_follows_its_projects(twin_index):
    project_index = TwinTownProjectIndexPageFactory(parent=twin_index)
    town = TwinTownPageFactory(parent=twin_index, title="Varberg")
    project = TwinTownProjectPageFactory(parent=project_index, title="Ungdomsuge")
    editorial.seed_editorial_groups(SeedReport())
    group = Group.objects.get(name="Venskabsby: Varberg")

    def pages_of(group):
        return set(
            GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True)
        )

    assert pages_of(group) == {town.id}

    # Linking the project to the town and publishing it gives the town's group access at once.
    project.towns = [town]
    project.save_revision().publish()
    assert pages_of(group) == {town.id, project.id}

    # Unlinking takes it away again at the next refresh.
    project.towns = []
    project.save_revision().publish()
    assert pages_of(group) == {town.id}


def test_a_town_group_may_edit_its_pages_in_the_towns_language_only(twin_index):
    town = TwinTownPageFactory(parent=twin_index, title="Varberg", language="sv")
    translations = {}
    for code in ("sv", "en"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        translations[code] = town.copy_for_translation(locale, copy_parents=True)
    assert own_language(town) == "sv"

    editorial.seed_editorial_groups(SeedReport())

    group = Group.objects.get(name="Venskabsby: Varberg")
    pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
    assert pages == {town.id, translations["sv"].id}


def test_a_language_field_names_the_towns_language(twin_index):
    town = TwinTownPageFactory(parent=twin_index)
    town.language = "nb"
    assert own_language(town) == "nb"
    town.language = "fr"  # not a language of the site: fall back to the translations
    assert own_language(town) is None


def test_seed_content_twice_creates_the_groups_once(db):
    call_command("seed_content", stdout=StringIO())
    groups = Group.objects.count(), GroupPagePermission.objects.count()
    out = StringIO()
    call_command("seed_content", stdout=out)
    assert "0 created" in out.getvalue()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == groups
