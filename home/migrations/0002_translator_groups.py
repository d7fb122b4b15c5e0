"""Partner translator groups: one per language besides Danish (see home/translators.py)."""

from django.db import migrations

# A copy of home.translators.TRANSLATOR_GROUPS as of this migration (a test keeps them equal).
TRANSLATOR_GROUPS = {
    "en": "Oversættere, engelsk",
    "de": "Oversættere, tysk",
    "sv": "Oversættere, svensk",
    "nb": "Oversættere, norsk",
    "fi": "Oversættere, finsk",
}
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def create_translator_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    page_permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
        )
    )
    for language_code, name in TRANSLATOR_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        # Locale trees that already exist (later ones are granted when they are created).
        for root in Page.objects.filter(depth=2, locale__language_code=language_code):
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )


def remove_translator_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=TRANSLATOR_GROUPS.values()).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(create_translator_groups, remove_translator_groups),
    ]
