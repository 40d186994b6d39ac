"""Public figures as open data: only what administrators marked public."""

import csv
import io
import json

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from programs.models import Program
from tests.factories import make_intake, make_program


@pytest.fixture
def figures(launch_content):
    robots = make_program(slug="robots", name_en="Robots")
    make_intake(2024, [robots], counts=[41], is_public=True)
    make_intake(2025, [robots], counts=[777], is_public=False)


@pytest.mark.django_db
def test_facts_page_shows_public_figures_only(client, figures):
    response = client.get("/en/facts/")
    assert response.status_code == 200
    assert response.context["report"].years == [2022, 2024]
    assertContains(response, "69")
    assertContains(response, "41")
    assertNotContains(response, "777")
    assertContains(response, 'role="img"')
    assertContains(response, "The split between these majors has not been published", count=0)
    assertContains(response, "the split between these majors has not been published")


@pytest.mark.django_db
def test_facts_csv_has_the_documented_columns(client, figures):
    response = client.get("/en/facts/enrollment.csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert list(rows[0]) == [
        "year",
        "academic_year",
        "intake_total_students",
        "major_slug",
        "major_name",
        "students",
        "planned_places",
    ]
    assert {(r["year"], r["major_slug"], r["students"]) for r in rows} == {
        ("2022", "electromechanical-integration-technology", ""),
        ("2022", "software-technology", ""),
        ("2024", "robots", "41"),
    }
    assert "777" not in text


@pytest.mark.django_db
def test_facts_json_has_a_stable_schema(client, figures):
    document = json.loads(client.get("/zh-hans/facts/enrollment.json").content)
    assert document["schema"] == "academy-enrollment/1"
    assert document["language"] == "zh-hans"
    first = document["intakes"][0]
    assert first["year"] == 2022
    assert first["total_students"] == 69
    assert first["split_published"] is False
    assert {m["name"] for m in first["majors"]} == {"机电一体化技术", "软件技术"}
    assert all(m["students"] is None for m in first["majors"])
    assert [i["year"] for i in document["intakes"]] == [2022, 2024]
    assert document["intakes"][1]["split_published"] is True


@pytest.mark.django_db
def test_bad_filters_on_open_data_are_400_with_a_reason(client, figures):
    response = client.get("/en/facts/enrollment.json", {"year": "not-a-year"})
    assert response.status_code == 400
    assertContains(response, "Choose an intake year from the list.", status_code=400)


@pytest.mark.django_db
@pytest.mark.parametrize(("years", "majors"), [(1, 1), (20, 10)])
def test_facts_queries_are_fixed(client, django_assert_max_num_queries, years, majors):
    programs = [make_program() for _ in range(majors)]
    for year in range(2001, 2001 + years):
        make_intake(year, programs, counts=list(range(1, majors + 1)))
    with django_assert_max_num_queries(4):  # profile, intakes, figures, majors
        assert client.get(reverse("programs:facts")).status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(reverse("programs:facts_json")).status_code == 200


@pytest.mark.django_db
def test_a_retired_major_stays_on_the_facts_page_only_while_it_has_figures(client, figures):
    make_program(slug="welding", name_en="Welding", is_active=False)
    robots = Program.objects.get(slug="robots")
    robots.is_active = False
    robots.save()
    response = client.get("/en/facts/")
    assertContains(response, ">Robots</th>")
    assertContains(response, '<option value="robots">Robots</option>', html=True)
    assertNotContains(response, "Welding")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "hint"),
    [
        ("/en/facts/", "in Excel: Data → From Text/CSV"),
        ("/ru/facts/", "в Excel: «Данные → Из текстового/CSV-файла»"),
        ("/zh-hans/facts/", "Excel 中为“数据 → 从文本/CSV”"),
    ],
)
def test_the_open_data_says_how_to_open_the_csv_where_commas_are_decimals(
    client, figures, path, hint
):
    assertContains(client.get(path), hint)
