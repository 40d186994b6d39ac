"""Enrollment officers import figures from a spreadsheet in the admin:
upload, preview of every change, confirm; nothing is written before."""

import io
import zipfile

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.asserts import assertContains, assertNotContains

from programs import importing
from programs.models import EnrollmentFigure, FigureChange, Intake
from tests.factories import make_intake, make_program

IMPORT = "/admin/programs/intake/import/"
HEADER = ["year", "major", "students", "planned_places"]


def csv_bytes(rows, encoding="utf-8", separator=","):
    lines = [separator.join(str(cell) for cell in row) for row in [HEADER, *rows]]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def xlsx_bytes(rows, header=HEADER):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [header, *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload(client, content, name="figures.csv"):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, content)})


def confirm(client, preview):
    return client.post(IMPORT, {"confirm": "1", "token": preview.context["token"]})


def changes(response):
    """The preview's rows as (line, year, major slug or None, status)."""
    return [
        (c.row.line, c.row.year, c.row.program and c.row.program.slug, c.status)
        for c in response.context["checked"].changes
    ]


def errors(response):
    return response.context["checked"].errors


def nothing_imported():
    return not FigureChange.objects.filter(via=FigureChange.Channel.IMPORT).exists()


# Who may import --------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("changelist", ["intake", "enrollmentfigure"])
def test_officers_find_the_import_on_the_figures_lists(officer_client, changelist):
    response = officer_client.get(f"/admin/programs/{changelist}/")
    assertContains(response, f'href="/admin/programs/{changelist}/import/"')
    assertContains(officer_client.get(f"/admin/programs/{changelist}/import/"), 'type="file"')


@pytest.mark.django_db
def test_visitors_are_sent_to_log_in(client):
    response = client.get(IMPORT)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_staff_without_the_permission_get_403_and_no_button(client, majors, editor):
    client.force_login(editor)
    assert client.get(IMPORT).status_code == 403
    assert upload(client, csv_bytes([[2024, "robots", 41, ""]])).status_code == 403
    assert not Intake.objects.exists()


@pytest.mark.django_db
def test_staff_who_may_only_view_the_figures_see_no_button(client, majors):
    viewer = User.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(
        *importing_permissions("view_intake", "view_enrollmentfigure"),
    )
    client.force_login(viewer)
    assertNotContains(client.get("/admin/programs/intake/"), "/import/")
    assert client.get(IMPORT).status_code == 403


def importing_permissions(*codenames):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="programs", codename__in=codenames)


# The preview -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_semicolon_windows_1251_file_is_previewed_with_its_encoding_and_changes(
    officer_client, majors
):
    robots, _software = majors
    make_intake(2024, [robots], counts=[30])
    content = csv_bytes(
        [
            [2024, "Промышленные роботы", 41, 45],
            [2024, "software", "", 30],
            [2024, "total", 96, ""],
        ],
        encoding="cp1251",
        separator=";",
    )
    response = upload(officer_client, content, name="набор.csv")
    assert response.status_code == 200
    assertContains(response, "Windows-1251")
    assertContains(response, "semicolons (;)")
    assertContains(response, "<del>30</del> → <ins>41</ins>", html=True)
    assert changes(response) == [
        (2, 2024, "robots", importing.Status.CHANGED),
        (3, 2024, "software", importing.Status.NEW),
        (4, 2024, None, importing.Status.CHANGED),
    ]
    assert not errors(response)
    assertContains(response, 'name="confirm"')


@pytest.mark.django_db
def test_a_gb18030_file_is_read_as_chinese(officer_client, majors):
    content = csv_bytes([[2024, "工业机器人技术", 12, ""], [2024, "软件技术", 7, 9]], "gb18030")
    response = upload(officer_client, content)
    assertContains(response, "GB18030")
    assertContains(response, "commas (,)")
    assert [slug for _line, _year, slug, _status in changes(response)] == ["robots", "software"]


@pytest.mark.django_db
def test_a_utf8_file_with_a_byte_order_mark_is_read(officer_client, majors):
    response = upload(officer_client, csv_bytes([[2024, "软件技术", 7, ""]], "utf-8-sig"))
    assertContains(response, "UTF-8")
    assert changes(response) == [(2, 2024, "software", importing.Status.NEW)]


@pytest.mark.django_db
def test_an_unchanged_row_is_marked_unchanged(officer_client, majors):
    robots, _software = majors
    make_intake(2024, [robots], counts=[30])
    response = upload(officer_client, csv_bytes([[2024, "robots", 30, ""]]))
    assert changes(response) == [(2, 2024, "robots", importing.Status.UNCHANGED)]


@pytest.mark.django_db
def test_nothing_is_written_before_the_confirm(officer_client, majors):
    robots, _software = majors
    make_intake(2024, [robots], counts=[30])
    upload(officer_client, csv_bytes([[2024, "robots", 41, 45], [2025, "software", 3, ""]]))
    assert EnrollmentFigure.objects.get().students == 30
    assert not Intake.objects.filter(year=2025).exists()
    assert not FigureChange.objects.exists()


@pytest.mark.django_db
def test_the_preview_reads_the_figures_in_a_few_queries(
    officer_client, django_assert_max_num_queries
):
    programs = [make_program() for _ in range(10)]
    for year in range(2000, 2020):
        make_intake(year, programs, counts=[1] * 10)
    rows = [[year, p.slug, 2, 3] for year in range(2000, 2030) for p in programs]
    content = csv_bytes(rows)
    # The session, the user, their permissions (2), the majors, the intakes,
    # their figures, and the session saved (3, in a savepoint): none a row.
    with django_assert_max_num_queries(10):
        response = upload(officer_client, content)
    assert len(changes(response)) == 300


# Bad rows: named by line, nothing to confirm ----------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([[2024, "robots", 12, ""], [2024, "robots", 13, ""]], (3, "already given on line 2")),
        ([[2024, "astronomy", 12, ""]], (2, "unknown major: 'astronomy'")),
        ([[2024, "robots", -3, ""]], (2, "students is negative: -3")),
        ([[2024, "robots", "99999999999", ""]], (2, "students is too large")),
        ([[2024, "robots", "--5", ""]], (2, "students is not a whole number")),
        ([[2024, "robots", "x" * 5000, ""]], (2, "students is not a whole number: 'xxxx")),
        ([[2024, "r" * 5000, 1, ""]], (2, "unknown major: 'rrrrr")),
        ([[2024, "robots", 40, ""], [2024, "total", 30, ""]], (3, "below the sum of its majors")),
    ],
)
def test_each_bad_row_is_named_by_its_line_and_the_file_cannot_be_confirmed(
    officer_client, majors, rows, problem
):
    response = upload(officer_client, csv_bytes(rows))
    assert response.status_code == 200
    ((line, message),) = errors(response)
    assert (line, problem[1] in message) == (problem[0], True)
    assert len(message) < 200
    assertNotContains(response, 'name="confirm"')
    refused = officer_client.post(IMPORT, {"confirm": "1", "token": ""}, follow=True)
    assertContains(refused, "upload the file again")
    assert not Intake.objects.exists()


@pytest.mark.django_db
def test_a_duplicate_row_in_a_workbook_is_named_by_its_spreadsheet_row(officer_client, majors):
    content = xlsx_bytes([[2024, "robots", 1, None], [None, None, None, None], [2024, "robots", 2]])
    response = upload(officer_client, content, name="figures.xlsx")
    assert errors(response) == [(4, "major 'robots' for 2024 is already given in row 2")]
    assertContains(response, '<th scope="col">Row</th>', html=True)


@pytest.mark.django_db
def test_whole_numbers_from_a_workbook_are_read_and_fractions_refused(officer_client, majors):
    content = xlsx_bytes([[2024, "robots", 41.0, 45], [2024.0, "software", 41.5, None]])
    response = upload(officer_client, content, name="figures.xlsx")
    assert changes(response) == [(2, 2024, "robots", importing.Status.NEW)]
    assert errors(response) == [(3, "students is not a whole number: '41.5'")]


# Files refused whole, with the form kept ---------------------------------------


def png():
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


def archive(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, text in files.items():
            zipped.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.png", png(), "neither CSV text nor an Excel workbook"),
        ("figures.csv", csv_bytes([[2024, "robots", 1, ""]]) + b"\x00", "neither CSV text"),
        ("notes.zip", archive({"notes.txt": "hello"}), "not an Excel workbook (.xlsx)"),
        (
            "letter.docx",
            archive({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
            "not an Excel workbook (.xlsx)",
        ),
        ("figures.xlsx", xlsx_bytes([[2024, "robots", 1]])[:600], "not an Excel workbook"),
        ("figures.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Excel 97–2003"),
        ("figures.txt", "year,major,students\n".encode("utf-16"), "UTF-16"),
        ("blank.csv", b"\r\n \r\n", "The file is empty."),
        (
            "figures.csv",
            b"year,programme,count\n2024,robots,5\n",
            "lacks the column(s): major, students",
        ),
        ("figures.csv", b"year\tmajor\tstudents\n2024\trobots\t5\n", "was not recognised"),
        ("figures.xlsx", xlsx_bytes([[2024, "robots"]], header=["year", "major"]), "students"),
    ],
)
def test_a_file_that_is_not_a_table_of_figures_is_refused_with_the_form_kept(
    officer_client, majors, name, content, message
):
    response = upload(officer_client, content, name=name)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])
    assertContains(response, 'type="file"')
    assert "checked" not in response.context
    assert not Intake.objects.exists()


@pytest.mark.django_db
def test_an_empty_upload_and_no_upload_are_refused(officer_client):
    assert officer_client.post(IMPORT, {}).context["form"].errors["file"]
    response = upload(officer_client, b"")
    assert "empty" in response.context["form"].errors["file"][0]


@pytest.mark.django_db
def test_an_oversized_file_is_refused_naming_the_limit(officer_client, majors):
    content = csv_bytes([[2024, "robots", 1, ""]]) + b"#" * importing.MAX_UPLOAD_BYTES
    response = upload(officer_client, content)
    (message,) = response.context["form"].errors["file"]
    assert "2.0\xa0MB" in message
    assert not Intake.objects.exists()


@pytest.mark.django_db
def test_a_file_with_only_a_header_has_nothing_to_confirm(officer_client, majors):
    response = upload(officer_client, csv_bytes([]))
    assertContains(response, "a header but no figures")
    assertNotContains(response, 'name="confirm"')


# Confirming ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_workbook_is_imported_end_to_end_and_recorded_with_its_file_and_officer(
    officer_client, officer, majors
):
    robots, software = majors
    make_intake(2024, [robots], counts=[30])
    content = xlsx_bytes(
        [[2024, "robots", 41, 45], [2024, "软件技术", None, 30], [2024, "total", 96]]
    )
    preview = upload(officer_client, content, name="intake-2024.xlsx")
    assertContains(preview, "first sheet")
    response = confirm(officer_client, preview)
    assert response.status_code == 302
    assert response["Location"] == "/admin/programs/intake/"
    intake = Intake.objects.get(year=2024)
    assert intake.total_students == 96
    figures = {f.program.slug: (f.students, f.planned_places) for f in intake.figures.all()}
    assert figures == {"robots": (41, 45), "software": (None, 30)}
    recorded = FigureChange.objects.filter(via=FigureChange.Channel.IMPORT)
    assert {(c.changed_by, c.file_name) for c in recorded} == {(officer, "intake-2024.xlsx")}
    assert {(c.program, c.field, c.old_value, c.new_value) for c in recorded} >= {
        (robots, "students", "30", "41"),
        (robots, "planned_places", "", "45"),
        (software, "planned_places", "", "30"),
        (None, "total_students", "", "96"),
    }
    followed = officer_client.get(response["Location"])
    assertContains(followed, "3 rows of “intake-2024.xlsx” were imported.")


@pytest.mark.django_db
def test_a_preview_is_confirmed_once(officer_client, majors):
    preview = upload(officer_client, csv_bytes([[2024, "robots", 41, ""]]))
    confirm(officer_client, preview)
    again = officer_client.post(
        IMPORT, {"confirm": "1", "token": preview.context["token"]}, follow=True
    )
    assertContains(again, "upload the file again")
    assert FigureChange.objects.filter(field="students").count() == 1


@pytest.mark.django_db
def test_only_the_latest_preview_can_be_confirmed(officer_client, majors):
    first = upload(officer_client, csv_bytes([[2024, "robots", 41, ""]]))
    upload(officer_client, csv_bytes([[2025, "robots", 7, ""]]))
    confirm(officer_client, first)
    assert not Intake.objects.filter(year=2024).exists()


@pytest.mark.django_db
def test_a_confirm_after_a_figure_changed_underneath_is_refused_and_writes_nothing(
    officer_client, majors
):
    robots, software = majors
    make_intake(2024, [robots, software], counts=[30, 20])
    preview = upload(officer_client, csv_bytes([[2024, "robots", 41, ""], [2024, "total", 70, ""]]))
    EnrollmentFigure.objects.filter(program=software).update(students=25)  # another officer

    response = confirm(officer_client, preview)
    assert response.status_code == 200
    assertContains(response, "changed after the preview was made, so nothing was imported")
    assert nothing_imported()
    assert Intake.objects.get(year=2024).total_students is None
    assert EnrollmentFigure.objects.get(program=robots).students == 30
    # The new preview is made against the figures as they are now, and may be confirmed.
    assert changes(response) == [
        (2, 2024, "robots", importing.Status.CHANGED),
        (3, 2024, None, importing.Status.CHANGED),
    ]
    confirm(officer_client, response)
    assert Intake.objects.get(year=2024).total_students == 70


@pytest.mark.django_db
def test_a_half_valid_file_confirmed_after_a_figure_changed_underneath_writes_nothing(
    officer_client, majors
):
    """Valid when previewed; against the figures stored since, its total is
    below the sum of the majors: refused, and nothing can be confirmed."""
    robots, software = majors
    make_intake(2024, [robots, software], counts=[30, 20])
    preview = upload(officer_client, csv_bytes([[2024, "robots", 40, ""], [2024, "total", 60, ""]]))
    EnrollmentFigure.objects.filter(program=software).update(students=35)

    response = confirm(officer_client, preview)
    assertContains(response, "nothing was imported")
    assert errors(response) == [(3, "the 2024 total of 60 is below the sum of its majors, 75")]
    assertNotContains(response, 'name="confirm"')
    assert nothing_imported()
    assert EnrollmentFigure.objects.get(program=robots).students == 30


@pytest.mark.django_db
def test_a_write_refuses_figures_changed_after_its_check(majors):
    """The last guard, inside the writing transaction: the command and the
    admin both go through it."""
    robots, _software = majors
    intake = make_intake(2024, [robots], counts=[30])
    checked = importing.check(importing.read(csv_bytes([[2024, "robots", 41, ""]])))
    intake.total_students = 90
    intake.save()
    with pytest.raises(importing.FiguresChanged):
        importing.write(checked, author=None, file_name="figures.csv")
    assert nothing_imported()
    assert EnrollmentFigure.objects.get().students == 30
