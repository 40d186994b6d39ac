from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy and partners")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from academy.caching import bump_generation

        def content_changed(sender, **kwargs):
            bump_generation()

        # Any change to what public pages show makes every cached page stale.
        for app in ("academy", "programs", "news"):
            for model in apps.get_app_config(app).get_models():
                post_save.connect(content_changed, sender=model, weak=False)
                post_delete.connect(content_changed, sender=model, weak=False)
                for field in model._meta.local_many_to_many:
                    m2m_changed.connect(
                        content_changed, sender=field.remote_field.through, weak=False
                    )
