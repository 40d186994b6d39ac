"""The admin in a real browser, one language at a time: what an editor
working in Chinese or Russian sees, and news in one language only."""

import datetime
import io

import pytest
from django.conf import settings
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from news.models import Article, Photo
from programs.models import Program
from tests.browser.conftest import AXE, EDITORS

pytestmark = pytest.mark.browser


@pytest.fixture
def editor_page(open_page, site):
    def editor_page(language, width="desktop"):
        page = open_page(width, signed_in_as=EDITORS)
        page.context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": site.url}]
        )
        return page

    return editor_page


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (1024, 640), (30, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


def tab(page, code):
    return page.locator(f".language-tab[data-language='{code}']")


def form_height(page):
    return page.evaluate("document.documentElement.scrollHeight")


@pytest.mark.parametrize("language", ["zh-hans", "ru", "en"])
def test_the_news_and_major_forms_fit_their_height(editor_page, language):
    page = editor_page(language)
    page.goto("/admin/news/article/add/")
    assert form_height(page) <= 1600
    launch_item = Article.objects.get(slug__startswith="chongqings-first")
    page.goto(f"/admin/news/article/{launch_item.pk}/change/")
    assert form_height(page) <= 1600
    major = Program.objects.order_by("position").first()
    page.goto(f"/admin/programs/program/{major.pk}/change/")
    assert form_height(page) <= 2500


def test_one_language_shows_at_a_time_and_its_tab_follows_the_typing(editor_page):
    page = editor_page("ru")
    page.goto("/admin/news/article/add/")
    expect(tab(page, "ru")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#id_title_ru")).to_be_visible()
    expect(page.locator("#id_title_zh_hans")).to_be_hidden()
    expect(page.locator("#id_title_en")).to_be_hidden()
    # Common fields show whatever the language.
    expect(page.locator("#id_slug")).to_be_visible()

    page.locator("#id_title_ru").fill("Новости")
    expect(tab(page, "ru")).to_have_attribute("data-state", "complete")
    tab(page, "zh-hans").click()
    expect(page.locator("#id_title_zh_hans")).to_be_visible()
    expect(page.locator("#id_title_ru")).to_be_hidden()
    expect(tab(page, "zh-hans")).to_have_attribute("data-state", "missing")
    page.locator("#id_body_zh_hans").fill("正文。")
    expect(tab(page, "zh-hans")).to_have_attribute("data-state", "partly")
    # A text written in Chinese is now wanted in Russian too.
    expect(tab(page, "ru")).to_have_attribute("data-state", "partly")


@pytest.mark.parametrize(
    ("language", "column", "title", "alt"),
    [
        ("zh-hans", "zh_hans", "学院学生参观工业机器人工厂", "学生观看焊接机器人"),
        (
            "ru",
            "ru",
            "Студенты побывали на заводе роботов",
            "Студенты смотрят на сварочного робота",
        ),
    ],
)
def test_an_editor_publishes_an_item_in_their_language_alone_with_a_placed_photo(
    editor_page, language, column, title, alt
):
    page = editor_page(language)
    page.goto("/admin/news/photo/add/")
    page.locator("#id_image").set_input_files(
        {"name": "robot.jpg", "mimeType": "image/jpeg", "buffer": jpeg()}
    )
    # The photo's alt text is required in English; the editor adds their own.
    tab(page, "en").click()
    page.locator("#id_alt_text_en").fill("Students watching a welding robot")
    tab(page, language).click()
    page.locator(f"#id_alt_text_{column}").fill(alt)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    photo = Photo.objects.get(alt_text_en="Students watching a welding robot")

    page.goto("/admin/news/article/add/")
    expect(tab(page, language)).to_have_attribute("aria-pressed", "true")
    page.locator(f"#id_title_{column}").fill(title)
    page.locator(f"#id_body_{column}").fill(f"{title}.\n\n![](photo:{photo.pk})")
    page.locator("#id_status").select_option("published")
    # Dates in ISO form are understood in every language.
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    page.locator("#id_published_at_0").fill(yesterday.isoformat())
    page.locator("#id_published_at_1").fill("09:30:00")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article = Article.objects.get(**{f"title_{column}": title})
    # The address was made from the title, and stays editable.
    expect(page.locator("#id_slug")).to_have_value(article.slug)
    assert article.slug.isascii() and len(article.slug) > 10

    page.goto(f"/{language}/news/{article.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(f"article img[alt='{alt}']")).to_be_visible()
    for other in {"en", "zh-hans", "ru"} - {language}:
        assert page.request.get(f"/{other}/news/{article.slug}/").status == 404
        page.goto(f"/{other}/news/")
        expect(page.get_by_text(title)).to_have_count(0)


@pytest.mark.parametrize("language", ["zh-hans", "ru"])
def test_the_language_tabs_and_switch_have_no_serious_accessibility_violations(
    editor_page, language
):
    page = editor_page(language)
    page.goto("/admin/news/article/add/")
    page.add_script_tag(path=AXE)
    results = page.evaluate(
        "() => axe.run({include: ['.language-tabs', '.admin-languages']},"
        " {resultTypes: ['violations']})"
    )
    blocking = [v for v in results["violations"] if v["impact"] in {"serious", "critical"}]
    assert not blocking, blocking
    # The tabs are buttons a keyboard reaches, and say which is pressed.
    tab(page, "en").focus()
    page.keyboard.press("Enter")
    expect(tab(page, "en")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#id_title_en")).to_be_visible()
