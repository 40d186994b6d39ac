from django.db import migrations

from academy.permissions import ensure_permissions

# Questions hold personal data: only this role (and superusers) may see them.
PERMISSIONS = [
    ("admissions", "view_question"),
    ("admissions", "change_question"),
    ("admissions", "delete_question"),
    ("programs", "view_program"),
]


def create_role(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Admissions officers")
    for app, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app, codename=codename)
        )


def remove_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Admissions officers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("admissions", "0001_initial"),
        ("academy", "0004_figure_changes_role"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
