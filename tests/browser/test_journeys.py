"""Staff and visitors going through the portal end to end, as people do."""

import datetime
import io
import re

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from admissions.models import Question
from news.models import Article, Photo
from programs.models import Program
from tests.browser.conftest import sign_in_page

pytestmark = pytest.mark.browser

RUSSIAN_TITLE = "Студенты академии побывали на заводе промышленных роботов"
RUSSIAN_SUMMARY = "Первокурсники увидели, как роботы собирают автомобили."
RUSSIAN_BODY = "Экскурсия прошла в рамках курса.\n\n## Что увидели\n\n- сварку\n- покраску"
ALT_TEXT = "Students watching a welding robot"

INTAKE_2024 = {"Industrial Robot Technology": 41, "Software Technology": 57}


def jpeg(width=1024, height=640):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


def choose_in_autocomplete(page, field_id, search, option):
    """Picks an option in the admin's select2 autocomplete, by typing as a
    person does; the options come from the admin's autocomplete view."""
    page.locator(f"[aria-labelledby='select2-{field_id}-container']").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.get_by_role("option", name=option).click()
    expect(page.locator(f"#select2-{field_id}-container")).to_contain_text(option)


def saved(page):
    expect(page.locator(".messagelist .success")).to_contain_text("successfully")


def test_an_editor_publishes_a_russian_news_item_with_a_photo_that_only_russian_readers_see(
    open_page, editor
):
    page = open_page("desktop")
    sign_in_page(page, editor)

    page.goto("/admin/news/photo/add/")
    # A file input's label is a fieldset legend in Django's admin, not a <label>.
    page.locator("#id_image").set_input_files(
        {"name": "robot.jpg", "mimeType": "image/jpeg", "buffer": jpeg()}
    )
    page.get_by_label("Alt text (English)").fill(ALT_TEXT)
    page.get_by_role("button", name="Save", exact=True).click()
    saved(page)
    photo = Photo.objects.get(alt_text_en=ALT_TEXT)
    assert photo.width == 1024

    page.goto("/admin/news/article/add/")
    page.get_by_role("button", name=re.compile("Русский")).click()
    page.locator("#id_title_ru").fill(RUSSIAN_TITLE)
    page.locator("#id_slug").fill("robot-factory-visit")
    page.locator("#id_summary_ru").fill(RUSSIAN_SUMMARY)
    page.locator("#id_body_ru").fill(RUSSIAN_BODY)
    page.locator("#id_status").select_option(label="Published")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    page.locator("#id_published_at_0").fill(yesterday.isoformat())
    page.locator("#id_published_at_1").fill("09:30:00")
    choose_in_autocomplete(page, "id_lead_photo", "welding", ALT_TEXT)
    page.get_by_role("button", name="Save", exact=True).click()
    saved(page)
    assert Article.objects.get(slug="robot-factory-visit").lead_photo == photo

    page.goto("/ru/news/")
    expect(page.get_by_role("link", name=RUSSIAN_TITLE)).to_be_visible()
    feed = page.request.get("/ru/news/feed/")
    assert feed.ok
    assert RUSSIAN_TITLE in feed.text()

    page.goto("/en/news/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text(RUSSIAN_TITLE)).to_have_count(0)


def test_an_enrollment_officer_records_the_2024_intake_and_downloads_it_from_the_dashboard(
    open_page, officer
):
    page = open_page("desktop")
    sign_in_page(page, officer)

    page.goto("/admin/programs/intake/add/")
    page.locator("#id_year").fill("2024")
    page.locator("#id_is_public").check()
    add_figure = page.get_by_role("button", name=re.compile("add another enrollment figure", re.I))
    for row, (major, students) in enumerate(INTAKE_2024.items()):
        add_figure.click()
        choose_in_autocomplete(page, f"id_figures-{row}-program", major.split()[0], major)
        page.locator(f"#id_figures-{row}-students").fill(str(students))
    page.get_by_role("button", name="Save", exact=True).click()
    saved(page)

    total = sum(INTAKE_2024.values())
    page.goto("/en/enrollment/")
    chart = page.locator("svg[role='img']")
    expect(chart).to_be_visible()
    for major, students in INTAKE_2024.items():
        segment = chart.locator("rect > title", has_text=f"{major}, 2024: {students} students")
        expect(segment).to_have_count(1)
    row_2024 = page.get_by_role("row", name=re.compile("^2024–2025"))
    expect(row_2024.get_by_role("cell").first).to_have_text(str(total))

    page.get_by_label("Intake year", exact=True).select_option("2024")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"[?&]year=2024"))
    expect(page.get_by_role("row", name=re.compile("^2022–2023"))).to_have_count(0)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename == "enrollment-2024.csv"
    content = download.path().read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    for major, students in INTAKE_2024.items():
        assert f"{major},{students}," in text
    assert "2022" not in text


def test_a_prospective_student_on_a_phone_finds_a_major_and_asks_admissions(open_page):
    """On a phone, in Chinese: compare the majors, open Software Technology,
    ask admissions (first with a mistake, which is explained and keeps what
    was typed), and get the confirmation; the question is saved."""
    page = open_page("phone")
    page.goto("/")
    page.get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(re.compile(r"/zh-hans/$"))
    page.get_by_text("菜单").click()  # on a phone the menu is behind its button
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="专业设置").click()
    expect(page.get_by_role("heading", name="专业对比")).to_be_visible()
    page.get_by_role("link", name="软件技术").first.click()
    expect(page.get_by_role("heading", level=1, name="软件技术")).to_be_visible()
    page.get_by_role("main").get_by_role("link", name="向招生办咨询").first.click()

    expect(page.get_by_label("您感兴趣的专业")).to_have_value(
        str(Program.objects.get(slug="software-technology").pk)
    )
    page.get_by_label("您的姓名").fill("王小明")
    page.get_by_label("您的问题").fill("软件技术专业的学生可以学习俄语吗？")
    page.get_by_role("button", name="提交问题").click()

    # No email, no phone and no consent: explained in Chinese, nothing lost.
    expect(page.get_by_role("alert")).to_contain_text("请")
    expect(page.get_by_label("您的问题")).to_have_value("软件技术专业的学生可以学习俄语吗？")
    page.get_by_label("电子邮箱").fill("xiaoming@example.com")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="提交问题").click()

    expect(page).to_have_url(re.compile(r"/zh-hans/admissions/thanks/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    question = Question.objects.get()
    assert (question.name, question.preferred_language, question.program.slug) == (
        "王小明",
        "zh-hans",
        "software-technology",
    )
