"""The enrollment dashboard's figures as an Excel workbook, beside the CSV."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import User
from pytest_django.asserts import assertContains

from programs.models import EnrollmentFigure
from tests.factories import make_intake, make_program

EXPORT = "/en/enrollment/export.xlsx"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def figures(db):
    robots = make_program(slug="robots", name_en="Robots", name_zh_hans="机器人", name_ru="Роботы")
    software = make_program(slug="software", name_en="=Software")
    make_intake(2023, [robots, software], total_students=69, is_public=True)
    make_intake(2024, [robots, software], counts=[40, 50], is_public=True)
    EnrollmentFigure.objects.filter(intake__year=2024).update(planned_places=50)
    return robots, software


def sheet_of(response):
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    return workbook.worksheets[0]


def rows_of(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.django_db
def test_visitors_are_sent_to_log_in(client):
    response = client.get(EXPORT)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={EXPORT}"


@pytest.mark.django_db
def test_signed_in_users_without_the_permission_get_403(client):
    client.force_login(User.objects.create_user("someone", is_staff=True))
    assert client.get(EXPORT).status_code == 403


@pytest.mark.django_db
def test_the_workbook_holds_the_csv_columns_with_numbers_as_numbers(officer_client, figures):
    response = officer_client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="enrollment.xlsx"'
    assert "no-store" in response["Cache-Control"]
    sheet = sheet_of(response)
    csv_header = officer_client.get("/en/enrollment/export.csv").content.decode("utf-8-sig")
    assert ",".join(rows_of(sheet)[0]) == csv_header.splitlines()[0]
    assert rows_of(sheet)[1:] == [
        [2023, "2023–2024", 69, "robots", "Robots", None, None, "yes"],
        [2023, "2023–2024", 69, "software", "=Software", None, None, "yes"],
        [2024, "2024–2025", None, "robots", "Robots", 40, 50, "yes"],
        [2024, "2024–2025", None, "software", "=Software", 50, 50, "yes"],
    ]
    assert sheet["E3"].data_type == "s"  # text, not a formula
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["E"].width >= len("=Software")


@pytest.mark.django_db
def test_names_are_in_the_language_of_the_page_and_filters_apply(officer_client, figures):
    response = officer_client.get("/zh-hans/enrollment/export.xlsx?year=2024&major=robots")
    assert response["Content-Disposition"] == 'attachment; filename="enrollment-2024-robots.xlsx"'
    assert rows_of(sheet_of(response))[1:] == [
        [2024, "2024–2025", None, "robots", "机器人", 40, 50, "yes"]
    ]


@pytest.mark.django_db
def test_a_filter_that_does_not_validate_is_a_400(officer_client, figures):
    assert officer_client.get(f"{EXPORT}?year=1850").status_code == 400


@pytest.mark.django_db
def test_control_characters_in_a_name_do_not_break_the_workbook(officer_client, db):
    make_intake(2024, [make_program(slug="odd", name_en="Odd\x01name\x0b")], counts=[3])
    rows = rows_of(sheet_of(officer_client.get(EXPORT)))
    assert rows[1][4] == "Oddname"


@pytest.mark.django_db
def test_the_dashboard_links_the_workbook_beside_the_csv(officer_client, figures):
    response = officer_client.get("/en/enrollment/?year=2024")
    assertContains(response, 'href="/en/enrollment/export.csv?year=2024"')
    assertContains(response, 'href="/en/enrollment/export.xlsx?year=2024"')
