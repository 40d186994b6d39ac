"""An editor's work in the admin, seen through the public pages."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.contrib.admin.models import LogEntry
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from news.models import Article, Photo
from tests.factories import make_article, make_partner, make_program, upload

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


def article_form(**fields):
    base = {
        "slug": "",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "source_name": "",
        "source_url": "",
    }
    return {**base, **fields}


@pytest.mark.django_db
def test_an_editor_writes_previews_and_schedules_a_chinese_item(client, editor):
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)
    with time_machine.travel(start, tick=False):
        client.force_login(editor)

        # A photo for the library.
        response = client.post(
            "/admin/news/photo/add/",
            {
                "image": upload(),
                "alt_text_en": "Students at a robot cell",
                "alt_text_zh_hans": "学生在机器人工作站实训",
                "credit_zh_hans": "学院供图",
            },
        )
        assert response.status_code == 302
        photo = Photo.objects.get()

        # A draft, written in Chinese only.
        response = client.post(
            "/admin/news/article/add/",
            article_form(
                title_zh_hans="新学期开学",
                slug="new-term",
                summary_zh_hans="学院迎来新学期。",
                body_zh_hans=(
                    f"## 开学典礼\n\n- 第一项\n- 第二项\n\n> 引言\n\n![](photo:{photo.pk})"
                ),
                byline_zh_hans="记者：张三",
                lead_photo=photo.pk,
            ),
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        article = Article.objects.get(slug="new-term")
        assert article.status == "draft"

        # The editor previews it; the public cannot see it.
        preview = client.get("/zh-hans/news/new-term/")
        assertContains(preview, "preview-banner")
        assertContains(preview, "<h2>开学典礼</h2>", html=True)
        assertContains(preview, "<blockquote><p>引言</p></blockquote>", html=True)
        assertContains(preview, 'alt="学生在机器人工作站实训"')
        assertContains(preview, "记者：张三")
        assert "no-store" in preview["Cache-Control"]

        # Scheduled for 10:00.
        response = client.post(
            f"/admin/news/article/{article.pk}/change/",
            article_form(
                title_zh_hans="新学期开学",
                slug="new-term",
                summary_zh_hans="学院迎来新学期。",
                body_zh_hans="正文。",
                lead_photo=photo.pk,
                status="published",
                published_at_0="2026-03-02",
                published_at_1="10:00:00",
            ),
        )
        assert response.status_code == 302
        client.logout()
        assert client.get("/zh-hans/news/new-term/").status_code == 404
        assertNotContains(client.get("/zh-hans/news/"), "新学期开学")
        assertNotContains(client.get("/zh-hans/news/feed/"), "新学期开学")

    with time_machine.travel(start + datetime.timedelta(hours=1, minutes=1), tick=False):
        assertContains(client.get("/zh-hans/news/"), "新学期开学")
        assertContains(client.get("/zh-hans/news/new-term/"), "<h1>新学期开学</h1>", html=True)
        feed = ET.fromstring(client.get("/zh-hans/news/feed/").content)
        atom = "{http://www.w3.org/2005/Atom}"
        entry = feed.find(f"{atom}entry")
        assert entry.findtext(f"{atom}title") == "新学期开学"
        assert entry.findtext(f"{atom}summary") == "学院迎来新学期。"
        enclosure = entry.find(f"{atom}link[@rel='enclosure']")
        assert enclosure.get("href").startswith("http://testserver/media/photos/")
        assert enclosure.get("type") == "image/jpeg"
        # Written only in Chinese: not in the English list.
        assertNotContains(client.get("/en/news/"), "新学期开学")


@pytest.mark.django_db
def test_markdown_formatting_reaches_the_page_safely(client):
    article = make_article(
        body_en=(
            "# Big heading\n\nSome **bold** and *italic* text with "
            "[a link](https://stankin.ru/).\n\n1. one\n2. two\n\n"
            '<p onclick="alert(1)">raw html</p>'
        )
    )
    response = client.get(article.get_absolute_url())
    assertContains(response, "<h2>Big heading</h2>", html=True)
    assertContains(response, "<strong>bold</strong>", html=True)
    assertContains(
        response,
        '<a href="https://stankin.ru/" rel="noopener noreferrer nofollow">a link</a>',
        html=True,
    )
    assertContains(response, "<ol><li>one</li><li>two</li></ol>", html=True)
    assertContains(response, "<p>raw html</p>", html=True)
    assertNotContains(response, "onclick")


@pytest.mark.django_db
def test_a_photo_edit_updates_the_news_that_shows_it(client):
    photo = Photo(alt_text_en="First caption photo", caption_en="Old caption")
    photo.image = upload()
    photo.save()
    article = make_article(body_en=f"Intro\n\n![](photo:{photo.pk})")
    assertContains(client.get(article.get_absolute_url()), "Old caption")
    photo.caption_en = "New caption"
    photo.save()
    response = client.get(article.get_absolute_url())
    assertContains(response, "New caption")
    assertNotContains(response, "Old caption")


@pytest.mark.django_db
def test_a_missing_photo_reference_is_dropped(client):
    article = make_article(body_en="Before\n\n![](photo:999999)\n\nAfter")
    response = client.get(article.get_absolute_url())
    assertContains(response, "<p>After</p>", html=True)
    assertNotContains(response, "photo:999999")


@pytest.mark.django_db
def test_majors_and_partners_list_their_related_news_newest_first(client):
    program = make_program(slug="robots")
    partner = make_partner(name_en="Stankin test")
    now = timezone.now()
    older = make_article(title_en="Older item", published_at=now - datetime.timedelta(days=2))
    newer = make_article(title_en="Newer item", published_at=now - datetime.timedelta(days=1))
    hidden = make_article(title_en="Draft item", status="draft")
    for article in (older, newer, hidden):
        article.related_programs.add(program)
        article.related_partners.add(partner)
    for path in ("/en/programs/robots/", "/en/partners/"):
        content = client.get(path).content.decode()
        assert content.index("Newer item") < content.index("Older item")
        assert "Draft item" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("items", [6, 60])
def test_each_partner_lists_its_three_newest_items_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, items
):
    partners = [make_partner() for _ in range(3)]
    now = timezone.now()
    for number in range(items):
        article = make_article(
            title_en=f"Item {number:02}", published_at=now - datetime.timedelta(hours=number)
        )
        article.related_partners.add(*partners[number % 2 :])
    with django_assert_max_num_queries(4):  # partners, links, items, next scheduled
        content = client.get("/en/partners/").content.decode()
    # The first partner is named by the even items only (it lists 0, 2 and 4),
    # the others by every item (they list 0, 1 and 2).
    assert [content.count(f"Item {number:02}<") for number in range(5)] == [3, 2, 3, 0, 1]


@pytest.mark.django_db
def test_editors_see_who_changed_an_item_and_what(editor_client, editor):
    article = make_article(title_en="Before")
    response = editor_client.post(
        f"/admin/news/article/{article.pk}/change/",
        article_form(
            title_en="After",
            slug=article.slug,
            status="published",
            published_at_0="2026-01-01",
            published_at_1="10:00:00",
        ),
    )
    assert response.status_code == 302
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert entry.user == editor
    history = editor_client.get(f"/admin/news/article/{article.pk}/history/")
    assertContains(history, "editor")
    assertContains(history, "Title (English)")


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [3, 30])
def test_news_list_with_photos_queries_stay_constant(client, django_assert_max_num_queries, rows):
    photo = Photo(alt_text_en="Lead")
    photo.image = upload()
    photo.save()
    for _ in range(rows):
        make_article(lead_photo=photo)
    with django_assert_max_num_queries(3):  # profile + count + page with photos
        assertContains(client.get("/en/news/"), 'class="teaser-photo"')


@pytest.mark.django_db
def test_a_placed_photo_and_the_lead_photo_share_one_figure_marking_other_languages(client):
    photo = Photo(alt_text_en="Students at a robot cell", caption_en="The training centre")
    photo.image = upload()
    photo.save()
    article = make_article(
        title_ru="Новость",
        body_ru=f"Начало\n\n![Студенты у робота](photo:{photo.pk})",
        lead_photo=photo,
    )
    page = client.get(f"/ru/news/{article.slug}/").content.decode()
    lead, placed = re.findall(r"<figure.*?</figure>", page, re.DOTALL)
    assert 'class="lead-photo"' in lead and 'alt="Students at a robot cell" lang="en"' in lead
    assert 'alt="Студенты у робота" width=' in placed and 'loading="lazy"' in placed
    for figure in (lead, placed):
        assert '<span lang="en">The training centre</span>' in figure
        assert 'sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)"' in figure


@pytest.mark.django_db
def test_photos_kept_on_another_host_keep_their_sizes_and_share_image(client, settings, tmp_path):
    # As with MEDIA_STORAGE=s3: the storage gives whole addresses on its own host.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path, "base_url": "https://media.example.edu.cn/m/"},
        },
    }
    photo = Photo(alt_text_en="Students at a robot cell")
    photo.image = upload()
    photo.save()
    article = make_article(body_en=f"Intro\n\n![](photo:{photo.pk})", lead_photo=photo)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'<meta property="og:image" content="{photo.largest_url}">' in page
    assert photo.largest_url.startswith("https://media.example.edu.cn/m/")
    assert page.count(f'srcset="{photo.srcset}"') == 2  # the lead photo and the placed one


@pytest.mark.django_db
def test_a_deleted_photo_leaves_the_news_that_placed_it_and_the_storage(
    client, django_capture_on_commit_callbacks
):
    photo = Photo(alt_text_en="To be taken down", caption_en="Taken down caption")
    photo.image = upload()
    photo.save()
    article = make_article(body_en=f"Intro\n\n![](photo:{photo.pk})")
    storage, names = photo.image.storage, [photo.image.name, *(r["name"] for r in photo.renditions)]
    assert all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.filter(pk=photo.pk).delete()  # as the admin's bulk delete does
    response = client.get(article.get_absolute_url())
    assertNotContains(response, "Taken down caption")
    assertNotContains(response, "<figure")
    assert not any(storage.exists(name) for name in names)


@pytest.mark.django_db
def test_saving_a_photo_unchanged_leaves_its_news_alone():
    photo = Photo(alt_text_en="A photo")
    photo.image = upload()
    photo.save()
    article = make_article(body_en=f"Intro\n\n![](photo:{photo.pk})")
    updated = Article.objects.get(pk=article.pk).updated_at
    Photo.objects.get(pk=photo.pk).save()
    assert Article.objects.get(pk=article.pk).updated_at == updated


@pytest.mark.django_db
@pytest.mark.parametrize("sent", ["9" * 30, "-1", ":"])
def test_related_items_that_are_no_keys_at_all_are_the_forms_errors(editor_client, sent):
    response = editor_client.post(
        "/admin/news/article/add/",
        {"title_en": "Kept title", "slug": "kept", "status": "draft", "lead_photo": sent,
         "topics": [sent], "related_programs": [sent], "related_partners": [sent]},
    )  # fmt: skip
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert {"lead_photo", "topics", "related_programs", "related_partners"} <= set(errors)
    assertContains(response, "Kept title")
