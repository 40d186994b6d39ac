"""Gzip for the portal's own responses (pages, feeds, the sitemap, open
data), so that no web server in front is needed for it. Static files are
compressed once, at collectstatic, and whitenoise serves those copies.

Pages kept by the page cache (academy.middleware.PageCacheMiddleware) are
compressed once, when kept; everything else on its way out
(CompressionMiddleware).

BREACH: an attacker who can put text of their own into a compressed page
(a search term, say) and watch its size over many requests can guess, a
character at a time, a secret the page carries. So:

- public pages for anonymous readers carry no secret: compressed, and
  the same bytes every time, which is what lets the page cache keep them;
- a page carrying the CSRF token (the question form, the login) holds it
  masked afresh for every response (Django's own defence: the same secret
  is never sent twice alike); it is compressed with Django's random-length
  padding on top (the "Heal the BREACH" mitigation of its GZipMiddleware),
  so its size says still less;
- what is for one person only (anyone signed in: the admin, the enrollment
  dashboard, previews) carries personal data that nothing masks: never
  compressed. These are a few staff members'
  pages; the bytes saved are not worth the risk.
"""

import gzip
import re

from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

# Below this, gzip's own header and trailer eat most of what it saves.
MIN_BYTES = 200
TEXT_TYPES = ("text/", "application/json", "application/xml", "application/atom+xml",
              "application/rss+xml")  # fmt: skip
# Django's GZipMiddleware pads by up to this many bytes.
PADDING_BYTES = 100
# One coding of Accept-Encoding ("gzip", "gzip;q=0.5", "*;q=0").
CODING = re.compile(r"\s*([\w*-]+)\s*(?:;\s*q\s*=\s*([\d.]+))?\s*")


def accepts_gzip(request):
    """Whether the client takes gzip: named, or under "*", with a weight
    above zero (RFC 9110 12.5.3: "gzip;q=0" refuses it)."""
    weights = {}
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        match = CODING.fullmatch(part)
        if match:
            try:
                weights[match[1]] = float(match[2] or 1)
            except ValueError:
                weights[match[1]] = 0
    return weights.get("gzip", weights.get("*", 0)) > 0


def worth_compressing(response):
    """Text of some size not already encoded. Streamed responses (large
    downloads) go out as they are made."""
    return (
        not response.streaming
        and not response.has_header("Content-Encoding")
        and response.get("Content-Type", "").startswith(TEXT_TYPES)
        and len(response.content) >= MIN_BYTES
    )


def carries_personal_data(request):
    """Anyone signed in has a session; nobody else has one."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def carries_csrf_token(response):
    # A page that used the token sends the CSRF cookie along (Django renews
    # it each time).
    return settings.CSRF_COOKIE_NAME in response.cookies


def compress_page(content):
    """A public page's body, compressed once to be kept and sent many
    times: at gzip's highest level, without a timestamp, so the bytes
    depend on the page alone."""
    return gzip.compress(content, compresslevel=9, mtime=0)


def send_compressed(response, body):
    """`response` with `body`, the gzip of its content, as what it sends."""
    response.content = body
    response.headers["Content-Length"] = str(len(body))
    response.headers["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ("Accept-Encoding",))
    # The bytes are no longer those a strong ETag names (RFC 9110 8.8.1).
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response.headers["ETag"] = f"W/{etag}"
    return response


class CompressionMiddleware:
    """Compresses what the page cache did not (pages made for this request),
    guarded as the module says."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not worth_compressing(response) or carries_personal_data(request):
            return response
        # The body depends on the client from here on, whatever this one takes.
        patch_vary_headers(response, ("Accept-Encoding",))
        if not accepts_gzip(request):
            return response
        padding = PADDING_BYTES if carries_csrf_token(response) else None
        body = compress_string(response.content, max_random_bytes=padding)
        if len(body) >= len(response.content):
            return response
        return send_compressed(response, body)
