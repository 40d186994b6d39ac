"""The table of the default cache (settings.CACHES without CACHE_URL): made
whatever the cache in use now, so switching to it later needs nothing more."""

from django.core.management import call_command
from django.db import migrations

TABLE = "portal_cache"


def create_table(apps, schema_editor):
    call_command(
        "createcachetable", TABLE, database=schema_editor.connection.alias, verbosity=0
    )


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("academy", "0006_launch_facts_2022")]

    operations = [migrations.RunPython(create_table, drop_table)]
