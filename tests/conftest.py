import datetime
import io

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.utils import timezone, translation


def pytest_configure(config):
    # Pages link hashed static names from a manifest that only collectstatic
    # writes; the suite serves plain names instead (tests/academy/test_static.py
    # checks the real storage).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Tests change rows behind the ORM's back; the page cache and the shared
    # parts have tests of their own (tests/academy/test_page_cache.py).
    settings.PAGE_CACHE_SECONDS = 0
    settings.SHARED_CACHE_SECONDS = 0
    # Each test starts from an empty cache of its own; the default cache (a
    # database table) is tried by tests/academy/test_default_cache.py.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Share cards take a moment to draw; tests/academy/test_share_cards.py
    # draws them, other tests go without.
    settings.SHARE_CARD_FONT = ""
    # Real password hashing is slow by design; tests sign in often.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request leaves its own
    language active in the thread, as a server's would until its next one."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def launch_content(db):
    call_command("seed", stdout=io.StringIO())


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def a_day():
    return datetime.timedelta(days=1)


def staff_member(username, role):
    user = User.objects.create_user(username, password=f"a long {username} pass", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(db):
    return staff_member("editor", "Editors")


@pytest.fixture
def officer(db):
    return staff_member("officer", "Enrollment officers")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client
