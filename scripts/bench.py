"""`make bench`: the portal under load, as production runs it.

Starts gunicorn (2 sync workers, production settings) on a fresh PostgreSQL
database filled with a realistic volume, drives each public page in each
language with wrk at 16 connections, taking gzip as browsers do, with the
page cache warm and then off (off: each page's content is queried, rendered
and compressed at every request; only the layout's shared parts,
academy.caching, are kept), and compares every page with the ceiling: a fixed
20 kB page through the same middleware. Prints one table, with each page's
bytes as made and as sent, and exits non-zero when a target is missed. The servers start as in the
tests that need real ones (tests/servers.py; the Makefile puts the project on
the path).
"""

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.servers import start_gunicorn, stop

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DATABASE = "academy_bench"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
CEILING = "/bench/ceiling"
CONNECTIONS = 16
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
LANGUAGES = ["en", "zh-hans", "ru"]
PAGES = [
    ("home", "/{lang}/"),
    ("majors", "/{lang}/programs/"),
    ("a major", "/{lang}/programs/software-technology/"),
    ("news list", "/{lang}/news/"),
    ("news item", "/{lang}/news/bench-news-1/"),
    ("partners", "/{lang}/partners/"),
    ("facts", "/{lang}/facts/"),
]
TARGETS = {"warm_ratio": 0.50, "warm_p99_ms": 25.0, "cold_ratio": 0.15, "html_gzip_kb": 30.0}


def environment(page_cache_seconds):
    return {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "DEBUG": "off",
        "SECRET_KEY": "bench-only-key-7f3a9c1e5b2d8f4a6c0e9b3d7f1a5c8e2b6d0f4a",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/9"),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "BENCH_CEILING": "on",
        "LOG_LEVEL": "ERROR",
    }


def run(*command, env=None):
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare_database():
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c"]
    run(*psql, f"DROP DATABASE IF EXISTS {DATABASE}")
    run(*psql, f"CREATE DATABASE {DATABASE}")
    env = environment(0)
    run(str(PYTHON), "manage.py", "migrate", "--no-input", env=env)
    run(str(PYTHON), "manage.py", "generate_bench_data", env=env)
    run(str(PYTHON), "manage.py", "collectstatic", "--no-input", env=env)


# What browsers send: the portal answers them with gzip.
TAKES_GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def fetch(base, path, headers=None):
    request = urllib.request.Request(f"{base}{path}", headers=headers or {})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.read(), response.headers.get("Content-Encoding")


def sizes_of(base, path):
    """The page's bytes as made (to a client without gzip) and as sent to a
    browser, and whether those were gzipped."""
    made, _encoding = fetch(base, path)
    sent, encoding = fetch(base, path, TAKES_GZIP)
    return len(made), len(sent), encoding == "gzip"


def unit_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def load(base, path):
    """Requests per second, p50 and p99 in ms, from wrk."""
    fetch(base, path)  # warm: the first rendering fills the page cache
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            "-H",
            f"Accept-Encoding: {TAKES_GZIP['Accept-Encoding']}",
            f"{base}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    latency = dict(re.findall(r"\s(50|99)%\s+([\d.]+\w+)", output))
    p50, p99 = (unit_ms(*re.fullmatch(r"([\d.]+)(\w+)", latency[q]).groups()) for q in ("50", "99"))
    if "Non-2xx" in output:
        raise SystemExit(f"{path} answered with errors under load:\n{output}")
    return rps, p50, p99


def query_counts():
    """SQL queries per page at the second request, rendered in-process with
    the page cache off."""
    script = (
        "import json, django; django.setup()\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client()\n"
        f"paths = {[p.format(lang=lang) for _n, p in PAGES for lang in LANGUAGES]!r}\n"
        "counts = {}\n"
        "for path in paths:\n"
        "    client.get(path)  # the first request after a change may read the cache state\n"
        "    with CaptureQueriesContext(connection) as queries:\n"
        "        assert client.get(path).status_code == 200, path\n"
        "    counts[path] = len(queries)\n"
        "print(json.dumps(counts))\n"
    )
    env = {**environment(0), "DJANGO_SETTINGS_MODULE": "academy.settings",
           "ALLOWED_HOSTS": "testserver"}  # fmt: skip
    result = subprocess.run(
        [str(PYTHON), "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(f"Counting queries failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(page_cache_seconds):
    """Each page once, and the ceiling before, amid and after them: a shared
    machine's speed drifts, and the median ceiling is the fairer yardstick."""
    server, base = start_gunicorn(environment(page_cache_seconds), workers=2)
    paths = [pattern.format(lang=lang) for _name, pattern in PAGES for lang in LANGUAGES]
    middle = len(paths) // 2
    try:
        ceilings = [load(base, CEILING)]
        results = {}
        for index, path in enumerate(paths):
            if index == middle:
                ceilings.append(load(base, CEILING))
            results[path] = load(base, path)
        ceilings.append(load(base, CEILING))
        sizes = {path: sizes_of(base, path) for path in [CEILING, *paths]}
    finally:
        stop(server)
    ceilings.sort(key=lambda result: result[0])
    print(
        f"Ceiling with the page cache {'on' if page_cache_seconds else 'off'}: "
        + ", ".join(f"{rps:.0f}" for rps, _p50, _p99 in ceilings)
        + " requests/s; the median is the yardstick."
    )
    return {CEILING: ceilings[1], **results}, sizes


def main():
    prepare_database()
    counts = query_counts()
    warm, sizes = measure(page_cache_seconds=600)
    cold, _sizes = measure(page_cache_seconds=0)
    header = (
        f"{'page':<40} {'warm r/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'×ceil':>6}  "
        f"{'cold r/s':>9} {'p99 ms':>7} {'×ceil':>6}  {'html kB':>8} {'sent kB':>8} {'SQL':>4}  ok"
    )
    print(header)
    print("-" * len(header))
    failures = []
    for path in warm:
        w_rps, w_p50, w_p99 = warm[path]
        c_rps, _c50, c_p99 = cold[path]
        w_ratio, c_ratio = w_rps / warm[CEILING][0], c_rps / cold[CEILING][0]
        made, sent, gzipped = sizes[path]
        html_kb, gzip_kb = made / 1024, sent / 1024
        checks = path == CEILING or (
            w_ratio >= TARGETS["warm_ratio"]
            and w_p99 <= TARGETS["warm_p99_ms"]
            and c_ratio >= TARGETS["cold_ratio"]
            and gzipped
            and gzip_kb <= TARGETS["html_gzip_kb"]
        )
        if not checks:
            failures.append(path)
        print(
            f"{path:<40} {w_rps:>9.0f} {w_p50:>7.2f} {w_p99:>7.2f} {w_ratio:>6.2f}  "
            f"{c_rps:>9.0f} {c_p99:>7.2f} {c_ratio:>6.2f}  {html_kb:>8.1f} {gzip_kb:>8.1f} "
            f"{counts.get(path, '-'):>4}  {'yes' if checks else 'NO'}"
        )
    pages = [sizes[path] for path in warm if path != CEILING]
    made, sent = sum(page[0] for page in pages), sum(page[1] for page in pages)
    print(
        f"\nBytes: {made / 1024:.0f} kB of HTML made for the {len(pages)} pages, "
        f"{sent / 1024:.0f} kB sent gzipped ({1 - sent / made:.0%} saved)."
    )
    print(
        f"Targets: warm ≥ {TARGETS['warm_ratio']:.0%} of the ceiling and p99 ≤ "
        f"{TARGETS['warm_p99_ms']:.0f} ms; cold ≥ {TARGETS['cold_ratio']:.0%} of the ceiling; "
        f"HTML sent gzipped, ≤ {TARGETS['html_gzip_kb']:.0f} kB. {CONNECTIONS} connections, "
        f"{SECONDS} s a page, gunicorn with 2 sync workers, PostgreSQL.\n"
        "Warm: the page cache on. Cold: the page cache off, so each page is queried, "
        "rendered and compressed at every request; only the layout's shared parts come from "
        "the cache. html kB: the page as made; sent kB: as sent to a browser that takes "
        "gzip. SQL: queries a page makes with the page cache off."
    )
    if failures:
        print(f"Missed on: {', '.join(failures)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
