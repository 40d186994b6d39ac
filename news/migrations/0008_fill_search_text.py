"""Fills the search columns of the news items saved before there were any:
each language's searched texts, folded as Article.save() folds them."""

from django.db import migrations

from academy.search import fill_search_columns

# Article.search_fields as this migration found them.
FIELDS = ["title", "summary", "body"]


def fill_search_text(apps, schema_editor):
    fill_search_columns(apps.get_model("news", "Article"), FIELDS)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_search_text"),
        # After the launch content's corrections, which change searched texts.
        ("academy", "0006_launch_facts_2022"),
    ]

    operations = [
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
