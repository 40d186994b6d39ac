"""Anonymous readers get cached pages, everyone the shared parts of the
layout; a change shows at the next request. The tests commit for real: the
cache hears of a change only once it is committed."""

import datetime
import re

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from academy.models import Academy
from news.models import Article
from programs.models import Program
from tests.factories import change_form_data, make_article

LANGUAGES = ("en", "zh-hans", "ru")


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SHARED_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db(transaction=True)
def test_a_second_anonymous_visit_costs_no_query(client, launch_content, django_assert_num_queries):
    client.get("/en/programs/")
    with django_assert_num_queries(0):
        response = client.get("/en/programs/")
    assertContains(response, "Software Technology")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("accept_encoding", ["", "gzip"])
def test_a_page_says_whether_it_came_from_the_page_cache(client, launch_content, accept_encoding):
    headers = {"Accept-Encoding": accept_encoding}
    assert client.get("/en/programs/", headers=headers)["X-Page-Cache"] == "miss"
    assert client.get("/en/programs/", headers=headers)["X-Page-Cache"] == "hit"


@pytest.mark.django_db(transaction=True)
def test_a_page_the_cache_may_not_keep_is_a_miss_every_time(client):
    for _ in range(2):
        assert client.get("/en/admissions/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db(transaction=True)
def test_pages_the_cache_is_not_asked_for_say_nothing_of_it(
    client, admin_client, launch_content, settings
):
    assert "X-Page-Cache" not in admin_client.get("/admin/")
    assert "X-Page-Cache" not in client.get("/healthz")
    settings.PAGE_CACHE_SECONDS = 0
    assert "X-Page-Cache" not in client.get("/en/programs/")


@pytest.mark.django_db(transaction=True)
def test_an_edit_in_the_admin_is_on_the_page_at_the_next_request_in_every_language(
    client, admin_user, launch_content
):
    for language in LANGUAGES:
        client.get(f"/{language}/programs/software-technology/")
    staff = type(client)()
    staff.force_login(admin_user)
    program = Program.objects.get(slug="software-technology")
    response = staff.post(
        f"/admin/programs/program/{program.pk}/change/",
        {
            **{
                field.attname: getattr(program, field.attname) or ""
                for field in program._meta.concrete_fields
                if field.editable and field.attname != "id"
            },
            "summary_en": "Edited English summary.",
            "summary_zh_hans": "修改后的简介。",
            "summary_ru": "Изменённое описание.",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    expected = {
        "en": "Edited English summary.",
        "zh-hans": "修改后的简介。",
        "ru": "Изменённое описание.",
    }
    for language in LANGUAGES:
        assertContains(client.get(f"/{language}/programs/software-technology/"), expected[language])


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_item_appears_at_its_time_despite_the_cache(client):
    start = timezone.now()
    make_article(title_en="Later news", published_at=start + datetime.timedelta(minutes=5))
    with time_machine.travel(start, tick=False):
        assertNotContains(client.get("/en/news/"), "Later news")
    with time_machine.travel(start + datetime.timedelta(minutes=6), tick=False):
        assertContains(client.get("/en/news/"), "Later news")


@pytest.mark.django_db(transaction=True)
def test_signed_in_people_get_the_kept_public_pages_but_never_make_them(client, admin_user):
    draft = make_article(title_en="Preview me", status=Article.Status.DRAFT)
    make_article(title_en="Open day", slug="open-day")
    reader = type(client)()
    assert reader.get(draft.get_absolute_url()).status_code == 404  # kept as "not found"
    client.force_login(admin_user)
    # The draft is theirs to preview, whatever readers are told.
    response = client.get(draft.get_absolute_url())
    assertContains(response, "Preview: this draft is not public.")
    assert "private" in response["Cache-Control"]
    # A page made for them is not kept for readers…
    assert client.get("/en/news/open-day/")["X-Page-Cache"] == "miss"
    assert reader.get("/en/news/open-day/")["X-Page-Cache"] == "miss"
    # …and one made for readers, which shows them the same, is served to
    # them too, for them alone.
    response = client.get("/en/news/open-day/")
    assert response["X-Page-Cache"] == "hit"
    assert "private" in response["Cache-Control"]
    assertContains(response, "Open day")
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_forms_and_cookies_are_never_cached(client):
    first = client.get("/en/admissions/")
    second = client.get("/en/admissions/")
    assert "no-store" in second["Cache-Control"]
    assert first.context is not None and second.context is not None  # rendered both times


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("page_cache_seconds", [600, 0])
def test_an_edit_to_the_academy_profile_is_in_every_layout_at_the_next_request(
    client, admin_client, launch_content, settings, page_cache_seconds
):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    pages = [f"/{language}/{page}" for language in LANGUAGES for page in ("", "news/")]
    for page in pages:
        assertNotContains(client.get(page), "edited@example.edu.cn")
    url = f"/admin/academy/academy/{Academy.objects.get().pk}/change/"
    data = change_form_data(admin_client, url, leave_out={"wechat_qr"})
    data.update(email="edited@example.edu.cn", short_name_en="Edited Academy")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    for page in pages:
        response = client.get(page)
        assertContains(response, 'href="mailto:edited@example.edu.cn"')
    assertContains(client.get("/en/news/"), '<span class="brand-name">Edited Academy</span>')


@pytest.mark.django_db(transaction=True)
def test_the_shared_main_menu_marks_the_page_it_is_on(client, launch_content, settings):
    settings.PAGE_CACHE_SECONDS = 0
    current = {
        "/en/": "Home",
        "/en/programs/": "Majors",
        "/en/news/": "News",
        "/en/partners/": "Partners",
        "/en/about/": "About",
        "/en/programs/software-technology/": None,
    }
    for _round in range(2):  # the second round reads every menu from the cache
        for path, label in current.items():
            page = client.get(path).content.decode()
            # The wide screen's menu and the phone's, each marking the page.
            for menu in re.findall(
                r'<nav class="wrap main-nav.*?</nav>|<details class="menu.*?</details>',
                page,
                re.DOTALL,
            ):
                marked = re.findall(r'aria-current="page">([^<]*)<', menu)
                assert marked == ([label] if label else []), path


@pytest.mark.django_db(transaction=True)
def test_the_shared_parts_spare_every_page_the_profile_query(client, launch_content, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for path in ("/en/", "/ru/news/", "/zh-hans/programs/software-technology/"):
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        assert not [q for q in queries if "academy_academy" in q["sql"]], path


@pytest.mark.django_db(transaction=True)
def test_a_change_the_cache_did_not_hear_of_shows_within_ten_minutes(
    client, launch_content, settings
):
    # As after an edit made while the cache server could not be reached.
    settings.PAGE_CACHE_SECONDS = 0
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.get("/en/news/")
        Academy.objects.update(email="unheard@example.edu.cn")
    with time_machine.travel(start + datetime.timedelta(minutes=9), tick=False):
        assertNotContains(client.get("/en/news/"), "unheard@example.edu.cn")
    with time_machine.travel(start + datetime.timedelta(minutes=11), tick=False):
        assertContains(client.get("/en/news/"), "unheard@example.edu.cn")


@pytest.mark.django_db(transaction=True)
def test_parameters_a_page_does_not_read_share_its_one_cache_entry(
    client, launch_content, django_assert_num_queries
):
    """A thousand ?utm_x=… links are one entry, not a thousand copies."""
    client.get("/en/news/?utm_x=1")
    for value in range(2, 50):
        with django_assert_num_queries(0):
            response = client.get(f"/en/news/?utm_x={value}&fbclid=abc{value}")
        assert response.status_code == 200
    # Nothing of them reaches the page: not its links, not its canonical address.
    assertNotContains(response, "utm_x")
    assertNotContains(response, "fbclid")


@pytest.mark.django_db(transaction=True)
def test_parameters_a_page_reads_have_entries_of_their_own(client, launch_content):
    for _ in range(11):
        make_article()
    first = client.get("/en/news/").content
    second = client.get("/en/news/?page=2&utm_x=1").content
    assert first != second
    assert second == client.get("/en/news/?page=2").content
    assertContains(client.get("/en/search/?q=Stankin&utm_x=1"), "?q=Stankin")


def test_a_new_release_keeps_nothing_of_the_one_before(tmp_path):
    """Pages kept before a deployment are not shown after it: the generation
    is kept under a fingerprint of the code, templates, styles and catalogues."""
    from academy import caching

    template = tmp_path / "academy" / "templates" / "base.html"
    template.parent.mkdir(parents=True)
    template.write_text("<html>before</html>")
    before = caching.release(tmp_path)
    assert caching.release(tmp_path) == before
    template.write_text("<html>after</html>")
    assert caching.release(tmp_path) != before
    assert caching.topic_key("news").startswith(f"portal:topic:{caching.release()}:")
