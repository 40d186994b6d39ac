from django.db import migrations

LAUNCH_SLUG = "chongqings-first-sino-foreign-higher-vocational-institution-unveiled"


def date_the_last_edit_honestly(apps, schema_editor):
    """The launch item was stamped as changed when it was loaded. Where no
    one has edited it since (nothing in the admin's history), its last change
    is its publication, as search engines should read it."""
    Article = apps.get_model("news", "Article")
    LogEntry = apps.get_model("admin", "LogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    article = Article.objects.filter(slug=LAUNCH_SLUG).first()
    if article is None or article.published_at is None:
        return
    content_type = ContentType.objects.filter(app_label="news", model="article").first()
    edited = content_type and LogEntry.objects.filter(
        content_type=content_type, object_id=str(article.pk)
    ).exists()
    if not edited:
        Article.objects.filter(pk=article.pk).update(updated_at=article.published_at)


class Migration(migrations.Migration):
    dependencies = [
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0005_labels_by_language"),
    ]

    operations = [
        migrations.RunPython(date_the_last_edit_honestly, migrations.RunPython.noop),
    ]
