"""The group "Frivillige moderatorer": volunteers who moderate and edit the meeting place and
nothing of the municipal site.

Its members may use the admin, handle posts (view, change, delete: approve, reject, hide and edit
are changes), manage the categories and the meeting place's rules. They get no page permission
here: `seed_content` (volunteering/seed.py) gives them edit and publish on the meeting place's
own page tree once it exists, and nothing anywhere else.
"""

from django.db import migrations

GROUP = "Frivillige moderatorer"

PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("volunteering", "post", "view_post", "Can view opslag"),
    ("volunteering", "post", "change_post", "Can change opslag"),
    ("volunteering", "post", "delete_post", "Can delete opslag"),
    ("volunteering", "category", "add_category", "Can add kategori"),
    ("volunteering", "category", "change_category", "Can change kategori"),
    ("volunteering", "category", "delete_category", "Can delete kategori"),
    ("volunteering", "category", "view_category", "Can view kategori"),
    (
        "volunteering",
        "meetingplacesettings",
        "change_meetingplacesettings",
        "Can change Frivilligbørsens regler",
    ),
]


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _created = Group.objects.get_or_create(name=GROUP)
    permissions = []
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        permissions.append(permission)
    group.permissions.set(permissions)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("volunteering", "0001_meeting_place"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
