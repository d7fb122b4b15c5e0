"""Editors add and change external services, as they do contacts; moderators also delete them and
manage the search synonyms, as they do search promotions (roles of home.0003_editorial_roles)."""

from django.db import migrations

EDITORS = "Redaktører"
MODERATORS = "Moderatorer"

GRANTS = {
    EDITORS: [("links", "externalservice", "add"), ("links", "externalservice", "change")],
    MODERATORS: [
        ("links", "externalservice", "add"),
        ("links", "externalservice", "change"),
        ("links", "externalservice", "delete"),
        ("search", "searchsynonym", "add"),
        ("search", "searchsynonym", "change"),
        ("search", "searchsynonym", "delete"),
    ],
}
NAMES = {"externalservice": "ekstern tjeneste", "searchsynonym": "synonym i søgningen"}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, specs in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, model, action in specs:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {NAMES[model]}"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, specs in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, model, action in specs:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("links", "0001_external_services_and_link_checks"),
        ("search", "0004_search_synonyms"),
        ("home", "0003_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
