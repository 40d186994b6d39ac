import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import make_intake, make_program

LAUNCH_MAJORS = [
    "Electromechanical Integration Technology",
    "Industrial Robot Technology",
    "Software Technology",
]


@pytest.mark.django_db
def test_programs_page_names_the_three_majors(client, launch_content):
    response = client.get("/en/programs/")
    for name in LAUNCH_MAJORS:
        assertContains(response, name)


@pytest.mark.django_db
def test_major_page_shows_duration_award_pathway_and_careers(client, launch_content):
    response = client.get("/en/programs/software-technology/")
    assertContains(response, "<h1>Software Technology</h1>", html=True)
    assertContains(response, "3 years")
    assertContains(response, "Higher vocational diploma")
    assertContains(response, "Stankin")
    assertContains(response, "<li>Software development</li>", html=True)


@pytest.mark.django_db
def test_first_intake_is_shown_as_a_total_with_an_unpublished_split(client, launch_content):
    response = client.get("/en/programs/software-technology/")
    assertContains(response, "Not published for this major.")
    assertContains(response, "The intake of 69 students was shared by these majors")
    assertContains(response, "Electromechanical Integration Technology")
    content = response.content.decode()
    enrollment = content[content.index('id="enrollment-title"') :]
    assert ">0<" not in enrollment


@pytest.mark.django_db
def test_a_major_without_an_intake_says_so(client, launch_content):
    response = client.get("/en/programs/industrial-robot-technology/")
    assertContains(response, "No enrollment figures have been published for this major yet.")
    assertNotContains(response, "69 students")


@pytest.mark.django_db
def test_a_known_count_is_shown_as_the_major_figure(client):
    program = make_program(slug="robots")
    make_intake(2024, [program], counts=[41])
    response = client.get("/en/programs/robots/")
    assertContains(response, "<td>41</td>", html=True)


@pytest.mark.django_db
def test_figures_not_marked_public_stay_off_the_major_page(client):
    program = make_program(slug="robots")
    make_intake(2025, [program], counts=[987], is_public=False)
    response = client.get("/en/programs/robots/")
    assertNotContains(response, "987")


@pytest.mark.django_db
def test_unknown_and_hidden_majors_are_404(client):
    make_program(slug="hidden", is_active=False)
    assert client.get("/en/programs/no-such-major/").status_code == 404
    assert client.get("/en/programs/hidden/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [3, 30])
def test_programs_list_queries_stay_constant(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        make_program()
    with django_assert_max_num_queries(2):  # academy profile + majors
        response = client.get(reverse("programs:program_list"))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("years", [1, 20])
def test_major_page_queries_stay_constant(client, django_assert_max_num_queries, years):
    program = make_program(slug="robots")
    others = [make_program() for _ in range(5)]
    for offset in range(years):
        make_intake(2000 + offset, [program, *others], total_students=100)
    # profile, major, figures, their intakes' figures, related news
    with django_assert_max_num_queries(5):
        response = client.get("/en/programs/robots/")
    assert response.status_code == 200
