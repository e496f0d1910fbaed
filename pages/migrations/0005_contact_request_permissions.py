"""Staff read and answer contact requests: Editors and Moderators view them and tick
"answered"; Moderators may delete them. Nobody but a superuser adds one by hand."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "Editors": ["view_contactsubmission", "change_contactsubmission"],
    "Moderators": ["view_contactsubmission", "change_contactsubmission",
                   "delete_contactsubmission"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("pages")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="pages", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("pages", "0004_contact_page")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
