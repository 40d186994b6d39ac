"""Search over news, majors and partners in the page's language."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from academy import search
from tests.factories import make_article, make_partner, make_program


@pytest.mark.django_db
def test_search_finds_majors_news_and_partners_best_first(client, launch_content):
    response = client.get("/en/search/", {"q": "software"})
    groups = {group["title"]: group["items"] for group in response.context["results"]}
    assert groups["Majors"][0]["object"].slug == "software-technology"
    assert groups["News"]
    assertContains(response, "<mark>Software</mark>")


@pytest.mark.django_db
def test_search_ranks_title_matches_above_body_matches(client):
    make_article(title_en="Campus life", body_en="robots robots everywhere", slug="body")
    make_article(title_en="Robots arrive", body_en="new lab", slug="title")
    response = client.get("/en/search/", {"q": "robots"})
    news = [item["object"].slug for item in response.context["results"][1]["items"]]
    assert news == ["title", "body"]


@pytest.mark.django_db
def test_chinese_queries_match_inside_text(client, launch_content):
    response = client.get("/zh-hans/search/", {"q": "机器人"})
    assertContains(response, "工业<mark>机器人</mark>技术")
    response = client.get("/zh-hans/search/", {"q": "斯坦金"})
    assert response.context["total"] > 0


@pytest.mark.django_db
def test_russian_search_finds_russian_text(client, launch_content):
    response = client.get("/ru/search/", {"q": "робототехника"})
    assertContains(response, "<mark>")


@pytest.mark.django_db
def test_search_only_shows_what_the_public_may_see(client):
    make_article(title_en="Secret robots draft", status="draft")
    make_program(name_en="Hidden robots major", is_active=False)
    make_partner(name_en="Former robots partner", is_active=False)
    response = client.get("/en/search/", {"q": "robots"})
    for hidden in ("Secret robots draft", "Hidden robots major", "Former robots partner"):
        assertNotContains(response, hidden)


@pytest.mark.django_db
def test_matched_words_are_highlighted_safely(client):
    make_article(title_en="<b>Bold</b> robots & <script>x</script>", slug="hostile")
    response = client.get("/en/search/", {"q": "robots <script>"})
    assertNotContains(response, "<script>x</script>")
    assertNotContains(response, "<b>Bold</b>")
    assertContains(response, "<mark>robots</mark>")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 10_240,
        "robot\x00\x01\x02\x1b[31m",
        "\u202erobot\u200b\ufeff",
        "🤖🤖🤖",
        "é́́́́́́",
        "' OR 1=1 --",
        '"unclosed',
        "-robot !!! ( ) & | :*",
        "%",
        "_",
        "\\",
    ],
)
def test_odd_queries_never_fail(client, launch_content, query):
    for language in ("en", "zh-hans", "ru"):
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200


@pytest.mark.django_db
def test_a_query_that_is_not_utf8_never_fails(client, launch_content):
    assert client.get("/en/search/?q=%ED%A0%80%FF%FE").status_code == 200


@pytest.mark.django_db
def test_an_empty_query_shows_just_the_form(client):
    response = client.get("/en/search/")
    assertContains(response, 'type="search"')
    assert response.context["results"] == []


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [3, 30])
def test_search_queries_stay_constant(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        make_article(title_en="Robot news")
        make_program(name_en="Robot major")
        make_partner(name_en="Robot partner")
    with django_assert_max_num_queries(4):  # profile, majors, news, partners
        response = client.get("/en/search/", {"q": "robot"})
    assert response.context["total"] == min(rows, 20) * 3


def maxlength_of(response, input_id):
    tag = re.search(rf'<input[^>]*\bid="{input_id}"[^>]*>', response.content.decode()).group()
    return int(re.search(r'\bmaxlength="(\d+)"', tag).group(1))


@pytest.mark.django_db
def test_search_boxes_accept_as_long_a_query_as_search_uses(client):
    response = client.get("/en/search/")
    assert maxlength_of(response, "header-q") == search.MAX_QUERY_LENGTH
    assert maxlength_of(response, "search-q") == search.MAX_QUERY_LENGTH
