"""The realistic workload of `make bench` (scripts/bench.py) asks for what
the sitemap lists and saves through the real admin: both against a live
server here, so the benchmark never measures a workload that went wrong."""

import io
from importlib import import_module

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from academy import sitemaps
from academy.models import Academy
from news.models import Article
from programs.models import Program
from scripts import bench


@pytest.fixture
def bench_volume(transactional_db):
    call_command(
        "generate_bench_data", "--articles", "9", "--partners", "2", "--intakes", "2",
        stdout=io.StringIO(),
    )  # fmt: skip


@pytest.fixture
def bench_editor(transactional_db):
    if not Group.objects.filter(name="Editors").exists():
        # Transactional tests flush the roles their migration made: made again.
        roles = import_module("academy.migrations.0002_roles")
        roles.create_roles(MigrationLoader(connection).project_state().apps, None)
    username, password = bench.EDITOR
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))


@pytest.mark.parametrize("limit", [1000, 7])
def test_the_workload_asks_for_every_address_the_sitemap_lists(
    live_server, bench_volume, monkeypatch, limit
):
    """Whole, and past the limit through the index into its files."""
    monkeypatch.setattr(sitemaps, "LIMIT", limit)
    monkeypatch.setattr(sitemaps.TrilingualSitemap, "limit", limit)
    paths = bench.sitemap_paths(live_server.url)
    assert len(paths) == len(set(paths)) == 3 * (8 + 3 + 10)
    assert {"/en/", "/zh-hans/news/bench-news-4/", "/ru/programs/software-technology/"} <= set(
        paths
    )


def test_the_workload_picks_a_news_item_from_the_middle_of_its_order():
    paths = ["/en/", "/en/news/", "/ru/news/feed/", "/zh-hans/news/middle/", "/en/news/last/"]
    assert bench.news_item_in_the_middle(paths) == "middle"


def test_the_workload_editor_signs_in_and_saves_through_the_admin(
    live_server, bench_volume, bench_editor
):
    editor = bench.Staff(live_server.url)
    assert editor.sign_in()
    news = Article.objects.get(slug="bench-news-4")
    major = Program.objects.get(slug="software-technology")
    profile = Academy.current()
    changes = [
        (f"/admin/news/article/{news.pk}/change/", "summary_en", "article_form"),
        (f"/admin/programs/program/{major.pk}/change/", "summary_en", "program_form"),
        (f"/admin/academy/academy/{profile.pk}/change/", "summary_en", "academy_form"),
    ]
    for path, field, form_id in changes * 2:
        editor.save(path, field, form_id)
    for item, revision in ((news, 4), (major, 5), (profile, 6)):
        before = item.summary_en
        item.refresh_from_db()
        assert item.summary_en == f"{before} (revision {revision})"
    # Nothing else of the forms changed on the way.
    news_after = Article.objects.get(pk=news.pk)
    assert (news_after.title_ru, news_after.body_zh_hans, news_after.status) == (
        news.title_ru,
        news.body_zh_hans,
        news.status,
    )


def test_the_workload_editor_counts_a_refused_save(live_server, bench_volume, bench_editor):
    editor = bench.Staff(live_server.url)
    editor.sign_in()
    major = Program.objects.get(slug="software-technology")
    # A slug takes no spaces: the form comes back with an error.
    with pytest.raises(RuntimeError, match="did not save"):
        editor.save(f"/admin/programs/program/{major.pk}/change/", "slug", "program_form")
    assert Program.objects.filter(slug="software-technology").exists()


def test_the_workload_editor_is_refused_a_wrong_password(live_server, bench_volume):
    with pytest.raises(SystemExit, match="could not sign in"):
        bench.Staff(live_server.url).sign_in()
