from django.db import migrations

from academy.permissions import ensure_permissions


def let_officers_read_the_record(apps, schema_editor):
    """Enrollment officers read the record of figure changes (nobody edits it)."""
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    officers, _created = Group.objects.get_or_create(name="Enrollment officers")
    officers.permissions.add(
        Permission.objects.get(content_type__app_label="programs", codename="view_figurechange")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0003_partner_website_constraint"),
        ("programs", "0004_figures_within_intake_total"),
    ]

    operations = [migrations.RunPython(let_officers_read_the_record, migrations.RunPython.noop)]
