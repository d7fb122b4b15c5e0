"""The editorial roles and the moderation workflow, as data.

- "Redaktører" (editors): create and edit every page in every locale tree, images, documents and
  contact persons; they cannot publish, so their changes go to the moderators.
- "Moderatorer": everything the editors do, plus publish, approve or reject in the workflow,
  unlock pages, delete media and contacts, and manage redirects and search promotions.
- The workflow "Redaktionel godkendelse" (one group-approval task for "Moderatorer") on the
  tree's root page, so it covers the home page of every locale and everything below.

Wagtail's own default groups "Editors" and "Moderators" (and its default workflow
"Moderators approval") are replaced: their members move to the Danish groups, then they are
removed, so there is one set of roles. Idempotent: running it again changes nothing.

Permissions are created here if they do not exist yet (Django only creates them after all
migrations, in post_migrate), using app labels and codenames, so this migration does not depend
on the order in which apps migrate. Search promotions are optional: their permissions are only
granted when `wagtail.contrib.search_promotions` is installed.
"""

from django.apps import apps as global_apps
from django.db import migrations

EDITORS = "Redaktører"
MODERATORS = "Moderatorer"
WORKFLOW = "Redaktionel godkendelse"
TASK = "Godkendelse af moderator"

WAGTAIL_DEFAULT_GROUPS = {"Editors": EDITORS, "Moderators": MODERATORS}
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

# (app module that must be installed, app_label, model, codename, default name)
ACCESS_ADMIN = ("wagtail.admin", "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
SUBMIT_TRANSLATION = (
    "wagtail_localize",
    "wagtail_localize",
    "translation",
    "submit_translation",
    "Can submit translations",
)


def model_perm(app, app_label, model, action, verbose_name):
    return (app, app_label, model, f"{action}_{model}", f"Can {action} {verbose_name}")


def contact(action):
    return model_perm("home", "home", "contact", action, "kontaktperson")


def redirect(action):
    return model_perm("wagtail.contrib.redirects", "wagtailredirects", "redirect", action, "redirect")


def search_promotion(action):
    return model_perm(
        "wagtail.contrib.search_promotions",
        "wagtailsearchpromotions",
        "searchpromotion",
        action,
        "search promotion",
    )


def image(action):
    return model_perm("wagtail.images", "wagtailimages", "image", action, "image")


def document(action):
    return model_perm("wagtail.documents", "wagtaildocs", "document", action, "document")


ROLES = {
    EDITORS: {
        "global": [ACCESS_ADMIN, SUBMIT_TRANSLATION, contact("add"), contact("change")],
        "pages": ["add_page", "change_page"],
        "collections": [
            image("add"),
            image("change"),
            image("choose"),
            document("add"),
            document("change"),
            document("choose"),
        ],
    },
    MODERATORS: {
        "global": [
            ACCESS_ADMIN,
            SUBMIT_TRANSLATION,
            contact("add"),
            contact("change"),
            contact("delete"),
            redirect("add"),
            redirect("change"),
            redirect("delete"),
            search_promotion("add"),
            search_promotion("change"),
            search_promotion("delete"),
        ],
        "pages": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "collections": [
            image("add"),
            image("change"),
            image("choose"),
            image("delete"),
            document("add"),
            document("change"),
            document("choose"),
            document("delete"),
        ],
    },
}


def get_permission(apps, spec):
    """The Permission for `spec`, created if missing; None if its app is not installed."""
    app, app_label, model, codename, name = spec
    if not global_apps.is_installed(app):
        return None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def page_permission(apps, codename):
    names = {
        "add_page": "Can add page",
        "change_page": "Can change page",
        "publish_page": "Publish any page",
        "lock_page": "Lock/unlock pages you've locked",
        "unlock_page": "Unlock any page",
    }
    return get_permission(apps, ("wagtail", "wagtailcore", "page", codename, names[codename]))


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    for name, role in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        global_permissions = [get_permission(apps, spec) for spec in role["global"]]
        group.permissions.set([p for p in global_permissions if p is not None])

        if root_page is not None:
            wanted = [page_permission(apps, codename) for codename in role["pages"]]
            GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
                permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )

        if root_collection is not None:
            wanted = [get_permission(apps, spec) for spec in role["collections"]]
            wanted = [p for p in wanted if p is not None]
            GroupCollectionPermission.objects.filter(
                group=group, collection=root_collection
            ).exclude(permission__in=wanted).delete()
            for permission in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    # Members of Wagtail's English default groups move to the Danish ones; the old groups go.
    for old_name, new_name in WAGTAIL_DEFAULT_GROUPS.items():
        old = Group.objects.filter(name=old_name).first()
        if old is None:
            continue
        new = Group.objects.get(name=new_name)
        new.user_set.add(*old.user_set.all())
        old.delete()


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    moderators = Group.objects.get(name=MODERATORS)
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([moderators])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    # Wagtail's default workflow lost its group with "Moderators": remove it if it was never
    # used, otherwise keep its history and switch it off.
    for old in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).exclude(pk=workflow.pk):
        old_task_ids = list(old.workflow_tasks.values_list("task_id", flat=True))
        if WorkflowState.objects.filter(workflow=old).exists():
            old.active = False
            old.save()
            WorkflowPage.objects.filter(workflow=old).delete()
        else:
            old.delete()
        for old_task in Task.objects.filter(pk__in=old_task_ids).exclude(pk=task.pk):
            if TaskState.objects.filter(task=old_task).exists():
                old_task.active = False
                old_task.save()
            elif not WorkflowTask.objects.filter(task=old_task).exists():
                old_task.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_translator_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        # The migrations that give Wagtail's default groups their permissions run first, so the
        # default groups are complete when their members move and they are removed.
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
