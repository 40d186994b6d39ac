"""A link to a major or a news item shared in WeChat, VK or Telegram shows a
card drawn for it, in the page's language; other pages show the academy's."""

import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from academy import share_cards
from news.models import Article, Photo
from programs.models import Program
from tests.academy.test_seo import head
from tests.factories import make_article, upload

pytestmark = pytest.mark.skipif(
    not any(Path(path).is_file() for path in share_cards.FONT_CANDIDATES),
    reason="needs Noto Sans CJK (apt-get install fonts-noto-cjk; .ci/run installs it)",
)


@pytest.fixture(autouse=True)
def cards_drawn(settings, tmp_path):
    settings.SHARE_CARD_FONT = None  # found where Debian puts it
    settings.MEDIA_ROOT = tmp_path / "media"


def card(client, url):
    image = head(client, url).meta["og:image"]
    assert image.startswith("http://testserver/media/share/"), image
    response = client.get(image.removeprefix("http://testserver"))
    assert response.status_code == 200
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


@pytest.mark.django_db
def test_each_major_shares_a_card_of_its_own_in_each_language(client, launch_content):
    software = Program.objects.get(slug="software-technology")
    assert set(software.share_cards) == {"en", "zh-hans", "ru"}
    pictures = {}
    for language in ("en", "zh-hans", "ru"):
        picture = card(client, f"/{language}/programs/software-technology/")
        assert picture.size == (1200, 630)
        pictures[language] = picture.tobytes()
    assert len(set(pictures.values())) == 3  # each in its own language


@pytest.mark.django_db
def test_a_news_item_shares_its_photo_or_else_its_card(client, launch_content, settings):
    article = Article.objects.get()
    assert set(article.share_cards) == {"en", "zh-hans", "ru"}
    card(client, article.get_absolute_url())
    photo = Photo(alt_text_en="Unveiling")
    photo.image = upload()
    photo.save()
    article.lead_photo = photo
    article.save()
    image = head(client, article.get_absolute_url()).meta["og:image"]
    assert image.startswith("http://testserver/media/photos/")


@pytest.mark.django_db
def test_an_item_written_in_one_language_has_a_card_in_that_language_only(client):
    article = make_article(title_en="", title_ru="Новый набор")
    assert set(article.share_cards) == {"ru"}


@pytest.mark.django_db(transaction=True)
def test_a_changed_title_is_drawn_anew_and_the_old_card_goes(client):
    article = make_article(title_en="First title")
    old = article.share_cards["en"]
    assert default_storage.exists(old)
    article.title_en = "Second title"
    article.save()
    assert article.share_cards["en"] != old
    assert default_storage.exists(article.share_cards["en"])
    assert not default_storage.exists(old)
    article.save()  # unchanged: nothing drawn again
    assert Article.objects.get().share_cards["en"] == article.share_cards["en"]


@pytest.mark.django_db
def test_other_pages_share_the_academys_card(client, launch_content):
    for path in ("/en/", "/zh-hans/about/", "/ru/partners/"):
        image = head(client, path).meta["og:image"]
        assert image.startswith("http://testserver/static/img/share")


@pytest.mark.django_db
def test_cards_missing_from_before_are_drawn_by_the_command(settings):
    from django.core.management import call_command

    settings.SHARE_CARD_FONT = ""  # no font when the content was saved
    article = make_article(title_en="Saved without a font")
    assert article.share_cards == {}
    settings.SHARE_CARD_FONT = None
    call_command("draw_share_cards", verbosity=0)
    assert set(Article.objects.get().share_cards) == {"en"}
