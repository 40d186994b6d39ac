"""A cache server that cannot be reached costs speed, never a page, an edit
or a question."""

import pytest
from pytest_django.asserts import assertContains, assertRedirects

from admissions.models import Question
from programs.models import Program
from tests.admissions.test_ask import answers
from tests.factories import change_form_data

# Nothing listens on port 1: every connection is refused at once.
UNREACHABLE_CACHE = {
    "default": {
        "BACKEND": "academy.caching.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture(autouse=True)
def cache_away(settings):
    settings.CACHES = UNREACHABLE_CACHE
    settings.PAGE_CACHE_SECONDS = 600
    settings.SHARED_CACHE_SECONDS = 600


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/en/", "Software Technology"),
        ("/zh-hans/news/", "新闻"),
        ("/ru/programs/software-technology/", "Технологии программного обеспечения"),
        ("/en/facts/", "Students per intake"),
        ("/en/partners/", "Stankin"),
    ],
)
def test_public_pages_are_made_without_the_cache(client, launch_content, path, text, caplog):
    for _visit in range(2):
        response = client.get(path)
        assertContains(response, text)
    assert "The cache cannot be reached" in caplog.text


@pytest.mark.django_db
def test_an_edit_in_the_admin_is_saved_and_shown(client, admin_client, launch_content):
    program = Program.objects.get(slug="software-technology")
    url = f"/admin/programs/program/{program.pk}/change/"
    data = change_form_data(admin_client, url)
    data["summary_en"] = "Summary edited while the cache was away."
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assertContains(client.get("/en/programs/software-technology/"), data["summary_en"])


@pytest.mark.django_db
def test_a_question_reaches_admissions(client, launch_content):
    response = client.post("/en/admissions/", answers())
    assertRedirects(response, "/en/admissions/thanks/")
    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_staff_sign_in_and_guessing_is_still_locked_out(client, django_user_model):
    django_user_model.objects.create_user("editor", password="the right pass 2026", is_staff=True)
    login = "/admin/login/?next=/admin/"
    for attempt in range(5):
        client.post(login, {"username": "editor", "password": f"guess {attempt}"})
    locked = client.post(login, {"username": "editor", "password": "the right pass 2026"})
    assert locked.status_code == 429
    other = type(client)()
    django_user_model.objects.create_user("officer", password="another pass 2026", is_staff=True)
    signed_in = other.post(
        login, {"username": "officer", "password": "another pass 2026"}, REMOTE_ADDR="203.0.113.7"
    )
    assert signed_in.status_code == 302
