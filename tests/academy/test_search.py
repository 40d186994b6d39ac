"""Search over news, majors and partners in the page's language."""

import re

import pytest
from django.db import connection
from pytest_django.asserts import assertContains, assertNotContains

from academy import search
from academy.search import folded
from tests.factories import change_form_data, make_article, make_partner, make_program


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


def found_slugs(response, group):
    titles = {"Majors": 0, "News": 1, "Partners": 2}
    return [item["object"].slug for item in response.context["results"][titles[group]]["items"]]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Станкин", "СТАНКИН", "станкин", "сТаНкИн"])
def test_russian_words_are_found_in_any_case(client, launch_content, query):
    response = client.get("/ru/search/", {"q": query})
    assert "stankin" in found_slugs(response, "Partners")
    assertContains(response, "«<mark>СТАНКИН</mark>»")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Чунцин", "чунцин", "ЧУНЦИН"])
def test_a_capitalised_russian_place_name_is_found(client, launch_content, query):
    response = client.get("/ru/search/", {"q": query})
    assert found_slugs(response, "News") == [
        "chongqings-first-sino-foreign-higher-vocational-institution-unveiled"
    ]
    assertContains(response, "<mark>Чунцин</mark>")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["robots", "ROBOTS", "RoBoTs"])
def test_latin_words_are_found_in_any_case(client, query):
    make_article(title_en="Robots arrive", slug="robots")
    make_article(title_en="NEW ROBOTS LAB", slug="shouted")
    response = client.get("/en/search/", {"q": query})
    assert sorted(found_slugs(response, "News")) == ["robots", "shouted"]


@pytest.mark.django_db
def test_e_and_yo_are_the_same_letter_to_search(client):
    make_partner(name_ru="Организация-партнёр", slug="yo")
    make_partner(name_ru="Надежный партнер", slug="e")
    response = client.get("/ru/search/", {"q": "ПАРТНЕР"})
    assert sorted(found_slugs(response, "Partners")) == ["e", "yo"]
    assertContains(response, "Организация-<mark>партнёр</mark>")


@pytest.mark.django_db
def test_chinese_words_are_found_inside_a_sentence(client):
    make_article(title_zh_hans="学院新建工业机器人实训中心", slug="lab")
    response = client.get("/zh-hans/search/", {"q": "机器人"})
    assert found_slugs(response, "News") == ["lab"]
    assertContains(response, "学院新建工业<mark>机器人</mark>实训中心")


@pytest.mark.django_db
def test_an_edit_is_found_as_soon_as_it_is_saved(client):
    article = make_article(title_en="Open day", title_ru="День открытых дверей", slug="open-day")
    assert found_slugs(client.get("/ru/search/", {"q": "Экскурсия"}), "News") == []
    article.title_ru = "Экскурсия по лабораториям"
    article.save()
    assert found_slugs(client.get("/ru/search/", {"q": "экскурсия"}), "News") == ["open-day"]
    assert found_slugs(client.get("/ru/search/", {"q": "дверей"}), "News") == []
    # Saving only some fields keeps the search columns in step too.
    article.summary_ru = "Приходите в СУББОТУ."
    article.save(update_fields=["summary_ru"])
    assert found_slugs(client.get("/ru/search/", {"q": "субботу"}), "News") == ["open-day"]


@pytest.mark.django_db
def test_a_partner_edited_in_the_admin_is_found_at_once(admin_client, client):
    partner = make_partner(name_en="Partner", name_ru="Партнёр")
    url = f"/admin/academy/partner/{partner.pk}/change/"
    form = change_form_data(admin_client, url)
    response = admin_client.post(url, {**form, "name_ru": "Ивановский университет"})
    assert response.status_code == 302
    assert found_slugs(client.get("/ru/search/", {"q": "ИВАНОВСКИЙ"}), "Partners") == [partner.slug]


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="word forms come from PostgreSQL's full-text search; SQLite matches the words as typed",
)


@needs_postgresql
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        ("ru", "Студенты Станкина приехали в Чунцин", "Станкин"),
        ("ru", "Станкин принял студентов", "Станкина"),
        ("ru", "Новые роботы в лаборатории", "роботов"),
        ("en", "The students' studies in Moscow", "study"),
        ("en", "A robot arrives", "robots"),
    ],
)
def test_words_are_found_in_their_other_forms(client, language, text, query):
    make_article(
        **{"title_en": "Campus news", f"title_{language}": "Новости", f"body_{language}": text},
        slug="forms",
    )
    response = client.get(f"/{language}/search/", {"q": query})
    assert found_slugs(response, "News") == ["forms"]


@needs_postgresql
@pytest.mark.django_db
def test_word_forms_rank_title_matches_above_body_matches(client):
    make_article(title_ru="Жизнь кампуса", body_ru="Роботы, роботы повсюду", slug="body")
    make_article(title_ru="Прибыли роботы", body_ru="Новая лаборатория", slug="title")
    response = client.get("/ru/search/", {"q": "роботов"})
    assert found_slugs(response, "News") == ["title", "body"]


def excerpt_text(response, group="News"):
    """The first result's excerpt as a reader sees it: "…" marks a cut."""
    titles = {"Majors": 0, "News": 1, "Partners": 2}
    excerpt = response.context["results"][titles[group]]["items"][0]["excerpt"]
    return re.sub(r"</?mark>", "", str(excerpt))


def assert_cut_between_words(text, excerpt):
    shown = excerpt.removeprefix("…").removesuffix("…")
    start = text.index(shown)
    end = start + len(shown)
    assert excerpt.startswith("…") == (start > 0)
    assert excerpt.endswith("…") == (end < len(text))
    assert start == 0 or text[start - 1] == " "
    assert end == len(text) or text[end] == " "


ENGLISH = (
    "The Sino-Russian International Academy of Intelligent Manufacturing was unveiled "
    "on 29 November 2022 in Chongqing, with 69 students in its first intake, studying "
    "electromechanical integration technology and software technology; graduates may "
    "apply to Stankin for further undergraduate study in Moscow after three years."
)
RUSSIAN = (
    "Китайско-российская международная академия интеллектуального производства открылась "
    "29 ноября 2022 года в Чунцине: в первый набор вошли 69 студентов, которые изучают "
    "мехатронику и программную инженерию; выпускники могут продолжить обучение в "
    "МГТУ «СТАНКИН» по программам бакалавриата после трёх лет учёбы."
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text", "queries"),
    [
        ("en", ENGLISH, ["unveiled", "students", "software", "STANKIN", "Moscow", "Sino"]),
        ("ru", RUSSIAN, ["открылась", "студентов", "программную", "Станкин", "учёбы"]),
    ],
)
def test_excerpts_are_cut_between_words(client, language, text, queries):
    make_article(**{f"title_{language}": "—", f"summary_{language}": text})
    for query in queries:
        excerpt = excerpt_text(client.get(f"/{language}/search/", {"q": query}))
        assert folded(query) in folded(excerpt)
        assert_cut_between_words(text, excerpt)


@pytest.mark.django_db
def test_a_naive_cut_would_have_split_a_word(client):
    # 180 characters from the start end inside "students".
    text = "Numbers!" + " a" * 82 + " 69 students" + " and more" * 20
    assert text[: search.EXCERPT_LENGTH].endswith("69 stud")
    make_article(title_en="Numbers", summary_en=text)
    excerpt = excerpt_text(client.get("/en/search/", {"q": "Numbers"}))
    assert "stud…" not in excerpt
    assert_cut_between_words(text, excerpt)


CHINESE = (
    "重庆工程职业技术学院与莫斯科国立工艺大学（斯坦金）合作设立的中俄智能制造国际学院，"
    "于2022年11月29日揭牌，是重庆首个高职院校中外合作办学机构；首批招收学生69名，"
    "开设机电一体化技术、工业机器人技术和软件技术三个专业。学生在学院完成三年专科学习后，"
    "可自愿申请赴斯坦金大学继续本科深造，学院还将与中俄双方企业共建智能装备仿真实训中心，"
    "搭建中俄高水平职业教育交流平台，并参与世界技能大赛标准的制定工作。2022年，重庆高校共招收"
    "国际学生141名，聘用来自俄罗斯的外籍专家和教师16名；重庆有四所高校开设了俄语专业，"
    "三年来新增本科专业116个，投入4300万元建设43个大数据专业。"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["揭牌", "国际学院", "软件技术", "本科深造", "世界技能大赛", "大数据"]
)
def test_chinese_excerpts_are_cut_between_characters_at_a_clause(client, query):
    make_article(title_zh_hans="学院揭牌", summary_zh_hans=CHINESE)
    excerpt = excerpt_text(client.get("/zh-hans/search/", {"q": query}))
    assert query in excerpt
    shown = excerpt.removeprefix("…").removesuffix("…")
    start = CHINESE.index(shown)
    end = start + len(shown)
    assert excerpt.startswith("…") == (start > 0)
    assert excerpt.endswith("…") == (end < len(CHINESE))
    assert start == 0 or CHINESE[start - 1] in "，。；"
    assert end == len(CHINESE) or CHINESE[end - 1] in "，。；"
    if CHINESE.index(query) < search.EXCERPT_LENGTH // 3:
        assert start == 0
    # Digits are kept whole.
    assert not re.search(r"^…?\d|\d…$", excerpt)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ru", "zh-hans"])
@pytest.mark.parametrize("rows", [3, 30])
def test_search_queries_stay_constant_in_every_language(
    client, django_assert_max_num_queries, language, rows
):
    for _ in range(rows):
        make_article(title_ru="Новости СТАНКИНА", title_zh_hans="斯坦金新闻")
        make_program(name_ru="Специальность СТАНКИНА", name_zh_hans="斯坦金专业")
        make_partner(name_ru="Партнёр СТАНКИНА", name_zh_hans="斯坦金伙伴")
    query = {"ru": "станкина", "zh-hans": "斯坦金"}[language]
    with django_assert_max_num_queries(4):  # profile, majors, news, partners
        response = client.get(f"/{language}/search/", {"q": query})
    assert response.context["total"] == min(rows, 20) * 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "Станкин\x00",
        "\x00",
        "Ж" * 5_000,
        "斯坦金" * 2_000,
        "!?.,;:…—«»()[]{}",
        "。，；！？",
        "% _ \\ ' \"",
    ],
)
def test_hostile_queries_never_fail_in_any_language(client, launch_content, query):
    for language in ("en", "zh-hans", "ru"):
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        assert len(response.context["query"]) <= search.MAX_QUERY_LENGTH


@pytest.mark.django_db
def test_punctuation_alone_finds_nothing(client, launch_content):
    response = client.get("/ru/search/", {"q": "«»—…"})
    assert response.context["total"] == 0


@pytest.mark.django_db
def test_a_match_in_a_body_shows_that_part_of_the_body(client):
    make_article(
        slug="lab",
        title_ru="Новая лаборатория",
        summary_ru="Академия открыла лабораторию.",
        body_ru="В лаборатории **шесть** сварочных роботов и два станка с ЧПУ.\n\n"
        + "Занятия идут каждый день. " * 12,
    )
    response = client.get("/ru/search/", {"q": "сварочных"})
    [item] = response.context["results"][1]["items"]
    assert "<mark>сварочных</mark> роботов" in item["excerpt"]
    assert "**" not in item["excerpt"] and "<strong>" not in item["excerpt"]


@pytest.mark.django_db
def test_a_match_in_a_majors_careers_shows_the_careers(client):
    make_program(
        slug="mech", name_en="Mechatronics", careers_en="Maintenance technician\nLine engineer"
    )
    response = client.get("/en/search/", {"q": "technician"})
    [item] = response.context["results"][0]["items"]
    assert "<mark>technician</mark>" in item["excerpt"]
