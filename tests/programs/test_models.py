import pytest

from programs.models import EnrollmentFigure, Intake, Program
from tests.factories import assert_rejected, make_intake, make_program


@pytest.mark.django_db
def test_two_majors_cannot_share_a_slug():
    make_program(slug="robots")
    assert_rejected(lambda: make_program(slug="robots"))


@pytest.mark.django_db
def test_enrollment_figures_are_never_negative():
    intake = make_intake(2030)
    program = make_program()
    assert_rejected(
        lambda: EnrollmentFigure.objects.create(intake=intake, program=program, students=-1)
    )
    assert_rejected(
        lambda: EnrollmentFigure.objects.create(intake=intake, program=program, planned_places=-5)
    )


@pytest.mark.django_db
def test_intake_total_is_never_negative():
    assert_rejected(lambda: Intake.objects.create(year=2031, total_students=-69))


@pytest.mark.django_db
def test_one_figure_per_major_and_intake():
    program = make_program()
    intake = make_intake(2032, [program], counts=[10])
    assert_rejected(lambda: EnrollmentFigure.objects.create(intake=intake, program=program))


@pytest.mark.django_db
def test_one_intake_per_year():
    make_intake(2033)
    assert_rejected(lambda: Intake.objects.create(year=2033))


@pytest.mark.django_db
@pytest.mark.parametrize("year", [1999, 2101])
def test_implausible_intake_years_are_rejected(year):
    assert_rejected(lambda: Intake.objects.create(year=year))


@pytest.mark.django_db
@pytest.mark.parametrize("years", [0, 9])
def test_implausible_durations_are_rejected(years):
    assert_rejected(lambda: make_program(duration_years=years))


@pytest.mark.django_db
def test_an_unknown_split_is_stored_as_unknown_not_as_zero():
    first, second = make_program(), make_program()
    make_intake(2034, [first, second], total_students=69)
    intake = Intake.objects.with_figures().get(year=2034)
    assert intake.students == 69
    assert not intake.split_known
    assert [f.students for f in intake.figures.all()] == [None, None]


@pytest.mark.django_db
def test_a_known_split_gives_the_intake_size_without_a_total():
    first, second = make_program(), make_program()
    make_intake(2035, [first, second], counts=[30, 25])
    intake = Intake.objects.with_figures().get(year=2035)
    assert intake.split_known
    assert intake.students == 55


@pytest.mark.django_db
def test_a_partial_split_without_a_total_has_no_size():
    first, second = make_program(), make_program()
    make_intake(2036, [first, second], counts=[30, None])
    intake = Intake.objects.with_figures().get(year=2036)
    assert intake.students is None


@pytest.mark.django_db
def test_a_major_whose_figures_exist_cannot_be_deleted():
    program = make_program()
    make_intake(2037, [program], counts=[12])
    with pytest.raises(Exception, match="protected"):
        Program.objects.filter(pk=program.pk).delete()
