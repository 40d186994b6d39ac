"""Real-browser fixtures: Debian's Chromium driven by Playwright against
pytest-django's live server, on the launch content.

Run with `make test-browser`; plain `make test` deselects these tests.
"""

import io
from importlib import import_module
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import Client

from tests.conftest import staff_member

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    # `make test` installs no browser tooling and deselects these tests anyway:
    # leave them uncollected rather than fail on the import.
    collect_ignore_glob = ["test_*.py"]

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM = "/usr/bin/chromium"
# No sandbox: CI runs as root. The rest keeps Chromium off the network and
# quiet: the tests reach only the live server on localhost.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# The smallest phone still sold, a common one, and a desktop.
VIEWPORTS = {
    "small-phone": {
        "viewport": {"width": 320, "height": 640},
        "is_mobile": True,
        "has_touch": True,
    },
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 900}},
}
PHONES = ("small-phone", "phone")

EDITORS = "Editors"
OFFICERS = "Enrollment officers"
ADMISSIONS = "Admissions officers"

# Data migrations that create the staff roles, with the function each runs.
# Transactional tests flush every table after each test, which drops the
# groups; running these again (they use get_or_create) brings them back.
ROLE_MIGRATIONS = [
    ("academy.migrations.0002_roles", "create_roles"),
    ("academy.migrations.0004_figure_changes_role", "let_officers_read_the_record"),
    ("admissions.migrations.0002_admissions_officers", "create_role"),
]


def ensure_roles():
    if Group.objects.filter(name__in=[EDITORS, OFFICERS, ADMISSIONS]).count() == 3:
        return
    migrated_apps = MigrationLoader(connection).project_state().apps
    for module, function in ROLE_MIGRATIONS:
        getattr(import_module(module), function)(migrated_apps, None)


def password_of(user):
    return f"a long {user.username} pass"  # as tests.conftest.staff_member sets it


def launch_content():
    ensure_roles()
    call_command("seed", stdout=io.StringIO())


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (see .ci/run)")
    # A failing locator should fail its test in seconds, not after 30.
    expect.set_options(timeout=10_000)
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        # Playwright's sync API keeps an event loop running in the test thread
        # from here on, and Django refuses ORM calls from a thread with a
        # running loop. Ours are plain blocking calls, so let them through,
        # only while the loop runs (set here, not at import, so that the rest
        # of the suite keeps Django's guard).
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site(live_server, media_in_tmp):
    """The live portal with the launch content and the staff roles."""
    launch_content()
    return live_server


@pytest.fixture
def editor(site):
    return staff_member("editor", EDITORS)


@pytest.fixture
def officer(site):
    return staff_member("officer", OFFICERS)


@pytest.fixture
def open_page(browser, site):
    """Opens a fresh browser tab at a viewport (a key of VIEWPORTS),
    optionally already signed in as a member of a staff role."""
    contexts = []

    def open_page(width, signed_in_as=None):
        # bypass_csp: a future Content-Security-Policy must not stop the
        # injected axe-core script.
        context = browser.new_context(
            base_url=site.url, bypass_csp=True, accept_downloads=True, **VIEWPORTS[width]
        )
        contexts.append(context)
        context.set_default_timeout(10_000)
        if signed_in_as:
            sign_in(context, site, signed_in_as)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def sign_in(context, site, role):
    """Signs the context in through a session cookie: quicker than the login
    form, which the journeys cover."""
    username = f"member-{role.lower().replace(' ', '-')}"
    user = User.objects.filter(username=username).first() or staff_member(username, role)
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": site.url}])


def sign_in_page(page, user):
    """Signs in through the admin's own login form, as a person does."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password_of(user))
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Content and figures")).to_be_visible()
