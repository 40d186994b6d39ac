import pytest

from news.models import Article
from tests.factories import assert_rejected, make_article


@pytest.mark.django_db
def test_two_news_items_cannot_share_a_slug():
    make_article(slug="same")
    assert_rejected(lambda: make_article(slug="same"))


@pytest.mark.django_db
def test_a_published_item_needs_a_publication_time():
    assert_rejected(lambda: make_article(status=Article.Status.PUBLISHED, published_at=None))


@pytest.mark.django_db
def test_a_draft_may_have_no_publication_time():
    assert make_article(status=Article.Status.DRAFT, published_at=None).pk


@pytest.mark.django_db
def test_an_item_needs_a_title_in_some_language():
    assert_rejected(lambda: make_article(title_en="", title_zh_hans="", title_ru=""))


@pytest.mark.django_db
@pytest.mark.parametrize("status", Article.Status.values)
def test_every_status_is_accepted(status):
    assert make_article(status=status).pk


@pytest.mark.django_db
def test_an_unknown_status_is_rejected():
    assert_rejected(lambda: make_article(status="archived"))


@pytest.mark.django_db
def test_an_item_knows_the_languages_it_is_written_in():
    article = make_article(title_en="", title_ru="Новость")
    assert article.languages() == ["ru"]
