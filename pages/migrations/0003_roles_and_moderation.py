"""Staff roles and the moderation workflow (issue 5).

- Editors write: they add and change pages (the whole tree), images, documents, impact
  figures and the cooperative's snippets, and submit pages for moderation. They cannot
  publish.
- Moderators review: everything Editors can do, plus publish, lock and unlock pages,
  delete snippets, images and documents, and edit the site settings.
- The "Moderation" workflow (one task, approval by the Moderators group) is attached to
  the root of the page tree, so every page, whatever site it belongs to, goes through it.

Wagtail's own migrations create groups with the same names and a "Moderators approval"
workflow; this migration completes them idempotently rather than duplicating them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
COLLECTION_PERMISSIONS["Moderators"] = COLLECTION_PERMISSIONS["Editors"] + [
    ("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document"),
]
SNIPPETS = [("impact", "impactfigure"), ("pages", "partner"), ("pages", "certification"),
            ("pages", "province")]
GLOBAL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "access_admin")]
    + [(app, f"{action}_{model}") for app, model in SNIPPETS for action in ("add", "change")],
}
GLOBAL_PERMISSIONS["Moderators"] = GLOBAL_PERMISSIONS["Editors"] + [
    (app, f"delete_{model}") for app, model in SNIPPETS
] + [("pages", "change_sitesettings")]

WORKFLOW_NAME = "Moderation"
TASK_NAME = "Moderators' approval"


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate (post_migrate); make sure they exist.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}

    for name, group in groups.items():
        # Editors must not publish, whatever an earlier set-up gave them.
        if name == "Editors":
            GroupPagePermission.objects.filter(
                group=group, permission__codename="publish_page"
            ).delete()
            # Wagtail's own set-up lets them delete any image or document: not ours.
            group.permissions.remove(
                *group.permissions.filter(codename__in=["delete_image", "delete_document"])
            )
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page,
                permission=_permission(apps, "wagtailcore", codename),
            )
        if root_collection is not None:
            for app_label, codename in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=_permission(apps, app_label, codename),
                )
        group.permissions.add(
            *[_permission(apps, app_label, codename)
              for app_label, codename in GLOBAL_PERMISSIONS[name]]
        )

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([groups["Moderators"]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's default workflow is replaced: deactivate it when nothing uses it any more.
    unused = Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True)
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(workflow_tasks__workflow__in=unused).exclude(pk=task.pk).update(active=False)
    unused.update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_site_settings"),
        ("impact", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
