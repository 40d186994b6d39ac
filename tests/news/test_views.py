import datetime
import html
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from news.models import Article
from tests.factories import make_article

LIST = "/en/news/"


@pytest.fixture
def many_articles(db):
    return [make_article() for _ in range(25)]


@pytest.fixture
def staff_client(client):
    staff = User.objects.create_user("editor", password="a long editor pass", is_staff=True)
    client.force_login(staff)
    return client


@pytest.mark.django_db
def test_published_item_is_listed_and_readable(client):
    article = make_article(title_en="Open day", body_en="Come and see.\n\nAll welcome.")
    assertContains(client.get(LIST), "Open day")
    response = client.get(article.get_absolute_url())
    assertContains(response, "<h1>Open day</h1>", html=True)
    assertContains(response, "<p>All welcome.</p>", html=True)


@pytest.mark.django_db
def test_draft_article_is_not_listed(client):
    draft = make_article(title_en="Secret draft", status=Article.Status.DRAFT)
    assertNotContains(client.get(LIST), "Secret draft")
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_scheduled_article_is_hidden_until_its_time(client):
    later = make_article(
        title_en="Coming soon", published_at=timezone.now() + datetime.timedelta(hours=2)
    )
    assertNotContains(client.get(LIST), "Coming soon")
    assert client.get(later.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=later.pk).update(
        published_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assertContains(client.get(LIST), "Coming soon")


@pytest.mark.django_db
def test_staff_preview_a_draft_with_a_banner_never_cached(staff_client):
    draft = make_article(title_en="Draft for review", status=Article.Status.DRAFT)
    response = staff_client.get(draft.get_absolute_url())
    assertContains(response, "Preview: this draft is not public.")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_staff_preview_a_scheduled_item(staff_client):
    later = make_article(published_at=timezone.now() + datetime.timedelta(days=3))
    assertContains(staff_client.get(later.get_absolute_url()), "Preview: scheduled to go live")


@pytest.mark.django_db
def test_live_item_has_no_preview_banner_for_staff(staff_client):
    article = make_article()
    assertNotContains(staff_client.get(article.get_absolute_url()), "Preview:")


@pytest.mark.django_db
def test_news_is_newest_first_ten_a_page(client, many_articles):
    first = client.get(LIST)
    newest = sorted(many_articles, key=lambda a: a.published_at, reverse=True)
    assert list(first.context["articles"]) == newest[:10]
    assert list(client.get(LIST, {"page": 3}).context["articles"]) == newest[20:]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page", ["4", "0", "-1", "x", "1.5", "99999999999999999999999", "<script>"]
)
def test_bad_or_out_of_range_pages_are_404(client, many_articles, page):
    assert client.get(LIST, {"page": page}).status_code == 404


@pytest.mark.django_db
def test_an_empty_page_parameter_is_the_first_page(client, many_articles):
    assert client.get(LIST, {"page": ""}).context["page_obj"].number == 1


@pytest.mark.django_db
def test_empty_news_list_is_still_a_page(client):
    assertContains(client.get(LIST), "No news in this language yet.")


@pytest.mark.django_db
def test_news_appears_only_in_the_languages_it_is_written_in(client):
    make_article(title_en="", title_ru="Только по-русски", slug="russian-only")
    assertNotContains(client.get(LIST), "Только по-русски")
    assertNotContains(client.get("/zh-hans/news/"), "Только по-русски")
    assertContains(client.get("/ru/news/"), "Только по-русски")
    assert client.get("/en/news/russian-only/").status_code == 404
    assert client.get("/ru/news/russian-only/").status_code == 200


@pytest.mark.django_db
def test_unknown_item_is_404(client):
    assert client.get("/en/news/no-such-item/").status_code == 404


@pytest.mark.django_db
def test_feed_lists_published_news_of_its_language(client):
    make_article(title_en="In the feed")
    make_article(title_en="Not yet", status=Article.Status.DRAFT)
    make_article(title_en="", title_ru="Русская новость")
    response = client.get(reverse("news:article_feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    assertContains(response, "In the feed")
    assertNotContains(response, "Not yet")
    assertNotContains(response, "Русская новость")
    assertContains(client.get("/ru/news/feed/"), "Русская новость")


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_feed_text_is_escaped_once_everywhere(client):
    """Titles are Atom text: a reader shows them as written, apostrophes and
    markup alike; summaries are HTML holding the text, escaped once."""
    from academy.models import Academy

    Academy.objects.create(
        name_en="<b>Academy</b> & Co's", short_name_en="A", summary_en="S", founding_en="F",
        aims_en="A", teaching_team_en="T", pathway_en="P", unveiled_on="2022-11-29",
    )  # fmt: skip
    make_article(title_en="Chongqing's <i>First</i>", summary_en="Q&A: it's <b>here</b>")
    feed = ET.fromstring(client.get("/en/news/feed/").content)
    assert feed.findtext(f"{ATOM}title") == "News — <b>Academy</b> & Co's"
    assert feed.find(f"{ATOM}title").get("type") in (None, "text")
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Chongqing's <i>First</i>"
    assert entry.find(f"{ATOM}title").get("type") in (None, "text")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert html.unescape(summary.text) == "Q&A: it's <b>here</b>"
    assert "<" not in summary.text


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [5, 40])
def test_article_list_queries(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        make_article()
    with django_assert_max_num_queries(3):  # profile + count + page
        response = client.get(LIST)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [5, 40])
def test_feed_queries_stay_constant(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        make_article()
    with django_assert_max_num_queries(2):  # profile + items
        client.get(reverse("news:article_feed"))


@pytest.mark.django_db
def test_times_are_written_as_valid_html_datetimes(client):
    """To the second: HTML allows no more than three digits of a fraction."""
    # A second back: with the microseconds set, it is never in the future.
    published = timezone.now().replace(microsecond=123456) - datetime.timedelta(seconds=1)
    article = make_article(title_en="On time", published_at=published)
    for path in ("/en/news/", article.get_absolute_url()):
        times = re.findall(r'<time datetime="([^"]+)"', client.get(path).content.decode())
        assert times, path
        for value in times:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", value), value
