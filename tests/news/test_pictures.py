"""Photos go out as WebP to browsers that take it and as JPEG to the rest,
at the width each layout gives them; the page's largest is fetched first."""

import io
import re

import pytest
from django.core.management import call_command
from PIL import Image

from news import markup
from news.models import Article, Photo
from tests.factories import make_article, upload

TEASER_SIZES = 'sizes="(max-width: 30rem) 5.5rem, 8rem"'
ARTICLE_SIZES = 'sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)"'


def make_photo(alt="Students at a robot cell"):
    photo = Photo(alt_text_en=alt)
    photo.image = upload()
    photo.save()
    return photo


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.DOTALL)


@pytest.mark.django_db
def test_a_new_upload_gets_a_webp_beside_each_jpeg_rendition(editor_client):
    response = editor_client.post(
        "/admin/news/photo/add/", {"image": upload(), "alt_text_en": "Students at a robot cell"}
    )
    assert response.status_code == 302
    photo = Photo.objects.get()
    storage = photo.image.storage
    for rendition in photo.renditions:
        assert rendition["webp"].endswith(f"-{rendition['width']}.webp")
        with storage.open(rendition["webp"]) as file, Image.open(file) as image:
            assert image.format == "WEBP"
            assert image.size == (rendition["width"], rendition["height"])
        assert rendition["webp_bytes"] == storage.size(rendition["webp"])
        assert rendition["webp_bytes"] < rendition["bytes"]


@pytest.mark.django_db
def test_a_news_page_offers_webp_first_and_jpeg_to_the_rest(client):
    photo = make_photo()
    article = make_article(lead_photo=photo, body_en=f"Text\n\n![](photo:{photo.pk})")
    page = client.get(article.get_absolute_url()).content.decode()
    for picture in pictures(page):
        source, img = re.fullmatch(
            r"<picture>(<source [^>]*>)(<img [^>]*>)</picture>", picture
        ).groups()
        assert 'type="image/webp"' in source
        webp = re.search(r'srcset="([^"]*)"', source)[1]
        jpeg = re.search(r'srcset="([^"]*)"', img)[1]
        assert re.fullmatch(r"(/media/photos/renditions/\w+-\d+\.webp \d+w(, )?)+", webp)
        assert re.fullmatch(r"(/media/photos/renditions/\w+-\d+\.jpg \d+w(, )?)+", jpeg)
        assert re.search(r'src="[^"]*-1280\.jpg"', img)
    assert len(pictures(page)) == 2


@pytest.mark.django_db
def test_sizes_say_the_width_each_layout_gives_a_photo(client):
    photo = make_photo()
    article = make_article(lead_photo=photo, body_en=f"Text\n\n![](photo:{photo.pk})")
    lead, placed = pictures(client.get(article.get_absolute_url()).content.decode())
    # The article's width: the page less its margins, at most 46rem (portal.css .article).
    for picture in (lead, placed):
        assert picture.count(ARTICLE_SIZES) == 2  # the WebP and the JPEG alike
    # A teaser's photo is 8rem wide, 5.5rem on a phone (portal.css .teaser-photo).
    for path in ("/en/news/", "/en/"):
        teasers = pictures(client.get(path).content.decode())
        assert teasers and all(picture.count(TEASER_SIZES) == 2 for picture in teasers)


@pytest.mark.django_db
def test_the_lead_photo_is_fetched_first_and_the_others_when_scrolled_near(client):
    photo = make_photo()
    article = make_article(
        lead_photo=photo, body_en=f"![](photo:{photo.pk})\n\nText\n\n![](photo:{photo.pk})"
    )
    lead, *placed = pictures(client.get(article.get_absolute_url()).content.decode())
    assert 'fetchpriority="high"' in lead and "loading=" not in lead
    assert len(placed) == 2
    for picture in placed:
        assert 'loading="lazy"' in picture and "fetchpriority" not in picture
    for teaser in pictures(client.get("/en/news/").content.decode()):
        assert 'loading="lazy"' in teaser and "fetchpriority" not in teaser


@pytest.mark.django_db
def test_without_a_lead_photo_the_first_placed_photo_is_fetched_first(client):
    photo = make_photo()
    article = make_article(body_en=f"Text\n\n![](photo:{photo.pk})\n\n![](photo:{photo.pk})")
    first, second = pictures(client.get(article.get_absolute_url()).content.decode())
    assert 'fetchpriority="high"' in first and "loading=" not in first
    assert 'loading="lazy"' in second and "fetchpriority" not in second
    article.lead_photo = photo
    article.save()
    lead, *placed = pictures(client.get(article.get_absolute_url()).content.decode())
    assert 'fetchpriority="high"' in lead
    assert all("fetchpriority" not in picture for picture in placed)


@pytest.mark.django_db
def test_photos_from_before_webp_show_their_jpegs_until_the_command_makes_their_webps(client):
    photo = make_photo()
    article = make_article(body_en=f"Text\n\n![](photo:{photo.pk})")
    storage = photo.image.storage
    for rendition in photo.renditions:
        storage.delete(rendition.pop("webp"))
        del rendition["webp_bytes"]
    Photo.objects.filter(pk=photo.pk).update(renditions=photo.renditions)
    Article.objects.get(pk=article.pk).save()  # its body as saved back then
    page = client.get(article.get_absolute_url()).content.decode()
    assert "image/webp" not in page and ".jpg 1280w" in page

    out = io.StringIO()
    call_command("make_webp_renditions", stdout=out)
    assert "for 1 photo(s)" in out.getvalue()
    photo.refresh_from_db()
    assert all(storage.exists(rendition["webp"]) for rendition in photo.renditions)
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<source type="image/webp"' in page and ".webp 1280w" in page

    call_command("make_webp_renditions", stdout=out)
    assert "for 0 photo(s)" in out.getvalue()


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        (
            '<source type="image/webp" srcset="/media/photos/a.webp 320w">',
            'srcset="/media/photos/a.webp 320w"',
        ),
        ('<source type="text/html" srcset="/media/photos/a.webp 320w">', "<source "),
        ('<img src="/media/photos/a.jpg" fetchpriority="high">', 'fetchpriority="high"'),
    ],
)
def test_the_sanitizer_keeps_what_a_placed_photo_has(html, kept):
    assert kept in markup.sanitize(f"<picture>{html}</picture>")


@pytest.mark.parametrize(
    ("html", "dropped"),
    [
        ('<source srcset="https://elsewhere.example/a.webp 320w">', "elsewhere"),
        ('<source srcset="/media/photos/a.webp 1x, javascript:alert(1) 2x">', "javascript"),
        ('<source type="text/html">', "text/html"),
        ('<source src="/media/photos/a.webp" media="print">', "src="),
        ('<source src="/media/photos/a.webp" media="print">', "print"),
        ('<img src="/media/photos/a.jpg" fetchpriority="x" onload="alert(1)">', "fetchpriority"),
        ('<img src="/media/photos/a.jpg" loading="eager">', "loading"),
        ('<img src="/media/photos/a.jpg" onload="alert(1)">', "onload"),
    ],
)
def test_the_sanitizer_drops_anything_else_in_a_picture(html, dropped):
    assert dropped not in markup.sanitize(f"<picture>{html}</picture>")
