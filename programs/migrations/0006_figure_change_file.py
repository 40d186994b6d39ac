from django.db import migrations, models


def split_via(apps, schema_editor):
    """"import figures.csv" becomes the import channel and its file name;
    everything else was made in the admin."""
    FigureChange = apps.get_model("programs", "FigureChange")
    for change in FigureChange.objects.exclude(via="admin").only("via"):
        if change.via.startswith("import "):
            change.file_name = change.via.removeprefix("import ")[:200]
            change.via = "import"
        else:
            change.via = "admin"
        change.save(update_fields=["via", "file_name"])


def join_via(apps, schema_editor):
    FigureChange = apps.get_model("programs", "FigureChange")
    for change in FigureChange.objects.filter(via="import").only("via", "file_name"):
        change.via = f"import {change.file_name}"
        change.save(update_fields=["via"])


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0005_major_details"),
    ]

    operations = [
        migrations.AddField(
            model_name="figurechange",
            name="file_name",
            field=models.CharField(
                blank=True,
                help_text="The file a change was imported from.",
                max_length=200,
                verbose_name="file",
            ),
        ),
        migrations.RunPython(split_via, join_via),
    ]
