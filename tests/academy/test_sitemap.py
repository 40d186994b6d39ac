"""The sitemap: every public page in every language, dated where the content
has a date, split into an index once there are many addresses."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from academy import sitemaps
from news.models import Article
from tests.factories import make_article

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(client, path, **query):
    response = client.get(path, query)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return root, [
        (urlsplit(loc.text).path, urlsplit(loc.text).query) for loc in root.iterfind(".//s:loc", NS)
    ]


@pytest.mark.django_db
def test_every_address_in_the_sitemap_answers(client, launch_content):
    root, found = locations(client, "/sitemap.xml")
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    paths = {path for path, _query in found}
    for language in ("en", "zh-hans", "ru"):
        for page in (
            "",
            "programs/",
            "news/",
            "partners/",
            "about/",
            "facts/",
            "facts/open-data/",
            "admissions/",
        ):
            assert f"/{language}/{page}" in paths
    for path in paths:
        assert client.get(path).status_code == 200, path
    assert not any("/search/" in path or "/enrollment/" in path for path in paths)


@pytest.mark.django_db
def test_news_is_dated_by_its_last_edit_and_the_news_list_by_its_newest_item(
    client, launch_content
):
    launch = Article.objects.get()
    root, _found = locations(client, "/sitemap.xml")
    dates = {
        urlsplit(url.find("s:loc", NS).text).path: url.findtext("s:lastmod", None, NS)
        for url in root.iterfind("s:url", NS)
    }
    assert dates[launch.get_absolute_url()] == launch.published_at.date().isoformat()
    assert dates["/en/news/"] == launch.published_at.date().isoformat()
    assert dates["/en/about/"] is None


@pytest.mark.django_db
def test_past_a_thousand_addresses_the_sitemap_is_an_index_of_smaller_ones(
    client, launch_content, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    Article.objects.bulk_create(
        Article(
            slug=f"item-{number}",
            title_en=f"Item {number}",
            status=Article.Status.PUBLISHED,
            published_at=Article.objects.get().published_at,
        )
        for number in range(sitemaps.LIMIT + 5)
    )
    root, parts = locations(client, "/sitemap.xml")
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert ("/sitemap-news.xml", "p=2") in parts
    every = []
    for path, query in parts:
        _root, found = locations(client, path, **dict([query.split("=")]) if query else {})
        assert len(found) <= sitemaps.LIMIT
        every += found
    assert len(every) == len(set(every))
    assert ("/en/news/item-7/", "") in every
    assert (
        sum(1 for path, _query in every if path.startswith("/en/news/item-")) == sitemaps.LIMIT + 5
    )


@pytest.mark.django_db
def test_the_sitemaps_query_count_does_not_grow_with_the_news(
    client, launch_content, django_assert_max_num_queries
):
    for _ in range(30):
        make_article()
    with django_assert_max_num_queries(8):
        client.get("/sitemap.xml")
