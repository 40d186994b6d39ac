"""A backup restored into an empty database gives back everything."""

import pytest
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.management import call_command

from academy.models import Academy, Partner
from admissions.models import Question
from news.models import Article, Photo, Topic
from programs.models import EnrollmentFigure, FigureChange, Intake, Program
from tests.factories import make_intake, upload

CONTENT = [Academy, Partner, Program, Intake, EnrollmentFigure, FigureChange, Article, Photo,
           Topic, Question]  # fmt: skip
# The documented backup command (README, "Backups").
DUMP_OPTIONS = {
    "natural_foreign": True,
    "natural_primary": True,
    "exclude": ["contenttypes", "auth.permission", "sessions", "admin.logentry"],
    "indent": 2,
}


def roles():
    return sorted(
        (group.name, sorted(group.permissions.values_list("codename", flat=True)))
        for group in Group.objects.all()
    )


def snapshot():
    return {
        model.__name__: serializers.serialize("json", model.objects.order_by("pk"))
        for model in CONTENT
    }


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_every_item_translation_and_figure(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed", verbosity=0)
    photo = Photo(alt_text_en="Lab", alt_text_ru="Лаборатория", caption_zh_hans="实验室")
    photo.image = upload()
    photo.save()
    article = Article.objects.get()
    article.lead_photo = photo
    article.save()
    article.topics.add(Topic.objects.create(name_en="Opening", name_ru="Открытие", slug="opening"))
    article.related_programs.add(*Program.objects.all())
    make_intake(2024, list(Program.objects.all()), counts=[40, 30, 25], total_students=95)
    FigureChange.save_recorded(
        Intake.objects.get(year=2024), user=None, via=FigureChange.Channel.ADMIN
    )
    Question.objects.create(
        name="Анна", email="anna@example.com", preferred_language="ru", question="Когда?",
        consent=True, consent_text="…",
    )  # fmt: skip
    before = snapshot()
    groups = roles()

    backup = tmp_path / "backup.json"
    call_command("dumpdata", output=str(backup), **DUMP_OPTIONS)
    call_command("flush", interactive=False, verbosity=0)
    assert not Article.objects.exists() and not Intake.objects.exists()

    call_command("loaddata", str(backup), verbosity=0)
    assert snapshot() == before
    restored = Article.objects.get()
    assert restored.title_zh_hans and restored.title_ru and restored.body_html_ru
    assert Intake.objects.get(year=2022).total_students == 69
    assert photo.image.storage.exists(Photo.objects.get().image.name)
    assert roles() == groups
