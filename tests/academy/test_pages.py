import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import server_error
from pytest_django.asserts import assertContains, assertNotContains

from academy.models import Partner
from tests.factories import make_article, make_intake, make_partner, make_program


@pytest.mark.django_db
def test_home_shows_the_academy_majors_news_partners_and_figures(client, launch_content):
    response = client.get("/en/")
    assertContains(response, "Sino-Russian International Academy of Intelligent Manufacturing")
    assertContains(response, "first Sino-foreign higher vocational education institution")
    for major in ("Electromechanical Integration Technology", "Software Technology"):
        assertContains(response, major)
    assertContains(response, "Chongqing&#x27;s First Sino-foreign Higher Vocational")
    assertContains(response, "Moscow State Technological University")
    assertContains(response, '<span class="figure-number">69</span>', html=True)
    assertContains(response, "The split between the majors has not been published.")
    assertContains(response, '<span class="figure-number">2022</span>', html=True)
    # Founders are counted as founders; the others are named by their role.
    founders = '<span class="figure-number">2</span> founding institutions'
    assertContains(response, founders, html=True)
    assertNotContains(response, "partner institutions")
    assertContains(response, "Yangtze–Volga Rivers University Alliance")


@pytest.mark.django_db
def test_home_works_before_any_content_is_loaded(client):
    response = client.get("/en/")
    assertContains(response, "The majors will be listed here soon.")


@pytest.mark.django_db
def test_about_covers_founding_aims_team_and_pathway(client, launch_content):
    response = client.get("/en/about/")
    for heading in ("Founding", "Aims", "Teaching team", "Study pathway"):
        assertContains(response, f">{heading}</h2>")
    assertContains(response, "29 November 2022")
    assertContains(response, "March 2022")
    assertContains(response, "WorldSkills Competition")


@pytest.mark.django_db
def test_partners_are_grouped_by_role_in_order(client, launch_content):
    response = client.get("/en/partners/")
    content = response.content.decode()
    headings = [
        "Founding institutions",
        "University networks",
        "Skills standards",
        "Language and culture",
    ]
    positions = [content.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assertContains(response, "Ivanovo State University of Chemical Technology")
    assertContains(response, "Chinese Language and Culture Center")
    assertContains(response, 'href="https://stankin.ru/"')


@pytest.mark.django_db
def test_hidden_partners_are_not_shown(client):
    make_partner(name_en="Former partner", is_active=False)
    assertNotContains(client.get("/en/partners/"), "Former partner")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("", "/en/"),
        ("ru-RU,ru;q=0.9", "/ru/"),
        ("ru", "/ru/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("zh", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("de", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, target):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.django_db
def test_root_redirect_prefers_the_language_cookie(client):
    client.cookies["django_language"] = "ru"
    response = client.get("/", headers={"accept-language": "zh-CN"})
    assert response["Location"] == "/ru/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans", "ru"])
def test_every_page_carries_its_language(client, launch_content, language):
    for path in ("", "programs/", "news/", "partners/", "about/"):
        response = client.get(f"/{language}/{path}")
        assertContains(response, f'<html lang="{language}">')
        for code in ("en", "zh-hans", "ru", "x-default"):
            assertContains(response, f'hreflang="{code}"')


@pytest.mark.django_db
def test_untranslated_text_falls_back_to_english_marked_as_such(client):
    make_program(slug="robots", name_en="Robotics", name_ru="")
    response = client.get("/ru/programs/robots/")
    assertContains(response, '<h1 lang="en">Robotics</h1>', html=True)


@pytest.mark.django_db
def test_translated_text_is_shown_without_a_lang_override(client):
    make_program(slug="robots", name_en="Robotics", name_ru="Робототехника")
    response = client.get("/ru/programs/robots/")
    assertContains(response, "<h1>Робототехника</h1>", html=True)


@pytest.mark.django_db
def test_unknown_page_gets_the_portal_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assertContains(response, "Page not found", status_code=404)
    assertContains(response, 'href="/en/programs/"', status_code=404)


def test_server_error_page_stands_alone():
    with translation.override("en"):
        response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [2, 20])
def test_home_queries_stay_constant(client, django_assert_max_num_queries, rows):
    programs = [make_program() for _ in range(rows)]
    for _ in range(rows):
        make_partner()
        make_article()
    for year in range(2000, 2000 + rows):
        make_intake(year, programs, total_students=100)
    # profile, majors, partners, news, latest intake, its figures
    with django_assert_max_num_queries(6):
        response = client.get(reverse("home"))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [2, 20])
def test_partner_list_queries_stay_constant(client, django_assert_max_num_queries, rows):
    for index in range(rows):
        make_partner(role=Partner.Role.values[index % len(Partner.Role.values)])
    with django_assert_max_num_queries(3):  # profile, partners, their news
        response = client.get(reverse("partner_list"))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("en", "institution in Chongqing.</p>", "It trains international talent"),
        ("zh-hans", "中外合作办学机构。</p>", "培养智能装备制造业国际化人才"),
        ("ru", "профессионального образования.</p>", "Академия готовит специалистов"),
    ],
)
def test_the_home_page_opens_with_one_sentence_and_two_actions(
    client, launch_content, language, first, second
):
    hero = client.get(f"/{language}/").content.decode().split('<section class="hero"')[1]
    hero = hero.split("</section>")[0]
    assert first in hero
    assert second not in hero
    assert hero.count('class="button') == 2
    assert f'href="/{language}/programs/"' in hero
    assert f'href="/{language}/admissions/"' in hero
