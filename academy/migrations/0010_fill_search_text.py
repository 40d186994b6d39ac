"""Fills the search columns of the partners saved before there were any:
each language's searched texts, folded as Partner.save() folds them."""

from django.db import migrations

from academy.search import fill_search_columns

# Partner.search_fields as this migration found them.
FIELDS = ["name", "short_name", "role_description", "city"]


def fill_search_text(apps, schema_editor):
    fill_search_columns(apps.get_model("academy", "Partner"), FIELDS)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0009_search_text"),
    ]

    operations = [
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
