"""Who manages the new snippets: editors add and change external services (as contacts);
moderators also delete them and manage the search synonyms (as search promotions)."""

import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def member(django_user_model):
    def _member(group):
        user = django_user_model.objects.create_user(username=group, password="x" * 16)
        user.groups.add(Group.objects.get(name=group))
        return user

    return _member


def test_editors_manage_external_services_but_not_synonyms(client, member):
    editor = member("Redaktører")
    assert editor.has_perm("links.add_externalservice")
    assert editor.has_perm("links.change_externalservice")
    assert not editor.has_perm("links.delete_externalservice")
    assert not editor.has_perm("search.change_searchsynonym")
    client.force_login(editor)
    assert client.get("/admin/snippets/links/externalservice/add/").status_code == 200


def test_moderators_manage_synonyms(client, member):
    moderator = member("Moderatorer")
    assert moderator.has_perm("links.delete_externalservice")
    for action in ("add", "change", "delete"):
        assert moderator.has_perm(f"search.{action}_searchsynonym")
    client.force_login(moderator)
    assert client.get("/admin/snippets/search/searchsynonym/add/").status_code == 200
