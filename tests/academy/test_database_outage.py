"""A running portal notices a lost database at once and recovers by itself.

Starts a PostgreSQL server of its own (stopping the machine's shared one
would disturb everything else), points a gunicorn-served portal at it, then
stops and starts that server under the running portal.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import pytest

from tests.servers import ROOT, free_port, start_gunicorn
from tests.servers import stop as stop_server

BINARIES = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
RUNUSER = shutil.which("runuser")

pytestmark = pytest.mark.skipif(
    not (BINARIES and RUNNING_AS_ROOT and RUNUSER),
    reason="needs PostgreSQL's server binaries and root (to run them as postgres)",
)


def as_postgres(*command):
    subprocess.run(
        [RUNUSER, "-u", "postgres", "--", *command],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def readyz(base):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"{base}/readyz", timeout=5) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.monotonic() - started


@pytest.fixture
def own_database():
    bin_dir = BINARIES[-1]
    folder = tempfile.mkdtemp(prefix="academy-outage-")
    shutil.chown(folder, "postgres")
    data, port = f"{folder}/data", free_port()
    as_postgres(f"{bin_dir}/initdb", "-D", data, "-A", "trust", "-U", "postgres")
    control = [f"{bin_dir}/pg_ctl", "-D", data, "-l", f"{folder}/log", "-w",
               "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"]  # fmt: skip
    as_postgres(*control, "start")
    try:
        yield (
            port,
            lambda: as_postgres(*control, "-m", "fast", "stop"),
            lambda: as_postgres(*control, "start"),
        )
    finally:
        subprocess.run([RUNUSER, "-u", "postgres", "--", *control, "-m", "immediate", "stop"],
                       check=False, capture_output=True)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def test_readyz_reports_a_lost_database_within_a_second_and_recovers(own_database):
    port, stop, start = own_database
    server, base = start_gunicorn(
        {
            **os.environ,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/postgres",
            "SECRET_KEY": "outage-test-key-5d2a8f1c4e7b0a3d6f9c2e5b8a1d4f7c0e3b6a9d",
            "DEBUG": "off",
            "ALLOWED_HOSTS": "127.0.0.1",
            "LOG_LEVEL": "CRITICAL",
        }
    )
    try:
        assert readyz(base)[0] == 200

        stop()
        status, took = readyz(base)
        assert status == 503
        assert took < 1.0
        assert urllib.request.urlopen(f"{base}/healthz", timeout=1).status == 200

        start()
        assert readyz(base)[0] == 200  # the same process, no restart
    finally:
        stop_server(server)


def redis_answers():
    try:
        import redis

        return redis.Redis(db=OUTAGE_REDIS_DB, socket_timeout=0.5).ping()
    except Exception:
        return False


OUTAGE_REDIS_DB = 13


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Language": "en"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.skipif(not redis_answers(), reason="needs Redis on 127.0.0.1:6379")
def test_a_lost_database_gives_503_with_the_last_good_copy_of_a_page(own_database, tmp_path):
    import redis

    port, stop, start = own_database
    shared = redis.Redis(db=OUTAGE_REDIS_DB)
    shared.flushdb()
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/postgres",
        "CACHE_URL": f"redis://127.0.0.1:6379/{OUTAGE_REDIS_DB}",
        "SECRET_KEY": "outage-test-key-5d2a8f1c4e7b0a3d6f9c2e5b8a1d4f7c0e3b6a9d",
        "DEBUG": "off",
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "CRITICAL",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    for command in (["migrate", "--no-input"], ["seed"], ["collectstatic", "--no-input"]):
        subprocess.run(
            [sys.executable, "manage.py", *command, "-v0"], cwd=ROOT, env=env, check=True
        )
    server, base = start_gunicorn(env)
    try:
        assert fetch(f"{base}/en/about/")[0] == 200
        stop()
        # An edit just before the outage made the kept pages stale.
        for key in shared.scan_iter("*portal:topic:*"):
            shared.delete(key)

        status, headers, body = fetch(f"{base}/en/about/")
        assert status == 503
        assert headers["Retry-After"] == "60"
        assert "29 November 2022" in body  # the page as it was last made
        status, headers, body = fetch(f"{base}/ru/partners/")  # never made
        assert status == 503
        assert headers["Retry-After"] == "60"
        assert '<html lang="ru">' in body and "Скоро вернёмся" in body

        start()
        assert fetch(f"{base}/ru/partners/")[0] == 200
    finally:
        stop_server(server)
        shared.flushdb()
