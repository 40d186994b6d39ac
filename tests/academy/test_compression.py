"""Pages, feeds, the sitemap and open data go out gzipped to browsers that
take it; cached pages are compressed once; pages with a secret are guarded
against BREACH (academy.compression says how)."""

import gzip

import pytest
from django.core.cache import cache
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.utils.cache import has_vary_header

from academy import compression
from academy.compression import CompressionMiddleware
from tests.factories import make_article, make_intake, make_program

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def assert_gzipped(response):
    assert response["Content-Encoding"] == "gzip"
    assert has_vary_header(response, "Accept-Encoding")
    assert int(response["Content-Length"]) == len(response.content)
    return gzip.decompress(response.content)


def assert_plain(response):
    assert not response.has_header("Content-Encoding")
    return response.content


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def compressions(monkeypatch):
    """How many times bodies were gzipped, for a page kept and at a request."""
    calls = []
    for name in ("compress_page", "compress_string"):
        original = getattr(compression, name)

        def counted(*args, original=original, name=name, **kwargs):
            calls.append(name)
            return original(*args, **kwargs)

        monkeypatch.setattr(compression, name, counted)
    return calls


@pytest.mark.django_db(transaction=True)
def test_a_cached_page_is_compressed_once_and_sent_compressed_from_the_cache(
    client, launch_content, page_cache_on, compressions, django_assert_num_queries
):
    first = client.get("/en/facts/", **GZIP)
    assert compressions == ["compress_page"]
    for _visit in range(3):
        with django_assert_num_queries(0):
            again = client.get("/en/facts/", **GZIP)
        assert again.content == first.content
    assert compressions == ["compress_page"]  # not once more for the visits from the cache
    page = assert_gzipped(again)
    assert page.startswith(b"<!DOCTYPE html>") and b"Facts and figures" in page
    assert page == client.get("/en/facts/").content
    assert len(again.content) < len(page) / 3


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("accept_encoding", [None, "", "identity", "gzip;q=0", "br", "*;q=0"])
def test_a_browser_that_does_not_take_gzip_gets_plain_bytes_also_from_the_cache(
    client, launch_content, page_cache_on, accept_encoding
):
    headers = {} if accept_encoding is None else {"HTTP_ACCEPT_ENCODING": accept_encoding}
    client.get("/en/facts/", **GZIP)  # kept by the page cache, with its gzip
    for _visit in range(2):  # made and kept again, then from the cache
        response = client.get("/en/facts/", **headers)
        assert assert_plain(response).startswith(b"<!DOCTYPE html>")
        assert has_vary_header(response, "Accept-Encoding")
        assert int(response["Content-Length"]) == len(response.content)
        cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "start"),
    [
        ("/en/", b"<!DOCTYPE html>"),
        ("/sitemap.xml", b"<?xml"),
        ("/en/news/feed/", b"<?xml"),
        ("/zh-hans/facts/enrollment.json", b"{"),
        ("/ru/facts/enrollment.csv", b"\xef\xbb\xbf"),
    ],
)
def test_pages_feeds_the_sitemap_and_open_data_are_sent_gzipped(
    client, launch_content, path, start
):
    make_article(title_en="In the feed", summary_en="A summary. " * 20)
    make_intake(2023, [make_program()])
    response = client.get(path, **GZIP)
    assert response.status_code == 200
    body = assert_gzipped(response)
    assert body.startswith(start)
    assert body == client.get(path).content


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/admissions/", "/admin/login/"])
def test_a_page_with_the_csrf_token_is_compressed_with_random_padding(client, path):
    response = client.get(path, **GZIP)
    page = assert_gzipped(response).decode()
    assert 'name="csrfmiddlewaretoken"' in page
    # Django's mitigation: a file name of random length in the gzip header.
    assert response.content[3] & gzip.FNAME


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/en/enrollment/", "/en/"])
def test_pages_for_a_signed_in_person_are_never_compressed(officer_client, path):
    response = officer_client.get(path, **GZIP)
    assert response.status_code == 200
    assert_plain(response)
    assert not has_vary_header(response, "Accept-Encoding")


def through_middleware(response, accept_encoding="gzip"):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING=accept_encoding)
    return CompressionMiddleware(lambda request: response)(request)


def test_a_strong_etag_becomes_weak_once_compressed():
    response = HttpResponse("<p>a page</p>" * 50)
    response["ETag"] = '"abc"'
    assert through_middleware(response)["ETag"] == 'W/"abc"'


@pytest.mark.parametrize(
    "response",
    [
        HttpResponse("<p>short</p>"),
        HttpResponse(b"\x89PNG" * 100, content_type="image/png"),
        StreamingHttpResponse(iter([b"a,b\n" * 100]), content_type="text/csv"),
    ],
    ids=["small", "an image", "streamed"],
)
def test_small_binary_and_streamed_responses_go_out_as_they_are(response):
    assert not through_middleware(response).has_header("Content-Encoding")


def test_a_response_already_encoded_is_left_alone():
    body = gzip.compress(b"<p>a page</p>" * 50)
    response = HttpResponse(body)
    response["Content-Encoding"] = "gzip"
    assert through_middleware(response).content == body


def test_accept_encoding_is_read_with_its_weights():
    def accepts(header):
        return compression.accepts_gzip(RequestFactory().get("/", HTTP_ACCEPT_ENCODING=header))

    assert accepts("gzip") and accepts("br, GZIP;q=0.5") and accepts("*") and accepts("deflate, *")
    assert not accepts("gzip;q=0") and not accepts("gzip;q=0.0, br") and not accepts("x-gzip")
    assert not accepts("") and not accepts("*;q=0") and not accepts("gzip;q=nonsense")
    assert not accepts("identity, *;q=1, gzip;q=0")
