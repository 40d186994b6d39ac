import io

import pytest
from django.core import serializers
from django.core.management import call_command

from academy.models import Academy, Partner
from news.models import Article
from programs.models import EnrollmentFigure, Intake, Program

MODELS = [Academy, Partner, Program, Intake, EnrollmentFigure, Article]


def snapshot():
    return {
        model.__name__: serializers.serialize("json", model.objects.order_by("pk"))
        for model in MODELS
    }


def seed():
    out = io.StringIO()
    call_command("seed", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_seed_loads_the_launch_content():
    assert "new records" in seed()
    assert Academy.objects.count() == 1
    assert Program.objects.count() == 3
    assert set(Partner.objects.values_list("role", flat=True)) == {
        "founding",
        "network",
        "standards",
        "culture",
    }
    assert Partner.objects.filter(role="founding").count() == 2
    article = Article.objects.get()
    assert (
        article.title_en == "Chongqing's First Sino-foreign Higher Vocational Institution Unveiled"
    )
    assert article.is_live


@pytest.mark.django_db
def test_first_intake_is_a_total_of_69_with_no_invented_split():
    seed()
    intake = Intake.objects.with_figures().get(year=2022)
    assert intake.total_students == 69
    assert intake.is_public
    assert sorted(f.program.slug for f in intake.figures.all()) == [
        "electromechanical-integration-technology",
        "software-technology",
    ]
    assert all(f.students is None for f in intake.figures.all())


@pytest.mark.django_db
def test_running_seed_twice_changes_nothing():
    seed()
    before = snapshot()
    assert "nothing changed" in seed()
    assert snapshot() == before


@pytest.mark.django_db
def test_seed_never_overwrites_an_editors_change():
    seed()
    Program.objects.filter(slug="software-technology").update(summary_en="Edited by staff.")
    seed()
    assert Program.objects.get(slug="software-technology").summary_en == "Edited by staff."
