"""Staff roles and the moderation workflow.

- Editors write: they add and change pages (the whole tree), images, documents, impact
  figures and the cooperative's snippets, read and answer contact requests, and submit
  pages and figures for moderation. They cannot publish.
- Moderators review: everything Editors can do, plus publish, lock and unlock pages and
  impact figures, delete snippets, images, documents and contact requests, and edit the
  site settings.
- The "Moderation" workflow (one task, approval by the Moderators group) is attached to
  the root of the page tree, so every page goes through it, and to the impact figure
  content type, so figures do too.

Wagtail's own migrations create groups with the same names and a "Moderators approval"
workflow; this completes them idempotently rather than duplicating them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
COLLECTION_PERMISSIONS["Moderators"] = COLLECTION_PERMISSIONS["Editors"] + [
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
SNIPPETS = [
    ("impact", "impactfigure"),
    ("cooperative", "partner"),
    ("cooperative", "certification"),
    ("cooperative", "province"),
]
GLOBAL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "access_admin")]
    + [(app, f"{action}_{model}") for app, model in SNIPPETS for action in ("add", "change")]
    + [("contact", "view_contactsubmission"), ("contact", "change_contactsubmission")],
}
GLOBAL_PERMISSIONS["Moderators"] = (
    GLOBAL_PERMISSIONS["Editors"]
    + [(app, f"delete_{model}") for app, model in SNIPPETS]
    + [
        ("core", "change_sitesettings"),
        ("contact", "delete_contactsubmission"),
        # Created by Wagtail after migrate for a snippet with drafts: made here, same names.
        ("impact", "publish_impactfigure"),
        ("impact", "lock_impactfigure"),
        ("impact", "unlock_impactfigure"),
    ]
)
WORKFLOW_NAME = "Moderation"
TASK_NAME = "Moderators' approval"


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    if found:
        return found[0]
    # A snippet's publish/lock/unlock permissions do not exist yet during migrate.
    action, model = codename.split("_", 1)
    content_type = ContentType.objects.get_or_create(app_label=app_label, model=model)[0]
    verbose_name = apps.get_model(app_label, model)._meta.verbose_name
    return Permission.objects.create(
        content_type=content_type, codename=codename, name=f"Can {action} {verbose_name}"
    )


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
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Task = apps.get_model("wagtailcore", "Task")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}

    for name, group in groups.items():
        if name == "Editors":
            # Editors must not publish, whatever an earlier set-up gave them; Wagtail's
            # own set-up lets them delete any image or document: not ours.
            GroupPagePermission.objects.filter(
                group=group, permission__codename="publish_page"
            ).delete()
            group.permissions.remove(
                *group.permissions.filter(
                    codename__in=["delete_image", "delete_document", "publish_impactfigure"]
                )
            )
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(apps, "wagtailcore", codename)
            )
        if root_collection is not None:
            for app_label, codename in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, codename),
                )
        group.permissions.add(
            *[
                _permission(apps, app_label, codename)
                for app_label, codename in GLOBAL_PERMISSIONS[name]
            ]
        )

    task_type = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([groups["Moderators"]])
    workflow = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    figure_type = ContentType.objects.get_or_create(app_label="impact", model="impactfigure")[0]
    WorkflowContentType.objects.update_or_create(
        content_type=figure_type, defaults={"workflow": workflow}
    )
    # Wagtail's default workflow is replaced: deactivate it when nothing uses it any more.
    unused = Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True)
    Task.objects.filter(workflow_tasks__workflow__in=unused).exclude(pk=task.pk).update(
        active=False
    )
    unused.update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("contact", "0001_initial"),
        ("cooperative", "0001_initial"),
        ("core", "0001_initial"),
        ("impact", "0001_initial"),
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
