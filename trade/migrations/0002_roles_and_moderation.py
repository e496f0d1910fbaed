"""Who may do what in the buyers' corner, and lots moderated like impact figures.

- Editors and Moderators add, change and delete lots, plots, certificates and buyers'
  access links, and see the data room's download log (nobody edits it).
- Moderators may publish, lock and unlock lots; Editors' lot changes wait as drafts.
- The "Moderation" workflow (pages 0003) is attached to the lot content type.

Wagtail creates the model and publish permissions after migrate (post_migrate), too late
here: they are created with the same names, and Wagtail then finds them. Idempotent.
"""

from django.db import migrations

EDITED_MODELS = {
    "lot": "lot",
    "plot": "plot",
    "certificate": "certificate",
    "buyeraccess": "buyer access link",
}
MODERATOR_ACTIONS = ["publish", "lock", "unlock"]


def _permission(apps, model, action, name):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.get_or_create(app_label="trade", model=model)[0]
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {name}"},
    )[0]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    editors = Group.objects.get_or_create(name="Editors")[0]
    moderators = Group.objects.get_or_create(name="Moderators")[0]
    shared = [
        _permission(apps, model, action, name)
        for model, name in EDITED_MODELS.items()
        for action in ("add", "change", "delete", "view")
    ] + [_permission(apps, "downloadlog", "view", "data room download")]
    editors.permissions.add(*shared)
    moderators.permissions.add(*shared)
    publishing = [_permission(apps, "lot", action, "lot") for action in MODERATOR_ACTIONS]
    moderators.permissions.add(*publishing)
    editors.permissions.remove(*publishing)
    workflow = Workflow.objects.filter(name="Moderation").first()
    if workflow is not None:
        lot_type = ContentType.objects.get_or_create(app_label="trade", model="lot")[0]
        WorkflowContentType.objects.update_or_create(
            content_type=lot_type, defaults={"workflow": workflow}
        )


def revoke(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__in=ContentType.objects.filter(app_label="trade", model="lot")
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("trade", "0001_initial"),
        ("editorial", "0002_roles_and_moderation"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
