"""Two app servers on one PostgreSQL and one Redis behave as one site.

Runs where the suite runs on PostgreSQL and a Redis server answers on
127.0.0.1:6379 (as in CI); elsewhere it is skipped with the reason.
"""

import http.cookiejar
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
from django.conf import global_settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings

from academy.models import Academy
from programs.models import Program
from tests.servers import ROOT, start_gunicorn, stop

REDIS_DB = 14


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").split(":")[0] not in ("postgres", "postgresql"),
        reason="needs the suite on PostgreSQL (DATABASE_URL)",
    ),
    pytest.mark.skipif(not redis_answers(), reason="needs Redis on 127.0.0.1:6379"),
]


class FormReader(HTMLParser):
    """The fields of the first form with method post, as a browser sends them."""

    def __init__(self):
        super().__init__()
        self.fields, self._textarea, self._select, self._inside = {}, None, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post" and a.get("id") != "logout-form":
            self._inside = True
        if not self._inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "file"):
            if a.get("type") == "checkbox":
                if "checked" in a:
                    self.fields[a["name"]] = a.get("value", "on")
            else:
                self.fields[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = a["name"]
            self.fields[self._textarea] = ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._inside = False

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += (
                data.lstrip("\n") if not self.fields[self._textarea] else data
            )


class Browser:
    """Cookies shared across both servers, as one person's browser would."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def open(self, url, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Referer": url})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, response.read().decode(), response.geturl()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), url

    def form(self, url):
        reader = FormReader()
        reader.feed(self.open(url)[1])
        return reader.fields


@pytest.fixture(autouse=True)
def empty_shared_cache():
    import redis

    redis.Redis(db=REDIS_DB).flushdb()


@pytest.fixture(scope="module")
def servers(django_db_setup, tmp_path_factory):
    database = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "CACHE_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "SECRET_KEY": "two-servers-test-key-1c9e4b7a2f5d8e0b3a6c9f2e5b8d1a4c7f0e3b6d",
        "DEBUG": "off",
        "ALLOWED_HOSTS": "127.0.0.1",
        "PAGE_CACHE_SECONDS": "600",
        "ADMISSIONS_QUESTIONS_PER_HOUR": "2",
        "LOG_LEVEL": "ERROR",
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    servers = [start_gunicorn(env) for _ in range(2)]
    try:
        yield [base for _process, base in servers]
    finally:
        for process, _base in servers:
            stop(process)


@pytest.fixture
def staff(settings, transactional_db):
    # The servers use the real password hashers, not the suite's fast one.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    return User.objects.create_superuser("chief", "chief@example.com", "two servers pass 42")


def sign_in(browser, base):
    fields = browser.form(f"{base}/admin/login/?next=/admin/")
    fields |= {"username": "chief", "password": "two servers pass 42"}
    status, _body, url = browser.open(f"{base}/admin/login/?next=/admin/", fields)
    assert status == 200 and url.endswith("/admin/"), (status, url)


def test_a_login_on_one_server_is_valid_on_the_other(servers, staff):
    first, second = servers
    browser = Browser()
    sign_in(browser, first)
    status, body, url = browser.open(f"{second}/admin/")
    assert status == 200 and url == f"{second}/admin/"
    assert "chief" in body


def cache_state(url):
    """What the page cache says of `url` ("hit" or "miss"), and the page."""
    request = urllib.request.Request(url, headers={"Accept-Language": "en"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


def test_a_change_through_one_server_is_visible_through_the_other_at_once(servers, staff):
    """…and only on the pages that show it: the others stay cached."""
    call_command("seed", verbosity=0)
    first, second = servers
    reader = Browser()
    assert (
        "Building and maintaining software"
        in reader.open(f"{second}/en/programs/software-technology/")[1]
    )  # now in the shared page cache
    unrelated = [f"{second}/en/partners/", f"{second}/ru/news/"]
    for url in unrelated:
        cache_state(url)
        assert cache_state(url)[0] == "hit", url
    editor = Browser()
    sign_in(editor, first)
    program = Program.objects.get(slug="software-technology")
    change = f"{first}/admin/programs/program/{program.pk}/change/"
    fields = editor.form(change) | {"summary_en": "Changed through the first server."}
    status, _body, url = editor.open(change, fields)
    assert status == 200 and url.endswith("/admin/programs/program/"), (status, url)
    for language, text in [("en", "Changed through the first server."), ("ru", "Технологии")]:
        assert text in reader.open(f"{second}/{language}/programs/software-technology/")[1]
    for url in unrelated:
        assert cache_state(url)[0] == "hit", url


def test_rate_limits_are_shared_between_servers(servers, transactional_db):
    first, second = servers
    browser = Browser()

    def ask(base):
        fields = browser.form(f"{base}/en/admissions/")
        fields |= {"name": "Li", "email": "li@example.com", "question": "When?", "consent": "on"}
        return browser.open(f"{base}/en/admissions/", fields)[0]

    assert [ask(first), ask(first)] == [200, 200]  # each ends on the thank-you page
    assert ask(second) == 429


def test_a_page_made_between_an_edit_and_its_commit_is_not_kept(servers, transactional_db):
    """The race an edit under load used to lose: a reader arrives after the
    profile is saved but before the save is committed. What that reader gets
    may be old; what the next reader gets may not."""
    call_command("seed", verbosity=0)
    _first, second = servers
    reader = Browser()
    about = f"{second}/en/about/"
    assert "Renamed Academy" not in reader.open(about)[1]  # kept in the page cache
    shared_cache = {
        "default": {
            "BACKEND": "academy.caching.RedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
        }
    }
    with override_settings(CACHES=shared_cache), transaction.atomic():
        academy = Academy.objects.get()
        academy.name_en = "Renamed Academy"
        academy.save()
        # The change is not committed: the other server still reads the old row.
        assert "Renamed Academy" not in reader.open(about)[1]
    for _ in range(2):
        assert "Renamed Academy" in reader.open(about)[1]
