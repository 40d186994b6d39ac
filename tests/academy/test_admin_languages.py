"""The admin one language at a time, in the staff member's own language."""

import re

import pytest
from django.conf import settings
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from academy.models import Academy
from news.models import Article
from tests.factories import make_article, make_intake, make_program

ARTICLE_ADD = "/admin/news/article/add/"


def tabs(response):
    """(language, state, opens) of each language tab, in order."""
    return re.findall(
        r'data-language="([\w-]+)" data-state="(\w+)" aria-pressed="(true|false)"',
        response.content.decode(),
    )


def in_language(client, code):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = code


@pytest.mark.django_db
def test_each_translated_field_is_grouped_under_its_language(editor_client):
    form = editor_client.get(ARTICLE_ADD)
    html = form.content.decode()
    for code, column in [("en", "title_en"), ("zh-hans", "title_zh_hans"), ("ru", "body_ru")]:
        fieldset = re.search(
            rf'<fieldset class="module aligned language language-{code}[^"]*".*?</fieldset>',
            html,
            re.S,
        )
        assert fieldset and f'name="{column}"' in fieldset[0]
    # Fields common to every language stand outside the language fieldsets.
    [common] = [part for part in html.split("<fieldset")[1:] if 'name="slug"' in part]
    assert "language" not in common.split(">", 1)[0]


@pytest.mark.django_db
def test_labels_and_tabs_name_languages_not_codes(editor_client):
    in_language(editor_client, "ru")
    form = editor_client.get(ARTICLE_ADD)
    assertContains(form, '<span lang="zh-hans">中文</span>', html=True)
    assertContains(form, '<span lang="ru">Русский</span>', html=True)
    assertNotContains(form, "[zh-hans]")
    assertNotContains(form, "[ru]")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "first"), [("zh-hans", "zh-hans"), ("ru", "ru"), ("en", "en")]
)
def test_the_staff_members_own_language_opens_first(editor_client, language, first):
    in_language(editor_client, language)
    shown = tabs(editor_client.get(ARTICLE_ADD))
    assert shown[0] == (first, "missing", "true")
    assert [opens for _code, _state, opens in shown[1:]] == ["false", "false"]


@pytest.mark.django_db
def test_each_tab_says_whether_its_language_is_complete_partly_written_or_missing(
    editor_client,
):
    article = make_article(
        title_en="Open day",
        summary_en="Come and see.",
        title_ru="День открытых дверей",
        title_zh_hans="",
        summary_zh_hans="",
    )
    in_language(editor_client, "en")
    shown = tabs(editor_client.get(f"/admin/news/article/{article.pk}/change/"))
    assert shown == [
        ("en", "complete", "true"),
        ("zh-hans", "missing", "false"),
        ("ru", "partly", "false"),
    ]


@pytest.mark.django_db
def test_a_tab_with_errors_opens_first_and_the_text_entered_is_kept(editor_client):
    in_language(editor_client, "zh-hans")
    response = editor_client.post(
        ARTICLE_ADD,
        {
            "title_ru": "Заголовок " + "очень длинный " * 20,
            "body_zh_hans": "正文已写好。",
            "status": "draft",
        },
    )
    assert response.status_code == 200
    shown = tabs(response)
    assert shown[0][0] == "zh-hans" and shown[0][2] == "false"
    assert ("ru", "complete", "true") in shown or ("ru", "partly", "true") in shown
    assertContains(response, "有错误")  # the tab says so, in the editor's language
    assertContains(response, "正文已写好。")
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_the_admin_has_a_language_switch_that_is_remembered(editor_client):
    home = editor_client.get("/admin/")
    links = re.findall(r'<a href="(/language/ru/\?next=[^"]+)"', home.content.decode())
    assert links == ["/language/ru/?next=%2Fadmin%2F"]
    switched = editor_client.get(links[0])
    assert switched.status_code == 302 and switched["Location"] == "/admin/"
    assert editor_client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    again = editor_client.get("/admin/news/article/")
    assert again.wsgi_request.LANGUAGE_CODE == "ru"
    assertContains(again, '<span aria-current="true" lang="ru">Русский</span>', html=True)


@pytest.mark.django_db
def test_the_admins_home_links_to_the_public_site_and_for_officers_the_dashboard(
    officer_client, editor
):
    in_language(officer_client, "ru")
    officer_home = officer_client.get("/admin/")
    assertContains(officer_home, 'href="/ru/"')
    assertContains(officer_home, 'href="/ru/enrollment/"')
    assertContains(officer_home, 'href="/admin/programs/intake/import/"')
    editor_client = Client()
    editor_client.force_login(editor)
    editor_home = editor_client.get("/admin/")
    assertContains(editor_home, 'href="/en/"')
    assertNotContains(editor_home, 'href="/en/enrollment/"')
    assertNotContains(editor_home, "/import/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("count", "words"),
    [(1, "1 новость"), (3, "3 новости"), (16, "16 новостей"), (21, "21 новость")],
)
def test_lists_count_with_the_plural_each_language_needs(editor_client, count, words):
    for _ in range(count):
        make_article()
    in_language(editor_client, "ru")
    listing = editor_client.get("/admin/news/article/", {"all": ""})
    paginator = re.search(r'<nav class="paginator".*?</nav>', listing.content.decode(), re.S)
    assert words in paginator[0]


@pytest.mark.django_db
def test_figure_changes_count_in_russian_plurals(officer_client):
    program = make_program()
    for year in range(2010, 2026):
        make_intake(year, [program], counts=[5])
    in_language(officer_client, "ru")
    listing = officer_client.get("/admin/programs/intake/")
    assertContains(listing, "16 наборов")


@pytest.mark.django_db
def test_the_academy_profile_is_edited_one_language_at_a_time(admin_client, launch_content):
    in_language(admin_client, "zh-hans")
    form = admin_client.get(f"/admin/academy/academy/{Academy.objects.get().pk}/change/")
    assert [code for code, _state, _opens in tabs(form)] == ["zh-hans", "en", "ru"]
    assert all(state == "complete" for _code, state, _opens in tabs(form))
