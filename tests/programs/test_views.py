import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import assert_rejected, make_intake, make_program

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
    assertContains(response, "short-cycle higher vocational education (zhuanke, below bachelor")
    assertContains(response, "Stankin")
    assertContains(response, "At Stankin the programme is called &quot;Software Technologies&quot;")
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
    programs = [make_program() for _ in range(rows)]
    for year in range(2001, 2001 + rows):
        make_intake(year, programs, total_students=rows * 10)
    # profile, majors, latest public figures, their intakes' figures
    with django_assert_max_num_queries(4):
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


@pytest.mark.django_db
def test_major_page_walks_the_pathway_step_by_step_and_offers_to_ask(client, launch_content):
    response = client.get("/en/programs/software-technology/")
    assertContains(response, '<ol class="steps">', count=1)
    assertContains(response, "<li>Study for three years at Chongqing Vocational Institute")
    assertContains(response, "Who awards what")
    assertContains(response, 'href="/en/admissions/?major=software-technology"')
    # What is not published is said once, beside the offer to ask, not as
    # empty headings or rows of dashes.
    assertContains(
        response,
        "Not yet published here: application dates, entry requirements. "
        "Admissions can tell you the current ones.",
    )
    assertNotContains(response, "Applicants from China")
    assertNotContains(response, "Dates not yet announced")


@pytest.mark.django_db
def test_major_page_shows_entry_requirements_per_applicant(client):
    make_program(
        slug="robots",
        requirements_china_en="Gaokao score above the line.",
        requirements_international_en="High-school diploma and HSK 4.",
        skills_en="PLC programming\nRobot vision",
        instruction_language_en="Chinese, with Russian-language courses",
    )
    response = client.get("/en/programs/robots/")
    assertContains(response, "Gaokao score above the line.")
    assertContains(response, "High-school diploma and HSK 4.")
    assertContains(response, "<li>PLC programming</li>", html=True)
    assertContains(response, "Chinese, with Russian-language courses")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("opens", "closes", "shown"),
    [
        (10, 40, "Opens on"),
        (-10, 40, "Open until"),
        (-30, 5, "Closing soon: last day"),
        (-60, -1, "Closed on"),
    ],
)
def test_major_pages_say_where_applications_stand(client, opens, closes, shown):
    today = timezone.localdate()
    make_program(
        slug="robots",
        application_opens_on=today + datetime.timedelta(days=opens) if opens is not None else None,
        application_closes_on=today + datetime.timedelta(days=closes)
        if closes is not None
        else None,
    )
    assertContains(client.get("/en/programs/robots/"), shown)
    assertContains(client.get("/en/programs/"), shown)


@pytest.mark.django_db
def test_unannounced_application_dates_are_said_once_not_per_major(client):
    make_program(slug="robots")
    make_program(slug="software")
    detail = client.get("/en/programs/robots/")
    assertContains(detail, "Not yet published here: application dates", count=1)
    assertNotContains(detail, "<dt>Applications</dt>", html=True)
    listing = client.get("/en/programs/")
    assertContains(listing, "Application dates have not been announced yet.", count=1)
    assertNotContains(listing, "Dates not yet announced")
    assertNotContains(listing, "Language of instruction")


@pytest.mark.django_db
def test_applications_cannot_close_before_they_open():
    today = timezone.localdate()
    assert_rejected(
        lambda: make_program(
            application_opens_on=today, application_closes_on=today - datetime.timedelta(days=1)
        )
    )


@pytest.mark.django_db
def test_programs_page_compares_the_majors_side_by_side(client, launch_content):
    response = client.get("/en/programs/")
    assertContains(response, "Compare the majors")
    table = response.content.decode().split('class="compare"')[1]
    for name in LAUNCH_MAJORS:
        assert f">{name}</th>" in table
    assert "2022: count not published" in table
    assert "No intake published yet" in table


@pytest.mark.django_db
def test_a_list_of_majors_ends_with_the_languages_own_full_stop(client, launch_content):
    for path in ("/zh-hans/", "/zh-hans/facts/", "/zh-hans/programs/software-technology/"):
        page = client.get(path).content.decode()
        assert "</a>。" in page or "</span>。" in page, path
        assert "</a>." not in page and "</span>." not in page, path
