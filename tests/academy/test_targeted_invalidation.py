"""A change makes stale exactly the cached pages that show it: the others
are still served from the cache (a page served from the cache renders no
template and costs no query)."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy.models import Academy
from news.models import Article
from programs.models import EnrollmentFigure, Program
from tests.factories import make_article

LAUNCH = "/{lang}/news/chongqings-first-sino-foreign-higher-vocational-institution-unveiled/"
PAGES = {
    "home": "/{lang}/",
    "news list": "/{lang}/news/",
    "feed": "/{lang}/news/feed/",
    "launch item": LAUNCH,
    "other item": "/{lang}/news/open-day/",
    "majors": "/{lang}/programs/",
    "software": "/{lang}/programs/software-technology/",
    "partners": "/{lang}/partners/",
    "about": "/{lang}/about/",
    "facts": "/{lang}/facts/",
    "open data": "/{lang}/facts/open-data/",
}


@pytest.fixture
def cached_site(settings, launch_content, transactional_db):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SHARED_CACHE_SECONDS = 600
    cache.clear()
    software = Program.objects.get(slug="software-technology")
    article = make_article(slug="open-day", title_en="Open day", title_ru="День открытых дверей")
    article.related_programs.add(software)
    return software


def served_from_cache(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return not queries.captured_queries and not response.templates


def warm(client, languages=("en", "ru")):
    for language in languages:
        for path in PAGES.values():
            client.get(path.format(lang=language))
            assert served_from_cache(client, path.format(lang=language))


def stale_pages(client, language="en"):
    return {
        name
        for name, path in PAGES.items()
        if not served_from_cache(client, path.format(lang=language))
    }


def test_a_news_item_makes_stale_the_news_lists_and_its_own_page(client, cached_site):
    warm(client)
    article = Article.objects.get(slug="open-day")
    article.summary_en = "Come and see the robot lab."
    article.save()
    assert stale_pages(client) == {
        "home",
        "news list",
        "feed",
        "other item",
        "software",
        "partners",
    }
    assert "Come and see the robot lab." in client.get("/en/news/open-day/").content.decode()
    # In every language at once.
    assert "other item" in stale_pages(client, "ru")


def test_a_majors_description_makes_stale_the_pages_about_majors_only(client, cached_site):
    warm(client)
    cached_site.summary_en = "A new summary of the major."
    cached_site.save()
    assert stale_pages(client) == {"home", "majors", "software", "about", "facts"}
    assert "A new summary of the major." in client.get("/en/programs/").content.decode()


def test_a_majors_new_name_reaches_the_news_that_link_it(client, cached_site):
    warm(client)
    cached_site.name_en = "Software Engineering Technology"
    cached_site.save()
    stale = stale_pages(client)
    assert {"other item", "launch item", "majors", "software"} <= stale
    assert "news list" not in stale and "partners" not in stale
    assert "Software Engineering Technology" in client.get("/en/news/open-day/").content.decode()


def test_an_enrollment_figure_makes_stale_the_pages_with_figures(client, cached_site):
    warm(client)
    figure = EnrollmentFigure.objects.first()
    figure.planned_places = 40
    figure.save()
    assert stale_pages(client) == {"home", "majors", "software", "facts"}


def test_the_academy_profile_is_on_every_page(client, cached_site):
    warm(client)
    academy = Academy.objects.get()
    academy.email = "office@example.edu.cn"
    academy.save()
    assert stale_pages(client) == set(PAGES)
    assert "office@example.edu.cn" in client.get("/en/facts/").content.decode()


def test_a_scheduled_item_going_live_makes_stale_only_the_news(client, cached_site):
    now = timezone.now()
    make_article(slug="later", title_en="Later", published_at=now + datetime.timedelta(minutes=5))
    warm(client)
    assert client.get("/en/news/later/").status_code == 404
    with time_machine.travel(now + datetime.timedelta(minutes=6)):
        assert client.get("/en/news/later/").status_code == 200
        stale = stale_pages(client)
    assert {"home", "news list", "feed"} <= stale
    assert not stale & {"majors", "about", "facts", "open data"}


def test_nothing_goes_stale_by_itself(client, cached_site):
    now = timezone.now()
    warm(client)
    with time_machine.travel(now + datetime.timedelta(minutes=9)):
        assert stale_pages(client) == set()
