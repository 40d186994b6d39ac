from django.db import migrations

from academy.permissions import ensure_permissions

# Who may do what. Editors keep the public content; enrollment officers keep
# the figures. Neither manages users.
ROLES = {
    "Editors": {
        "news": ["article", "photo", "topic"],
        "programs": ["program"],
        "academy": ["partner", "academy"],
    },
    "Enrollment officers": {
        "programs": ["intake", "enrollmentfigure"],
    },
}
VIEW_ONLY = {("Enrollment officers", "programs", "program")}
EXTRA = {"Enrollment officers": [("programs", "view_enrollment_dashboard")]}
ACTIONS = ["add", "change", "delete", "view"]


def create_roles(apps, schema_editor):
    ensure_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, models_by_app in ROLES.items():
        group, _created = Group.objects.get_or_create(name=role)
        wanted = [
            (app, f"{action}_{model}")
            for app, models in models_by_app.items()
            for model in models
            for action in ACTIONS
        ]
        wanted += [
            (app, f"view_{model}") for name, app, model in VIEW_ONLY if name == role
        ]
        wanted += EXTRA.get(role, [])
        for app, codename in wanted:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app, codename=codename)
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0002_newsroom"),
        ("programs", "0002_dashboard_permission"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
