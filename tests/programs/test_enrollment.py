"""The enrollment dashboard and its export, for enrollment officers."""

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from pytest_django.asserts import assertContains, assertNotContains

from programs.models import EnrollmentFigure, FigureChange, Intake
from tests.factories import make_intake, make_program

DASHBOARD = "/en/enrollment/"
EXPORT = "/en/enrollment/export.csv"


@pytest.fixture
def figures(db):
    """Two majors over three intakes: known counts, an unknown split, a gap."""
    robots = make_program(slug="robots", name_en="Robots", name_zh_hans="机器人", name_ru="Роботы")
    software = make_program(slug="software", name_en="Software")
    make_intake(2023, [robots, software], total_students=69, is_public=True)
    make_intake(2024, [robots, software], counts=[40, 50], is_public=True)
    EnrollmentFigure.objects.filter(intake__year=2024).update(planned_places=50)
    make_intake(2025, [software], counts=[63], is_public=False)
    return robots, software


def intake_form(intake, total, figures, **extra):
    """The admin's intake form: `figures` maps each existing figure's major
    to its new (students, planned places)."""
    existing = {f.program_id: f.pk for f in intake.figures.all()}
    data = {
        "year": intake.year,
        "total_students": total,
        "is_public": "on",
        "figures-TOTAL_FORMS": len(figures),
        "figures-INITIAL_FORMS": len(figures),
        **extra,
    }
    for index, (program, (students, planned)) in enumerate(figures.items()):
        data |= {
            f"figures-{index}-id": existing[program.pk],
            f"figures-{index}-intake": intake.pk,
            f"figures-{index}-program": program.pk,
            f"figures-{index}-students": students,
            f"figures-{index}-planned_places": planned,
        }
    return data


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.mark.django_db
@pytest.mark.parametrize("path", [DASHBOARD, EXPORT])
def test_visitors_are_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={path}"


@pytest.mark.django_db
@pytest.mark.parametrize("path", [DASHBOARD, EXPORT])
def test_signed_in_users_without_the_permission_get_403(client, path):
    client.force_login(User.objects.create_user("someone", is_staff=True))
    assert client.get(path).status_code == 403


@pytest.mark.django_db
def test_officers_see_totals_fill_rate_and_change(officer_client, figures):
    response = officer_client.get(DASHBOARD)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    rows = {row.year: row for row in response.context["report"].rows}
    assert rows[2023].students == 69
    assert rows[2024].students == 90
    assert rows[2024].fill_rate == 0.9
    assert rows[2024].change == 21
    assert rows[2025].students == 63
    assert rows[2025].change == -27
    assertContains(response, '<td class="number">90%</td>', html=True)
    assertContains(response, "+21")
    assertContains(response, "−27")
    assertContains(response, "not public")


@pytest.mark.django_db
def test_an_unknown_split_is_shown_as_unknown_never_as_zero(officer_client, figures):
    response = officer_client.get(DASHBOARD)
    matrix = {entry.program.slug: entry.cells for entry in response.context["report"].matrix}
    assert matrix["robots"][0].unknown and matrix["software"][0].unknown
    assert matrix["robots"][2].students is None  # no 2025 intake in Robots
    assertContains(response, "2023: the split between these majors has not been published")
    assert '<td class="number">0</td>' not in response.content.decode()


@pytest.mark.django_db
def test_the_chart_is_accessible_svg_drawn_on_the_server(officer_client, figures):
    response = officer_client.get(DASHBOARD)
    assertContains(response, 'role="img" aria-labelledby="chart-title chart-desc"')
    assertContains(response, '<title id="chart-title">')
    assertContains(response, "<title>Robots, 2024: 40 students</title>")
    assertContains(response, "<title>2023: 69 students whose major was not published</title>")
    assertNotContains(response, "<script")


@pytest.mark.django_db
def test_filters_have_their_own_url(officer_client, figures):
    response = officer_client.get(DASHBOARD, {"year": "2024", "major": "robots"})
    report = response.context["report"]
    assert report.years == [2024]
    assert [entry.program.slug for entry in report.matrix] == ["robots"]
    assert report.rows[0].students == 40
    assertContains(response, '<option value="2024" selected>2024</option>', html=True)
    assertContains(response, 'href="/en/enrollment/export.csv?year=2024&amp;major=robots"')


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"year": "abc"}, "Choose an intake year from the list."),
        ({"year": "1999"}, "Choose an intake year from the list."),
        ({"year": "9" * 500}, "Choose an intake year from the list."),
        ({"major": "<script>alert(1)</script>"}, "Choose a major from the list."),
    ],
)
def test_bad_filters_are_explained_and_ignored(officer_client, figures, query, message):
    response = officer_client.get(DASHBOARD, query)
    assert response.status_code == 200
    assertContains(response, message)
    assert response.context["report"].years == [2023, 2024, 2025]
    assertNotContains(response, "<script>alert(1)")
    export = officer_client.get(EXPORT, query)
    assert export.status_code == 400
    assertContains(export, message, status_code=400)


@pytest.mark.django_db
def test_a_bad_filter_points_screen_readers_to_its_error_and_keeps_the_good_one(
    officer_client, figures
):
    response = officer_client.get(DASHBOARD, {"year": "1999", "major": "robots"})
    assertContains(
        response,
        '<select name="year" id="id_year" aria-invalid="true" aria-describedby="id_year_error">',
    )
    assertContains(response, '<li id="id_year_error">Intake year: Choose an intake year')
    assertContains(response, '<option value="robots" selected>Robots</option>', html=True)
    assertContains(response, '<select name="major" id="id_major">')


@pytest.mark.django_db
def test_export_is_utf8_with_bom_quoted_and_filtered(officer_client, figures):
    robots, _software = figures
    robots.name_en = 'Robots, "advanced"'
    robots.save()
    response = officer_client.get(EXPORT, {"major": "robots"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="enrollment-robots.csv"'
    assert '"Robots, ""advanced"""' in response.content.decode()
    rows = read_csv(response)
    assert [(r["year"], r["students"], r["public"]) for r in rows] == [
        ("2023", "", "yes"),
        ("2024", "40", "yes"),
    ]
    assert rows[0]["intake_total_students"] == "69"
    assert rows[0]["major_name"] == 'Robots, "advanced"'


@pytest.mark.django_db
def test_export_names_majors_in_the_pages_language(officer_client, figures):
    rows = read_csv(officer_client.get("/zh-hans/enrollment/export.csv", {"year": "2024"}))
    assert "机器人" in [row["major_name"] for row in rows]
    rows = read_csv(officer_client.get("/ru/enrollment/export.csv", {"year": "2024"}))
    assert "Роботы" in [row["major_name"] for row in rows]


@pytest.mark.django_db
@pytest.mark.parametrize(("years", "majors"), [(1, 1), (20, 10)])
def test_dashboard_queries_are_fixed(officer_client, django_assert_max_num_queries, years, majors):
    programs = [make_program() for _ in range(majors)]
    for year in range(2001, 2001 + years):
        make_intake(year, programs, counts=list(range(1, majors + 1)))
    # session, user, permissions (2), profile, intakes, figures, majors
    with django_assert_max_num_queries(8):
        response = officer_client.get(DASHBOARD)
    assert len(response.context["report"].rows) == years
    with django_assert_max_num_queries(7):
        assert officer_client.get(EXPORT).status_code == 200


@pytest.mark.django_db
def test_counts_above_the_total_are_refused_by_the_database(figures):
    intake = Intake.objects.get(year=2023)
    robots, software = figures
    EnrollmentFigure.objects.filter(intake=intake, program=robots).update(students=60)
    with pytest.raises(IntegrityError), transaction.atomic():
        EnrollmentFigure.objects.filter(intake=intake, program=software).update(students=10)
    with pytest.raises(IntegrityError), transaction.atomic():
        Intake.objects.filter(pk=intake.pk).update(total_students=59)
    other = make_program()
    with pytest.raises(IntegrityError), transaction.atomic():
        EnrollmentFigure.objects.create(intake=intake, program=other, students=10)
    EnrollmentFigure.objects.create(intake=intake, program=other, students=9)


@pytest.mark.django_db
def test_admin_explains_counts_above_the_total_and_keeps_the_input(officer_client, figures):
    robots, software = figures
    intake = Intake.objects.get(year=2023)
    response = officer_client.post(
        f"/admin/programs/intake/{intake.pk}/change/",
        intake_form(intake, 69, {robots: (50, ""), software: (30, "")}, source_en="Announcement"),
    )
    assert response.status_code == 200
    assertContains(response, "add up to 80, more than the intake")
    assertContains(response, 'value="Announcement"')
    assert not FigureChange.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("stored_total", "total", "counts"),
    [
        (None, 80, (30, 50)),  # a first total, below the old sum: counts lowered to fit
        (90, 90, (50, 40)),  # counts moved between majors at a full total
        (90, 95, (45, 50)),  # total and a count raised together
        (90, 85, (35, 50)),  # total and a count lowered together
    ],
)
def test_the_admin_saves_every_valid_change_in_an_order_the_database_accepts(
    officer_client, figures, stored_total, total, counts
):
    robots, software = figures
    Intake.objects.filter(year=2024).update(total_students=stored_total)
    intake = Intake.objects.get(year=2024)
    response = officer_client.post(
        f"/admin/programs/intake/{intake.pk}/change/",
        intake_form(intake, total, {robots: (counts[0], 50), software: (counts[1], 50)}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    intake.refresh_from_db()
    assert intake.total_students == total
    stored = {f.program_id: f.students for f in intake.figures.all()}
    assert stored == {robots.pk: counts[0], software.pk: counts[1]}


@pytest.mark.django_db
def test_a_single_figure_edited_alone_must_fit_the_total(officer_client, figures):
    robots, _software = figures
    figure = EnrollmentFigure.objects.get(intake__year=2023, program=robots)
    response = officer_client.post(
        f"/admin/programs/enrollmentfigure/{figure.pk}/change/",
        {"intake": figure.intake_id, "program": robots.pk, "students": 70, "planned_places": ""},
    )
    assert response.status_code == 200
    assertContains(response, "add up to 70, more than the intake")


@pytest.mark.django_db
def test_every_figure_change_is_recorded(officer_client, officer, figures):
    robots, software = figures
    intake = Intake.objects.get(year=2024)
    response = officer_client.post(
        f"/admin/programs/intake/{intake.pk}/change/",
        intake_form(
            intake, 95, {robots: (45, 50), software: (50, 50)}, **{"figures-1-DELETE": "on"}
        ),
    )
    assert response.status_code == 302
    changes = {
        (c.program.slug if c.program else None, c.field): (c.old_value, c.new_value)
        for c in FigureChange.objects.all()
    }
    assert changes == {
        (None, "total_students"): ("", "95"),
        ("robots", "students"): ("40", "45"),
        ("software", "students"): ("50", ""),
        ("software", "planned_places"): ("50", ""),
    }
    assert {c.changed_by for c in FigureChange.objects.all()} == {officer}
    history = officer_client.get("/admin/programs/figurechange/")
    assertContains(history, "officer")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "channel", "public"),
    [("zh-hans", "在管理后台", "是"), ("ru", "в панели администратора", "да")],
)
def test_the_change_history_reads_in_the_officers_language(
    officer_client, figures, language, channel, public
):
    intake = Intake.objects.get(year=2025)
    intake.is_public = True
    FigureChange.save_recorded(intake, user=None, via=FigureChange.Channel.ADMIN)
    officer_client.cookies["django_language"] = language
    history = officer_client.get("/admin/programs/figurechange/")
    assertContains(history, channel)
    assertContains(history, f'<td class="field-new">{public}</td>', html=True)
    assertNotContains(history, ">yes<")
    change = FigureChange.objects.get()
    detail = officer_client.get(f"/admin/programs/figurechange/{change.pk}/change/")
    assertContains(detail, public)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("via", "file_name"),
    [("email", ""), ("", ""), (FigureChange.Channel.ADMIN, "figures.csv")],
)
def test_the_database_refuses_an_unknown_channel_or_a_file_outside_an_import(via, file_name):
    with pytest.raises(IntegrityError), transaction.atomic():
        FigureChange.objects.create(
            via=via, file_name=file_name, year=2024, field=FigureChange.Field.TOTAL
        )


@pytest.mark.django_db
def test_a_major_named_in_another_language_is_marked_so_in_the_filter(officer_client, figures):
    response = officer_client.get("/zh-hans/enrollment/")
    assertContains(response, '<option value="software" lang="en">Software</option>', html=True)
    assertContains(response, '<option value="robots">机器人</option>', html=True)


@pytest.mark.django_db
@pytest.mark.parametrize("sent", [":", "x\x00", "9" * 30, "-5"])
def test_a_major_that_is_no_key_at_all_is_the_forms_error(officer_client, sent):
    """The admin's autocomplete box re-renders what a refused form sent."""
    response = officer_client.post(
        "/admin/programs/enrollmentfigure/add/", {"intake": "", "program": sent}
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["program"]


@pytest.mark.django_db
def test_an_intake_that_is_no_key_at_all_is_the_forms_error(officer_client):
    response = officer_client.post(
        "/admin/programs/enrollmentfigure/add/", {"intake": "9" * 30, "program": ""}
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["intake"]
