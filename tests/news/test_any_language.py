"""News written in any one language, from the admin to the public pages."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from news.models import Article, Photo
from tests.factories import make_article, upload

ADD = "/admin/news/article/add/"


def news_form(**fields):
    return {
        "slug": "",
        "status": "published",
        "published_at_0": "2026-03-02",
        "published_at_1": "09:00",
        "source_name": "",
        "source_url": "",
        **fields,
    }


def working_in(client, code):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = code


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "column", "title", "slug"),
    [
        ("zh-hans", "zh_hans", "学院举办开放日", "xue-yuan-ju-ban-kai-fang-ri"),
        ("ru", "ru", "День открытых дверей в Академии", "den-otkrytykh-dverey-v-akademii"),
        ("en", "en", "Open day at the academy", "open-day-at-the-academy"),
    ],
)
def test_an_item_in_one_language_saves_with_an_address_made_from_its_title(
    editor_client, language, column, title, slug
):
    working_in(editor_client, language)
    response = editor_client.post(
        ADD, news_form(**{f"title_{column}": title, f"body_{column}": "Текст. 正文。"})
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.slug == slug
    assert article.languages() == [language]
    for code in ("en", "zh-hans", "ru"):
        page = editor_client.get(f"/{code}/news/{slug}/")
        listing = editor_client.get(f"/{code}/news/")
        if code == language:
            assertContains(page, title)
            assertContains(listing, title)
        else:
            assert page.status_code == 404
            assertNotContains(listing, title)


@pytest.mark.django_db
def test_the_address_stays_editable(editor_client):
    editor_client.post(ADD, news_form(title_zh_hans="开放日", slug="open-day-2026"))
    assert Article.objects.get().slug == "open-day-2026"


@pytest.mark.django_db
def test_a_second_item_with_the_same_title_gets_an_address_of_its_own(editor_client):
    for _ in range(3):
        editor_client.post(ADD, news_form(title_ru="Новости"))
    assert sorted(Article.objects.values_list("slug", flat=True)) == [
        "novosti",
        "novosti-2",
        "novosti-3",
    ]


@pytest.mark.django_db
def test_a_title_with_nothing_to_spell_in_latin_letters_gets_a_dated_address(editor_client):
    editor_client.post(ADD, news_form(title_zh_hans="！？", published_at_0="2026-03-02"))
    assert Article.objects.get().slug == "news-2026-03-02"


@pytest.mark.django_db
def test_an_address_typed_in_chinese_is_refused_with_what_was_written_kept(editor_client):
    working_in(editor_client, "zh-hans")
    response = editor_client.post(
        ADD, news_form(title_zh_hans="开放日", body_zh_hans="欢迎参观。", slug="开放日")
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["slug"]
    assertContains(response, "欢迎参观。")
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_items_saved_elsewhere_than_the_admin_get_an_address_too():
    article = Article.objects.create(title_ru="Приём документов", status="draft")
    assert article.slug == "priem-dokumentov"


@pytest.mark.django_db
@pytest.mark.parametrize("editor_language", ["zh-hans", "ru", "en"])
def test_a_placed_photo_speaks_the_language_of_each_body(editor_client, editor_language):
    photo = Photo.objects.create(
        image=upload(),
        alt_text_en="Students at a robot cell",
        alt_text_zh_hans="学生在机器人工作站实训",
        caption_ru="Практика в лаборатории",
    )
    working_in(editor_client, editor_language)
    placed = f"Text.\n\n![](photo:{photo.pk})"
    editor_client.post(
        ADD,
        news_form(
            title_en="Lab", body_en=placed, title_zh_hans="实训", body_zh_hans=placed,
            title_ru="Практика", body_ru=placed, slug="lab",
        ),
    )  # fmt: skip
    article = Article.objects.get()
    assert 'alt="Students at a robot cell"' in article.body_html_en
    assert 'alt="学生在机器人工作站实训"' in article.body_html_zh_hans
    # No Russian alt text: the English one, marked as English.
    assert 'alt="Students at a robot cell" lang="en"' in article.body_html_ru
    assert '<span lang="ru">' not in article.body_html_ru
    assert "<span>Практика в лаборатории</span>" in article.body_html_ru
    # Where a caption exists in one language only, others show it, marked.
    assert '<span lang="ru">Практика в лаборатории</span>' in article.body_html_en


@pytest.mark.django_db
def test_the_news_list_filters_drafts_scheduled_and_live_items(editor_client):
    now = timezone.now()
    make_article(title_en="Draft item", status="draft", published_at=None)
    make_article(title_en="Scheduled item", published_at=now + datetime.timedelta(days=2))
    make_article(title_en="Live item", published_at=now - datetime.timedelta(days=2))
    for state, shown in [("draft", "Draft"), ("scheduled", "Scheduled"), ("live", "Live")]:
        listing = editor_client.get("/admin/news/article/", {"state": state})
        assertContains(listing, f"{shown} item")
        for other in {"Draft", "Scheduled", "Live"} - {shown}:
            assertNotContains(listing, f"{other} item")
    assertContains(editor_client.get("/admin/news/article/"), "?state=scheduled")
