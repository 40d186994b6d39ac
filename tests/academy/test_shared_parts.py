"""Parts many pages show (cards of the majors, key figures, latest news,
the founders, the figures' tables) are kept by the topics they show, for
signed-in people too and with the page cache off: a page made again takes
the parts no change touched from the cache, with no query for them, and
makes again exactly those a change touched."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from academy.models import Partner
from programs.models import Program
from tests.factories import make_article, make_intake


@pytest.fixture
def parts_on(settings, launch_content):
    """The page cache off, the parts on: every request makes its page."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.SHARED_CACHE_SECONDS = 600
    cache.clear()


@pytest.fixture
def parts_kept(parts_on, transactional_db):
    """As parts_on, with changes committed: they move the topics on."""


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in queries.captured_queries]


# Pages made of kept parts alone: no content of their own to query.
KEPT_WHOLE = ["/en/", "/ru/", "/en/programs/", "/zh-hans/facts/", "/en/about/", "/ru/facts/?year=1"]


@pytest.mark.parametrize("path", KEPT_WHOLE)
def test_a_page_whose_parts_are_kept_queries_nothing_for_them(client, parts_kept, path):
    first = client.get(path).content.decode()
    assert queries_of(client, path) == []
    # Made again from its parts, the page is the same page.
    assert client.get(path).content.decode() == first


def test_a_majors_page_queries_only_for_the_major(client, parts_kept):
    client.get("/en/programs/software-technology/")
    queries = queries_of(client, "/en/programs/software-technology/")
    assert len(queries) == 1 and "programs_program" in queries[0]


def test_a_news_save_makes_again_the_latest_news_and_nothing_else_on_the_home_page(
    client, parts_kept
):
    client.get("/en/")
    make_article(slug="open-day", title_en="Open day at the robot lab")
    queries = queries_of(client, "/en/")
    # The latest news (and when the next scheduled item is due) only: the
    # majors, figures and founders are still kept.
    assert queries and all('FROM "news_article"' in query for query in queries)
    assertContains(client.get("/en/"), "Open day at the robot lab")


# An editor's change, and the pages with a part that shows it.
EDITS = {
    "a major's summary": (
        Program,
        "software-technology",
        {"summary_en": "Programs for the machines of a smart factory."},
        ["/en/", "/en/programs/", "/en/programs/software-technology/"],
    ),
    "a partner's name": (
        Partner,
        "stankin",
        {"name_en": "Stankin, Moscow"},
        ["/en/", "/en/about/", "/en/partners/"],
    ),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS)
def test_an_edit_is_in_every_part_that_shows_it_at_once(client, parts_kept, edit):
    model, slug, change, pages = edit
    for path in pages:
        client.get(path)
    changed = model.objects.get(slug=slug)
    for field, text in change.items():
        setattr(changed, field, text)
    changed.save()
    for path in pages:
        for text in change.values():
            assertContains(client.get(path), text)


def test_a_new_figure_is_in_the_tables_at_once(client, parts_kept):
    software = Program.objects.get(slug="software-technology")
    client.get("/en/facts/")
    client.get("/en/programs/software-technology/")
    make_intake(2031, [software], counts=[321])
    assertContains(client.get("/en/facts/"), "321")
    assertContains(client.get("/en/programs/software-technology/"), "321")


def test_the_news_list_counts_an_item_published_after_it_was_counted(client, parts_kept):
    client.get("/en/news/")
    for number in range(10):
        make_article(slug=f"item-{number}", title_en=f"Item {number}")
    # Eleven items now: a second page.
    assertContains(client.get("/en/news/"), "?page=2")
    assert client.get("/en/news/?page=2").status_code == 200


def test_the_facts_page_never_shows_what_the_dashboard_shows_officers(
    parts_on, client, officer_client
):
    software = Program.objects.get(slug="software-technology")
    make_intake(2031, [software], counts=[321], is_public=False)
    assertContains(officer_client.get("/en/enrollment/"), "321")
    officer_client.logout()
    assertNotContains(client.get("/en/facts/"), "321")


def test_a_closing_date_is_worded_for_the_day_the_page_is_made(client, parts_kept, time_machine):
    time_machine.move_to(datetime.datetime(2031, 6, 30, 12, tzinfo=datetime.UTC))
    Program.objects.filter(slug="software-technology").update(
        application_opens_on=datetime.date(2031, 6, 1),
        application_closes_on=datetime.date(2031, 6, 30),
    )
    Program.objects.get(slug="software-technology").save()  # as an editor's save would
    assertContains(client.get("/en/programs/"), "Closing soon")
    time_machine.move_to(datetime.datetime(2031, 7, 1, 12, tzinfo=datetime.UTC))
    assertContains(client.get("/en/programs/"), "Closed on")


def test_a_signed_in_editor_gets_the_kept_parts_too(parts_on, editor_client):
    # A page for the editor alone, never kept whole…
    assert "private" in editor_client.get("/en/programs/")["Cache-Control"]
    # …made from kept parts all the same.
    assert not any("programs_" in query for query in queries_of(editor_client, "/en/programs/"))


@pytest.mark.parametrize(
    "tag",
    [
        '{% shared "cards" on %}x{% endshared %}',
        '{% shared "cards" on programs %}x{% endshared %}',
        '{% shared "cards" on "programs" %}{% block cards %}x{% endblock %}{% endshared %}',
    ],
    ids=["no topic", "a topic not in quotes", "a block a page would fill in"],
)
def test_a_part_that_could_not_be_kept_whole_is_refused(tag):
    with pytest.raises(TemplateSyntaxError, match=r"quotes|kept whole"):
        Template("{% load portal %}" + tag)


def test_a_part_varying_on_a_long_value_from_the_address_is_kept_all_the_same(client, parts_on):
    path = "/en/facts/?year=" + "9" * 2000
    first = client.get(path).content.decode()
    assert queries_of(client, path) == []
    assert client.get(path).content.decode() == first


def test_a_part_without_a_request_is_made_each_time(parts_on):
    template = Template('{% load portal %}{% shared "count" on "news" %}{{ count }}{% endshared %}')
    assert template.render(Context({"count": 1})) == "1"
    assert template.render(Context({"count": 2})) == "2"
