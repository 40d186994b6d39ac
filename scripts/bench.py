"""`make bench`: the portal under load, as production runs it.

Starts gunicorn (2 sync workers, production settings) on a fresh PostgreSQL
database filled with a realistic volume, drives each public page in each
language with wrk at 16 connections, taking gzip as browsers do, with the
page cache warm and then off (off: each page is made and compressed at
every request, with the queries for its own content; the shared parts,
academy.caching, are kept, as when a page is made again after an edit
elsewhere), and compares every page with the ceiling: a fixed
20 kB page through the same middleware. Prints one table, with each page's
bytes as made and as sent.

Then the realistic workload: every address the sitemap lists, asked for by
rank with a Zipf distribution (scripts/workload.lua), some by a signed-in
staff member, while an editor saves a change through the admin every 30 s.
It is judged against the same ceiling.

Exits non-zero when a target is missed. The servers start as in the tests
that need real ones (tests/servers.py; the Makefile puts the project on the
path).
"""

import http.cookiejar
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

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
TARGETS = {"warm_ratio": 0.50, "warm_p99_ms": 25.0, "cold_ratio": 0.10, "html_gzip_kb": 30.0}

WORKLOAD = ROOT / "scripts" / "workload.lua"
# Long enough for one save of each kind: a news item, a major, the profile.
WORKLOAD_SECONDS = int(os.environ.get("BENCH_WORKLOAD_SECONDS", "90"))
WORKLOAD_TARGETS = {"ratio": 0.50, "p99_ms": 50.0, "errors": 0}
STAFF_SHARE = 0.05
SAVE_EVERY_SECONDS = 30
SHUFFLE_SEED = 17  # the same order, so the same pages are popular, every run
EDITOR = ("bench-editor", "bench editor's long passphrase")


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
    username, password = EDITOR
    run(
        str(PYTHON),
        "manage.py",
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User\n"
        f"user = User.objects.create_user({username!r}, password={password!r}, is_staff=True)\n"
        "user.groups.add(Group.objects.get(name='Editors'))\n",
        env=env,
    )
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


SITEMAP_NAMESPACE = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(base):
    """Every address /sitemap.xml lists, following an index into its files."""

    def locations(path, element):
        # The portal's own sitemap, from the server this script started.
        document = ElementTree.fromstring(fetch(base, path)[0])  # noqa: S314
        return [
            urllib.parse.urlsplit(loc.text)._replace(scheme="", netloc="").geturl()
            for loc in document.findall(f"sitemap:{element}/sitemap:loc", SITEMAP_NAMESPACE)
        ]

    index = locations("/sitemap.xml", "sitemap")
    if not index:
        return locations("/sitemap.xml", "url")
    return [path for part in index for path in locations(part, "url")]


class FormFields(HTMLParser):
    """What a browser sends from the form with `form_id`: its fields as
    (name, value) pairs, in order."""

    SKIPPED_INPUTS = {"submit", "button", "reset", "image", "file"}

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        name = attrs.get("name")
        if not self.inside or "disabled" in attrs:
            return
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in self.SKIPPED_INPUTS or (
                kind in ("checkbox", "radio") and "checked" not in attrs
            ):
                return
            self.fields.append([name, attrs.get("value", "on" if kind == "checkbox" else "")])
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
            self.fields.append(self.textarea)
        elif tag == "select" and name:
            self.select = {
                "name": name,
                "multiple": "multiple" in attrs,
                "first": None,
                "sent": False,
            }
        elif tag == "option" and self.select:
            value = attrs.get("value", "")
            if self.select["first"] is None:
                self.select["first"] = value
            if "selected" in attrs:
                self.fields.append([self.select["name"], value])
                self.select["sent"] = True

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            # Browsers drop the newline that opens a textarea's content.
            self.textarea[1] = self.textarea[1].removeprefix("\n")
            self.textarea = None
        elif tag == "select" and self.select:
            # A single choice with nothing selected sends its first option.
            chosen = self.select
            if not chosen["multiple"] and not chosen["sent"] and chosen["first"] is not None:
                self.fields.append([chosen["name"], chosen["first"]])
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    @classmethod
    def of(cls, page, form_id):
        parser = cls(form_id)
        parser.feed(page)
        if not parser.fields:
            raise ValueError(f"no form #{form_id} on the page")
        return parser.fields


class Staff:
    """A staff member at the admin, as a browser: a cookie jar, the login
    form with its CSRF token, the change forms as they are."""

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.originals = {}
        self.revisions = 0

    def open(self, path, fields=None):
        """The page at `path`, after redirects, and where it ended up;
        posts `fields`, (name, value) pairs, when given."""
        data = (
            None if fields is None else urllib.parse.urlencode([tuple(f) for f in fields]).encode()
        )
        with self.opener.open(f"{self.base}{path}", data, timeout=30) as response:
            return urllib.parse.urlsplit(response.url).path, response.read().decode()

    def sign_in(self):
        """Signs in through the admin's login form; gives the session cookie."""
        username, password = EDITOR
        _path, page = self.open("/admin/login/")
        fields = dict(FormFields.of(page, "login-form"))
        fields.update(username=username, password=password)
        landed, _page = self.open("/admin/login/?next=/admin/", fields.items())
        session = next((c.value for c in self.cookies if c.name == "sessionid"), None)
        if landed != "/admin/" or session is None:
            raise SystemExit("The bench editor could not sign in at /admin/login/.")
        return session

    def save(self, path, field, form_id):
        """Opens the change form at `path`, changes its text `field` and
        saves, as an editor does; a saved change leads to the list."""
        _path, page = self.open(path)
        fields = FormFields.of(page, form_id)
        text = next((pair for pair in fields if pair[0] == field), None)
        if text is None:
            raise ValueError(f"no field {field} in the form at {path}")
        # Each save a new text, grown by one mark from the text as it was.
        original = self.originals.setdefault(path, text[1])
        self.revisions += 1
        text[1] = f"{original} (revision {self.revisions})"
        fields.append(["_save", "Save"])
        landed, _page = self.open(path, fields)
        changelist = path.removesuffix("/").rsplit("/", 2)[0] + "/"
        if landed != changelist:
            raise RuntimeError(f"the admin did not save it (it ended at {landed})")


def news_item_in_the_middle(paths):
    """The slug of the news item nearest the middle of the order."""
    middle = len(paths) // 2
    for path in paths[middle:] + paths[:middle]:
        found = re.fullmatch(r"/[\w-]+/news/(?!feed/)([\w-]+)/", path)
        if found:
            return found[1]
    raise SystemExit("The sitemap lists no news item.")


def admin_changes(news_slug):
    """The change forms the editor saves in turn, with the text changed and
    the form's id: a news item, a major and the academy's profile."""
    script = (
        "import json\n"
        "from django.urls import reverse\n"
        "from academy.models import Academy\n"
        "from news.models import Article\n"
        "from programs.models import Program\n"
        "print(json.dumps([\n"
        "    reverse('admin:news_article_change',\n"
        f"            args=[Article.objects.get(slug={news_slug!r}).pk]),\n"
        "    reverse('admin:programs_program_change',\n"
        "            args=[Program.objects.get(slug='software-technology').pk]),\n"
        "    reverse('admin:academy_academy_change', args=[Academy.current().pk]),\n"
        "]))\n"
    )
    output = subprocess.run(
        [str(PYTHON), "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=environment(0),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    news, major, profile = json.loads(output.strip().splitlines()[-1])
    return [
        (news, "summary_en", "article_form"),
        (major, "summary_en", "program_form"),
        (profile, "summary_en", "academy_form"),
    ]


def save_in_turn(editor, changes, finished, saves):
    """An editor's save every SAVE_EVERY_SECONDS, the first half-way into
    the first period, until `finished`; records what was saved or failed.
    Kept to the clock: a save slowed by the load does not delay the next."""
    start = time.monotonic()
    for turn in itertools.count():
        due = start + SAVE_EVERY_SECONDS * (turn + 0.5)
        if finished.wait(max(0.0, due - time.monotonic())):
            return
        path, field, form_id = changes[turn % len(changes)]
        try:
            editor.save(path, field, form_id)
            saves["made"].append(path)
        except (OSError, RuntimeError, ValueError) as error:
            saves["failed"].append(f"{path}: {error}")


def workload():
    """The realistic workload on a server of its own, the page cache on:
    every address the sitemap lists, asked for by a Zipf distribution over a
    fixed shuffled order, STAFF_SHARE of them by a signed-in staff member,
    while an editor saves a change through the admin now and then.

    The cache starts with the table's pages only, as after a deployment (a
    release keeps nothing of the one before): warming it is part of the load,
    as is making pages again after each save."""
    server, base = start_gunicorn(environment(page_cache_seconds=600), workers=2)
    try:
        paths = sorted(sitemap_paths(base))
        random.Random(SHUFFLE_SEED).shuffle(paths)  # noqa: S311 (an order, not a secret)
        changes = admin_changes(news_item_in_the_middle(paths))
        staff_session = Staff(base).sign_in()
        editor = Staff(base)
        editor.sign_in()
        finished = threading.Event()
        saves = {"made": [], "failed": []}
        saving = threading.Thread(target=save_in_turn, args=(editor, changes, finished, saves))
        with tempfile.TemporaryDirectory() as folder:
            listing = Path(folder) / "paths.txt"
            listing.write_text("\n".join(paths) + "\n")
            saving.start()
            try:
                output = subprocess.run(
                    # A long timeout: a slow answer is measured, not dropped.
                    ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{WORKLOAD_SECONDS}s", "--timeout",
                     "10s", "-s", str(WORKLOAD), base,
                     "--", str(listing), staff_session, str(STAFF_SHARE)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout  # fmt: skip
            finally:
                finished.set()
                saving.join()
    finally:
        stop(server)
    found = re.search(r"^workload (\{.*\})$", output, re.MULTILINE)
    if not found:
        raise SystemExit(f"The workload's wrk run printed no summary:\n{output}")
    return {**json.loads(found[1]), "addresses": len(paths), **saves}


def report_workload(result, ceiling_rps):
    """Prints the workload's block; gives whether it met its targets."""
    rps = result["requests"] / result["seconds"]
    ratio = rps / ceiling_rps
    answered = result["hits"] + result["misses"]
    errors = (
        result["server_errors"] + result["client_errors"] + result["socket_errors"]
        + result["timeouts"] + len(result["failed"])
    )  # fmt: skip
    met = {
        "ratio": ratio >= WORKLOAD_TARGETS["ratio"],
        "p99": result["p99_ms"] <= WORKLOAD_TARGETS["p99_ms"],
        "errors": errors <= WORKLOAD_TARGETS["errors"],
    }
    saved = len(result["made"]) + len(result["failed"])
    print(
        f"\nRealistic workload: the {result['addresses']} addresses the sitemap lists, asked "
        f"for by a Zipf distribution (s = 1) by rank of a fixed shuffled order, "
        f"{STAFF_SHARE:.0%} of requests signed in as staff, an editor's save through the "
        f"admin every {SAVE_EVERY_SECONDS} s; {CONNECTIONS} connections, "
        f"{result['seconds']:.0f} s, the page cache on."
    )
    print(
        f"  sustained   {rps:.0f} requests/s, {ratio:.2f}× the warm ceiling "
        f"(≥ {WORKLOAD_TARGETS['ratio']:.2f}: {'yes' if met['ratio'] else 'NO'})"
    )
    print(
        f"  latency     p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms "
        f"(p99 ≤ {WORKLOAD_TARGETS['p99_ms']:.0f} ms: {'yes' if met['p99'] else 'NO'})"
    )
    print(
        f"  page cache  {result['hits'] / max(answered, 1):.1%} hits of {answered} requests, "
        f"{result['staff_requests']} of them by staff (served kept public pages, "
        "never keeping theirs)"
    )
    print(
        f"  errors      {errors}: {result['server_errors']} 5xx, {result['client_errors']} 4xx, "
        f"{result['socket_errors']} socket errors, {result['timeouts']} timeouts, "
        f"{len(result['failed'])} of {saved} saves failed "
        f"(0: {'yes' if met['errors'] else 'NO'})"
    )
    for failure in result["failed"]:
        print(f"    save failed: {failure}")
    return all(met.values())


def main():
    prepare_database()
    counts = query_counts()
    warm, sizes = measure(page_cache_seconds=600)
    # Straight after the warm table, nearest its ceiling in time.
    realistic = workload()
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
        "Warm: the page cache on. Cold: the page cache off, so each page is made and "
        "compressed at every request, with the queries for its own content; the shared parts "
        "(layout, cards, tables) come from the cache. html kB: the page as made; sent kB: "
        "as sent to a browser that takes gzip. SQL: queries a page makes with the page cache off."
    )
    if not report_workload(realistic, warm[CEILING][0]):
        failures.append("the realistic workload")
    if failures:
        print(f"Missed on: {', '.join(failures)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
