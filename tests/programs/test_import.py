"""Importing a year's figures from a CSV file: all rows or none."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from programs.models import EnrollmentFigure, FigureChange, Intake
from tests.factories import make_intake, make_program

HEADER = "year,major,students,planned_places\n"


def run(tmp_path, content, *args, name="figures.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_enrollment", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_bad(tmp_path, content):
    """Runs an import that must fail; gives the failure and the report."""
    path = tmp_path / "figures.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_enrollment", str(path), stdout=io.StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


def assert_nothing_written():
    assert not Intake.objects.filter(year=2024).exists()
    assert not FigureChange.objects.exists()


@pytest.mark.django_db
def test_a_good_file_is_imported_and_recorded(tmp_path, majors):
    User.objects.create_user("officer")
    content = HEADER + "2024,robots,41,45\n2024,Software,,30\n2024,TOTAL,96,\n"
    out, _err = run(tmp_path, content, "--user", "officer")
    assert "Imported 3 rows for 2024." in out
    intake = Intake.objects.get(year=2024)
    assert intake.total_students == 96
    figures = {f.program.slug: (f.students, f.planned_places) for f in intake.figures.all()}
    assert figures == {"robots": (41, 45), "software": (None, 30)}
    change = FigureChange.objects.get(field="total_students")
    assert (change.changed_by.username, change.via, change.file_name) == (
        "officer",
        FigureChange.Channel.IMPORT,
        "figures.csv",
    )


@pytest.mark.django_db
def test_majors_may_be_named_in_any_language(tmp_path, majors):
    run(tmp_path, HEADER + "2024,工业机器人技术,12,\n")
    assert EnrollmentFigure.objects.get(intake__year=2024).program.slug == "robots"


@pytest.mark.django_db
def test_importing_again_corrects_figures(tmp_path, majors):
    robots, software = majors
    make_intake(2024, [robots, software], counts=[60, 30], total_students=90)
    run(tmp_path, HEADER + "2024,total,70,\n2024,robots,40,\n")
    intake = Intake.objects.get(year=2024)
    assert intake.total_students == 70
    assert intake.figures.get(program=robots).students == 40


@pytest.mark.django_db
def test_a_first_total_below_the_old_counts_comes_with_the_counts_that_fit_it(tmp_path, majors):
    robots, software = majors
    make_intake(2024, [robots, software], counts=[60, 30])
    run(tmp_path, HEADER + "2024,total,80,\n2024,robots,50,\n")
    intake = Intake.objects.get(year=2024)
    assert intake.total_students == 80
    assert intake.figures.get(program=robots).students == 50


@pytest.mark.django_db
def test_a_dry_run_writes_nothing(tmp_path, majors):
    out, _err = run(tmp_path, HEADER + "2024,robots,41,45\n", "--dry-run")
    assert "Dry run: nothing was written." in out
    assert_nothing_written()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("rows", "report"),
    [
        ("2024,robots,-3,\n", "line 2: students is negative: -3"),
        ("2024,robots,abc,\n", "line 2: students is not a whole number: 'abc'"),
        ("2024,robots,4.5,\n", "line 2: students is not a whole number: '4.5'"),
        ("2024,robots,7,-1\n", "line 2: planned_places is negative: -1"),
        ("2024,robots,١٢,\n", "line 2: students is not a whole number"),
        ("2024,astronomy,12,\n", "line 2: unknown major: 'astronomy'"),
        ("20x4,robots,12,\n", "line 2: year is not a whole number: '20x4'"),
        ("1850,robots,12,\n", "line 2: year is not plausible: 1850"),
        ("2024,total,,\n", "line 2: students is missing"),
        (
            "2024,robots,12,\n2024,software,3,\n2024,robots,13,\n",
            "line 4: major 'robots' for 2024 is already given on line 2",
        ),
        (
            "2024,robots,40,\n2024,software,30,\n2024,total,60,\n",
            "line 4: the 2024 total of 60 is below the sum of its majors, 70",
        ),
    ],
)
def test_each_bad_row_is_reported_and_nothing_is_written(tmp_path, majors, rows, report):
    message, err = run_bad(tmp_path, HEADER + rows)
    assert "problem(s) found" in message and "nothing was written" in message
    assert report in err
    assert_nothing_written()


@pytest.mark.django_db
def test_one_bad_row_among_good_ones_blocks_them_all(tmp_path, majors):
    message, err = run_bad(tmp_path, HEADER + "2024,robots,41,\n2024,software,x,\n2025,robots,7,\n")
    assert "1 problem(s)" in message
    assert "line 3: students is not a whole number: 'x'" in err
    assert not Intake.objects.exists()


@pytest.mark.django_db
def test_a_total_below_figures_already_recorded_is_refused(tmp_path, majors):
    robots, software = majors
    make_intake(2024, [robots, software], counts=[40, 30])
    _message, err = run_bad(tmp_path, HEADER + "2024,total,50,\n")
    assert "line 2: the 2024 total of 50 is below the sum of its majors, 70" in err
    assert Intake.objects.get(year=2024).total_students is None


@pytest.mark.django_db
def test_a_semicolon_separated_windows_1251_file_is_read(tmp_path, majors):
    content = "year;major;students;planned_places\r\n2024;Промышленные роботы;5;\r\n"
    run(tmp_path, content.encode("cp1251"))
    assert EnrollmentFigure.objects.get(intake__year=2024).program.slug == "robots"


@pytest.mark.django_db
def test_a_workbook_is_read_like_a_csv_file(tmp_path, majors):
    workbook = openpyxl.Workbook()
    workbook.active.append(["year", "major", "students", "planned_places"])
    workbook.active.append([2024, "robots", 41.0, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    out, _err = run(tmp_path, buffer.getvalue(), name="figures.xlsx")
    assert "Imported 1 rows for 2024." in out
    assert FigureChange.objects.get(field="students").file_name == "figures.xlsx"


@pytest.mark.django_db
def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path, majors):
    message, _err = run_bad(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "neither CSV text nor an Excel workbook" in message
    assert_nothing_written()


@pytest.mark.django_db
def test_a_file_with_a_wrong_header_is_refused(tmp_path, majors):
    message, _err = run_bad(tmp_path, "year,programme,count\n2024,robots,5\n")
    assert "The header lacks the column(s): major, students." in message


@pytest.mark.django_db
def test_a_missing_file_is_a_clear_error(tmp_path, majors):
    with pytest.raises(CommandError, match="cannot read the file"):
        call_command("import_enrollment", str(tmp_path / "absent.csv"))


@pytest.mark.django_db
def test_a_large_file_shows_progress(tmp_path):
    programs = [make_program() for _ in range(10)]
    lines = [
        f"{year},{program.slug},{year % 7}," for year in range(2000, 2101) for program in programs
    ]
    out, err = run(tmp_path, HEADER + "\n".join(lines) + "\n")
    assert "Imported 1010 rows" in out
    assert "[##############################] 1010/1010 rows" in err
    assert EnrollmentFigure.objects.count() == 1010
