import datetime
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone


def pytest_configure(config):
    # Pages link hashed static names from a manifest that only collectstatic
    # writes; the suite serves plain names instead (tests/academy/test_static.py
    # checks the real storage).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def launch_content(db):
    call_command("seed", stdout=io.StringIO())


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def a_day():
    return datetime.timedelta(days=1)
