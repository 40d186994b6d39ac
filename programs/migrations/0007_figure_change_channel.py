from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0006_figure_change_file"),
    ]

    operations = [
        migrations.AlterField(
            model_name="figurechange",
            name="via",
            field=models.CharField(
                choices=[("admin", "in the admin"), ("import", "by a file import")],
                max_length=20,
                verbose_name="via",
            ),
        ),
        migrations.AddConstraint(
            model_name="figurechange",
            constraint=models.CheckConstraint(
                condition=models.Q(("via__in", ["admin", "import"])),
                name="figure_change_channel_known",
            ),
        ),
        migrations.AddConstraint(
            model_name="figurechange",
            constraint=models.CheckConstraint(
                condition=models.Q(("via", "import"), ("file_name", ""), _connector="OR"),
                name="only_imports_name_a_file",
            ),
        ),
    ]
