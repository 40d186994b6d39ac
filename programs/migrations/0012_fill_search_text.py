"""Fills the search columns of the majors saved before there were any:
each language's searched texts, folded as Program.save() folds them."""

from django.db import migrations

from academy.search import fill_search_columns

# Program.search_fields as this migration found them.
FIELDS = ["name", "summary", "description", "careers", "skills"]


def fill_search_text(apps, schema_editor):
    fill_search_columns(apps.get_model("programs", "Program"), FIELDS)


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0011_search_text"),
        # After the launch content's corrections, which change searched texts.
        ("academy", "0006_launch_facts_2022"),
    ]

    operations = [
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
