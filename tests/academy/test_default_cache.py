"""With no CACHE_URL, app processes of one installation share one cache: a
change made through one is seen through all at once."""

import concurrent.futures
import os
import subprocess
import sys
import urllib.request

import pytest

from tests.servers import ROOT, start_gunicorn, stop

NEWS = "/en/news/"


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def load(base, path, times):
    def one(_):
        with urllib.request.urlopen(f"{base}{path}", timeout=10) as response:
            return response.read().decode()

    # Together, so every worker answers some of them.
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(one, range(times)))


@pytest.fixture
def installation(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CACHE_URL", "PAGE_CACHE_SECONDS", "SHARED_CACHE_SECONDS")
    }
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "DEBUG": "off",
        "SECRET_KEY": "default-cache-test-key-5d2c8e1f7a9b3c6d0e4f8a2b5c9d1e3f7a0b4c8d",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "LOG_LEVEL": "ERROR",
    }
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    return env


def test_a_new_item_is_on_every_workers_pages_at_once(installation):
    process, base = start_gunicorn(installation, workers=2)
    try:
        assert all("Published by another process" not in page for page in load(base, NEWS, 24))
        manage(
            installation,
            "shell",
            "-c",
            "from django.utils import timezone; from news.models import Article; "
            "Article.objects.create(slug='another-process', "
            "title_en='Published by another process', status='published', "
            "published_at=timezone.now())",
        )
        pages = load(base, NEWS, 24)
    finally:
        stop(process)
    assert all("Published by another process" in page for page in pages)
