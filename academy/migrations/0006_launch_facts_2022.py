"""Corrects the launch content of installations seeded before its facts were
checked against the sources: the academy was unveiled in 2022, not 2023, the
first intake is 2022's, and the founding report names its people and figures.

Only what still holds the old launch value changes: a field an editor
changed keeps the editor's text, and the 2023 intake moves to 2022 only while
it still has exactly the launch figures (69 students, two majors, no split).
The old and corrected values are frozen beside this file, so later changes
to the launch content do not change what this migration does.
"""

import json
from pathlib import Path

from django.db import migrations

CORRECTIONS = json.loads(
    (Path(__file__).with_suffix(".json")).read_text(encoding="utf-8")
)
LANGUAGES = {"en": "en", "zh_hans": "zh-hans", "ru": "ru"}


def correct_fields(obj, changes):
    """Sets each field still at its old launch value to the corrected one;
    returns the names of the fields set."""
    corrected = []
    for name, (old, new) in changes.items():
        field = obj._meta.get_field(name)
        if getattr(obj, name) == field.to_python(old):
            setattr(obj, name, field.to_python(new))
            corrected.append(name)
    return corrected


def correct_rows(model, rows, lookup):
    for key, changes in rows.items():
        obj = model.objects.filter(**{lookup: key}).first()
        if obj is not None:
            corrected = correct_fields(obj, changes)
            if corrected:
                obj.save(update_fields=corrected)


def correct_article(Article):
    from news import markup

    article = Article.objects.filter(slug=CORRECTIONS["article"]["slug"]).first()
    if article is None:
        return
    corrected = correct_fields(article, CORRECTIONS["article"]["fields"])
    for column, language in LANGUAGES.items():
        if f"body_{column}" in corrected:
            # The launch item places no photos.
            html = markup.render(getattr(article, f"body_{column}"), language, {})
            setattr(article, f"body_html_{column}", html)
            corrected.append(f"body_html_{column}")
    if corrected:
        article.save(update_fields=[*corrected, "updated_at"])


def correct_intake(Intake, FigureChange):
    launch = CORRECTIONS["intake"]
    old_year, new_year = launch["year"]
    intake = Intake.objects.filter(year=old_year).first()
    if intake is None or Intake.objects.filter(year=new_year).exists():
        return
    figures = {
        figure.program.slug: (figure.students, figure.planned_places)
        for figure in intake.figures.select_related("program")
    }
    launch_figures = dict.fromkeys(launch["programs"], (None, None))
    if intake.total_students != launch["total_students"] or figures != launch_figures:
        return
    intake.year = new_year
    corrected = ["year", *correct_fields(intake, launch["fields"])]
    intake.save(update_fields=corrected)
    # The record of changes names the intake by its year.
    FigureChange.objects.filter(year=old_year).update(year=new_year)


def correct_launch_content(apps, schema_editor):
    Academy = apps.get_model("academy", "Academy")
    academy = Academy.objects.filter(pk=1).first()
    if academy is not None:
        corrected = correct_fields(academy, CORRECTIONS["academy"]["fields"])
        if corrected:
            academy.save(update_fields=corrected)
    correct_rows(apps.get_model("programs", "Program"), CORRECTIONS["programs"], "slug")
    correct_rows(apps.get_model("academy", "Partner"), CORRECTIONS["partners"], "slug")
    correct_intake(apps.get_model("programs", "Intake"), apps.get_model("programs", "FigureChange"))
    correct_article(apps.get_model("news", "Article"))


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0005_channels"),
        ("programs", "0007_figure_change_channel"),
        ("news", "0002_newsroom"),
    ]

    operations = [
        migrations.RunPython(correct_launch_content, migrations.RunPython.noop),
    ]
