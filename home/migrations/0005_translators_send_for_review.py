"""Translators no longer publish: their translations go through the moderators' review.

Removes the `publish_page` permission that `0002_translator_groups` (and the seeder) gave the
translator groups ("Oversættere, <sprog>") on their language's home page. Reversing it gives
the permission back on every locale home page.
"""

from django.db import migrations

TRANSLATOR_GROUPS = [
    "Oversættere, engelsk",
    "Oversættere, tysk",
    "Oversættere, svensk",
    "Oversættere, norsk",
    "Oversættere, finsk",
]
LANGUAGES = {
    "Oversættere, engelsk": "en",
    "Oversættere, tysk": "de",
    "Oversættere, svensk": "sv",
    "Oversættere, norsk": "nb",
    "Oversættere, finsk": "fi",
}


def remove_publish(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name__in=TRANSLATOR_GROUPS,
        permission__content_type__app_label="wagtailcore",
        permission__codename="publish_page",
    ).delete()


def restore_publish(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    permission = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="publish_page"
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=TRANSLATOR_GROUPS):
        for page in Page.objects.filter(depth=2, locale__language_code=LANGUAGES[group.name]):
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [("home", "0004_page_readability")]

    operations = [migrations.RunPython(remove_publish, restore_publish)]
