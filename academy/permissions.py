from django.contrib.auth.management import create_permissions


def ensure_permissions(apps):
    """Creates the permissions of every model now. Django makes them after
    all migrations have run; a migration that hands them to roles needs them
    before."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
