"""The migration that corrects launch content seeded with the old facts: it
corrects what still holds the old launch values and keeps an editor's work."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import academy
from academy.models import Academy, Partner
from academy.search import folded
from news import markup
from news.models import Article
from programs.models import EnrollmentFigure, FigureChange, Intake, Program

BEFORE = [("academy", "0005_channels")]
CORRECTIONS = json.loads(
    (Path(academy.__file__).parent / "migrations" / "0006_launch_facts_2022.json").read_text(
        encoding="utf-8"
    )
)
SLUG = CORRECTIONS["article"]["slug"]


def migrate(targets=None):
    """Migrates to `targets`, by default to every app's newest migration."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


def old_values(model, fields):
    return {
        name: model._meta.get_field(name).to_python(old) for name, (old, _new) in fields.items()
    }


def seed_as_before():
    """The database as the old seed left it: the 2023 intake, the old texts.

    Seeded with today's models, then migrated back: from there on only
    update() writes, which touches just the columns it names, for today's
    models have columns the old tables lack."""
    call_command("seed", verbosity=0)
    migrate(BEFORE)
    Academy.objects.update(**old_values(Academy, CORRECTIONS["academy"]["fields"]))
    for model, rows in ((Program, CORRECTIONS["programs"]), (Partner, CORRECTIONS["partners"])):
        for slug, fields in rows.items():
            model.objects.filter(slug=slug).update(**old_values(model, fields))
    Intake.objects.filter(year=2022).update(
        year=2023, **old_values(Intake, CORRECTIONS["intake"]["fields"])
    )
    article = old_values(Article, CORRECTIONS["article"]["fields"])
    for column, language in (("en", "en"), ("zh_hans", "zh-hans"), ("ru", "ru")):
        article[f"body_html_{column}"] = markup.render(article[f"body_{column}"], language, {})
    Article.objects.filter(slug=SLUG).update(**article)
    return article


@pytest.fixture
def migrations_undone(transactional_db):
    yield
    migrate()


def test_untouched_launch_content_is_corrected(migrations_undone):
    old_article = seed_as_before()
    assert "2023" in Academy.objects.get().founding_en
    assert old_article["published_at"].year == 2023
    FigureChange.objects.create(
        via="admin", year=2023, field="is_public", old_value="no", new_value="yes"
    )

    migrate()

    academy_row = Academy.objects.get()
    assert academy_row.unveiled_on == datetime.date(2022, 11, 29)
    assert "29 November 2022" in academy_row.founding_en
    assert "2022年11月29日" in academy_row.founding_zh_hans
    assert "29 ноября 2022 года" in academy_row.founding_ru
    assert "will take part" in academy_row.teaching_team_en
    intake = Intake.objects.get()
    assert intake.year == 2022
    assert intake.total_students == 69
    assert intake.source_en == "iChongqing's report of 4 December 2022"
    assert list(EnrollmentFigure.objects.values_list("students", flat=True)) == [None, None]
    # The record of changes follows the intake to its year.
    assert list(FigureChange.objects.values_list("year", flat=True)) == [2022]
    article = Article.objects.get(slug=SLUG)
    assert article.published_at == datetime.datetime(2022, 12, 4, 10, tzinfo=datetime.UTC)
    assert article.credits_en == ""
    assert "Tan Jingyue" in article.byline_en
    for column, name in (("en", "Jin Ling"), ("zh_hans", "金玲"), ("ru", "Цзинь Лин")):
        assert name in getattr(article, f"body_{column}")
        assert name in getattr(article, f"body_html_{column}")
    stankin = Partner.objects.get(slug="stankin")
    assert stankin.name_zh_hans == "莫斯科国立工艺大学（斯坦金）"
    # The search columns are filled from the corrected texts.
    assert folded(stankin.name_zh_hans) in stankin.search_text_zh_hans


def test_an_editors_changes_are_kept(migrations_undone):
    seed_as_before()
    Academy.objects.update(founding_en="Edited by staff in 2023.")
    Article.objects.filter(slug=SLUG).update(body_ru="Текст редактора.")
    intake = Intake.objects.get(year=2023)
    figure = intake.figures.get(program__slug="software-technology")
    figure.students = 30
    FigureChange.save_recorded(figure, user=None, via="admin")

    migrate()

    academy_row = Academy.objects.get()
    assert academy_row.founding_en == "Edited by staff in 2023."
    # Fields the editor left alone are still corrected.
    assert "29 ноября 2022 года" in academy_row.founding_ru
    assert academy_row.unveiled_on == datetime.date(2022, 11, 29)
    article = Article.objects.get(slug=SLUG)
    assert article.body_ru == "Текст редактора."
    assert "Jin Ling" in article.body_en
    # An officer's intake is not the launch intake any more: left as it is.
    intake = Intake.objects.get()
    assert intake.year == 2023
    assert intake.source_en == "The academy's founding announcement"
    assert list(FigureChange.objects.values_list("year", "new_value")) == [(2023, "30")]


def test_an_existing_2022_intake_is_left_alone(migrations_undone):
    seed_as_before()
    Intake.objects.create(year=2022, total_students=12)

    migrate()

    assert sorted(Intake.objects.values_list("year", "total_students")) == [
        (2022, 12),
        (2023, 69),
    ]


def test_a_fresh_installation_is_untouched(migrations_undone):
    migrate(BEFORE)
    migrate()
    assert not Academy.objects.exists()
    call_command("seed", verbosity=0)
    assert Intake.objects.get().year == 2022
