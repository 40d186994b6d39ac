"""Lighthouse, as a phone sees each public page in three languages: 95 or
more in performance, accessibility, best practices and SEO."""

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM
from tests.browser.pages import LANGUAGES, pages

pytestmark = pytest.mark.browser

LIGHTHOUSE = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "lighthouse"
MINIMUM = 0.95
CATEGORIES = "performance,accessibility,best-practices,seo"


def scores(url, report, indexed=True):
    """Lighthouse's scores for `url` (its default: a phone on a slow network).
    A page that asks not to be indexed (search results) is not marked down
    for it. Lighthouse's trace now and then fails to record a page load
    (NO_NAVSTART): such a run is tried again, twice at most."""
    skipped = [] if indexed else ["--skip-audits=is-crawlable"]
    for _attempt in range(3):
        run = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={CATEGORIES}", "--chrome-flags=--headless=new --no-sandbox",
             *skipped],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            timeout=240, capture_output=True, text=True,
        )  # fmt: skip
        if run.returncode == 0 or "Please run Lighthouse again" not in run.stderr:
            break
    assert run.returncode == 0, f"{url}: {run.stderr[-2000:]}"
    found = json.loads(report.read_text())
    return {name: category["score"] for name, category in found["categories"].items()}


def test_every_public_page_scores_95_or_more_on_a_phone(site, tmp_path):
    if not LIGHTHOUSE.exists():
        pytest.fail(f"{LIGHTHOUSE} is missing: npm ci (make test-browser runs it)")
    checked = [
        (f"{site.url}{entry.url(language)}", entry.indexed)
        for entry in pages()
        if not entry.signed_in_as and entry.status == 200
        for language in LANGUAGES
    ]
    urls = [url for url, _indexed in checked]
    indexed = [flag for _url, flag in checked]
    reports = [tmp_path / f"report-{index}.json" for index in range(len(urls))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(scores, urls, reports, indexed))
    # Performance is measured on a machine busy with the other runs (and,
    # in CI, with whatever else the machine runs): a page below the mark is
    # measured again, alone, up to twice, and keeps its best score.
    for index, url in enumerate(urls):
        for _again in range(2):
            found = results[index]
            if not any(score is None or score < MINIMUM for score in found.values()):
                break
            again = scores(url, reports[index], indexed[index])
            results[index] = {name: max(found[name] or 0, again[name] or 0) for name in found}
    faults = [
        f"{url}: {name} {score}"
        for url, found in zip(urls, results, strict=True)
        for name, score in found.items()
        if score is None or score < MINIMUM
    ]
    assert faults == []
