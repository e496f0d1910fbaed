"""Impact figures go through moderation like pages (issue 5).

- Moderators may publish, lock and unlock impact figures; Editors may not publish them
  (whatever an earlier set-up gave them): their changes wait as drafts.
- The "Moderation" workflow of 0003 (one task, approval by the Moderators group) is
  attached to the impact figure content type, so "Submit to Moderators' approval" on a
  figure creates a task for the Moderators.

Wagtail creates the publish, lock and unlock permissions of a snippet after migrate
(post_migrate), too late for this migration: they are created here, with the same names,
and Wagtail then finds them. Idempotent, like 0003.
"""

from django.db import migrations

MODERATOR_ACTIONS = ["publish", "lock", "unlock"]
WORKFLOW_NAME = "Moderation"
TASK_NAME = "Moderators' approval"


def _figure_content_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label="impact", model="impactfigure")[0]


def moderate_figures(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    content_type = _figure_content_type(apps)
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_impactfigure",
            defaults={"name": f"Can {action} impact figure"},
        )[0]
        for action in MODERATOR_ACTIONS
    ]
    moderators = Group.objects.get_or_create(name="Moderators")[0]
    editors = Group.objects.get_or_create(name="Editors")[0]
    moderators.permissions.add(*permissions)
    editors.permissions.remove(*permissions)

    # The workflow and task of 0003, recreated the same way if they were deleted since.
    workflow = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})[0]
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task_type = ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0]
            task = GroupApprovalTask.objects.create(
                name=TASK_NAME, content_type=task_type, active=True
            )
        task.groups.add(moderators)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.update_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )


def stop_moderating_figures(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(content_type=_figure_content_type(apps)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0008_impact_page_and_decorative_images"),
        ("impact", "0003_moderation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(moderate_figures, stop_moderating_figures)]
