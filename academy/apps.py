from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy and partners")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save

        from academy.caching import bump

        # A change makes stale the pages that show what it touches: each
        # model says which topics (cache_topics), before the change, while
        # what it replaces can still be read.
        def before_save(sender, instance, raw=False, **kwargs):
            instance._cache_topics = () if raw else instance.cache_topics()

        def after_save(sender, instance, raw=False, **kwargs):
            if not raw:
                topics = instance.__dict__.pop("_cache_topics", None)
                bump(instance.cache_topics() if topics is None else topics)

        def before_delete(sender, instance, **kwargs):
            bump(instance.cache_topics())

        def relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
            if not action.startswith("post_"):
                return
            bump(instance.cache_topics())
            if reverse:  # program.articles.add(…): the items are what changed
                for related in model.objects.filter(pk__in=pk_set or ()):
                    bump(related.cache_topics())

        for app in ("academy", "programs", "news"):
            for model in apps.get_app_config(app).get_models():
                if not hasattr(model, "cache_topics"):
                    continue
                pre_save.connect(before_save, sender=model, weak=False)
                post_save.connect(after_save, sender=model, weak=False)
                pre_delete.connect(before_delete, sender=model, weak=False)
                for field in model._meta.local_many_to_many:
                    m2m_changed.connect(
                        relations_changed, sender=field.remote_field.through, weak=False
                    )
