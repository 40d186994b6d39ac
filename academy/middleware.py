"""Response headers every page gets, and the page cache for anonymous readers."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from redis.exceptions import RedisError

from academy import compression
from academy.caching import (
    RELEASE,
    cache_call,
    generation_tag,
    page_topics,
    topic_generations,
)
from academy.i18n import page_query

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


def signed_in(request):
    return bool(request.COOKIES.get(settings.SESSION_COOKIE_NAME))


def mark_private(response):
    """Signed-in pages (admin, dashboard, previews, the site as staff see
    it) are for that person only: no shared cache may keep them."""
    patch_cache_control(response, private=True)


class SecurityHeadersMiddleware:
    """The headers Django's own settings do not cover."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(f"/{settings.ADMIN_URL}"):
            # What django.views.decorators.csp.csp_override does for one
            # view, for all of the admin's (ContentSecurityPolicyMiddleware
            # reads it after this).
            response._csp_config = settings.ADMIN_CSP
        if signed_in(request):
            mark_private(response)
        return response


# Health checks must say how things are now, and /healthz must not even
# look at the database (the cache state may need it).
UNCACHED_PATHS = {"/healthz", "/readyz"}
# A page as it was last made is kept this long, to be shown while the
# database is away; the reader is asked to come back after RETRY_AFTER_SECONDS.
LAST_GOOD_SECONDS = 24 * 60 * 60
RETRY_AFTER_SECONDS = 60
CACHEABLE_TYPES = ("text/html", "application/atom+xml", "application/xml", "text/plain",
                   "application/json", "text/csv")  # fmt: skip


class PageCacheMiddleware:
    """Keeps whole public pages for anonymous readers, so a burst of visits
    costs one rendering. Never pages made for signed-in people (they have a
    session cookie), never responses that set cookies or forbid caching.

    Signed-in people (staff looking at the site) are served a kept page
    that shows something (200): public pages show them what they show
    everyone. Not a kept "not found": their page may be a preview of a
    draft, made for them alone.

    A page is kept with its body gzipped once, beside the plain one: a
    reader whose browser takes gzip gets those bytes with no compressing
    at the request (academy.compression)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not self._may_use_cache(request):
            return self.get_response(request)
        # Read before the page reads any content (what it reads is then at
        # least as new as these generations).
        generations = topic_generations(request, page_topics(request))
        if generations is None:
            return self.get_response(request)  # the page itself will say what is wrong
        page = self._page(request)
        key = f"portal:page:{generation_tag(generations)}:{page}"
        kept = cache_call(cache.get, key)
        for_staff = signed_in(request)
        if kept is not None and (not for_staff or kept[0].status_code == 200):
            response = self._served(request, *kept)
            if for_staff:
                mark_private(response)
            return self._marked(response, "hit")
        response = self.get_response(request)
        if not for_staff and self._may_keep(response):
            gzipped = (
                compression.compress_page(response.content)
                if compression.worth_compressing(response)
                else None
            )
            kept = (response, gzipped)
            cache_call(cache.set, key, kept, settings.PAGE_CACHE_SECONDS)
            # Kept apart and longer, for when the database is lost.
            cache_call(cache.set, self._last_good_key(page), kept, LAST_GOOD_SECONDS)
            return self._marked(self._served(request, *kept), "miss")
        return self._marked(response, "miss")

    def process_exception(self, request, exception):
        """A lost database is an outage, not an error of ours: 503 with
        Retry-After, and the page as it was last made where one is kept."""
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        kept = None
        if settings.PAGE_CACHE_SECONDS and self._may_use_cache(request):
            try:
                kept = cache.get(self._last_good_key(self._page(request)))
            except (RedisError, DatabaseError):  # the cache may live in that database
                kept = None
        response = (
            self._served(request, *kept) if kept else HttpResponse(render_to_string("503.html"))
        )
        response.status_code = 503
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        patch_cache_control(response, no_store=True)
        return response

    @staticmethod
    def _marked(response, state):
        """Says whether the page came from the cache (hit) or was made for
        this request (miss): what a load test counts, and what an operator
        looks at when a page seems stale. Set after keeping, so never kept."""
        response.headers["X-Page-Cache"] = state
        return response

    @staticmethod
    def _served(request, response, gzipped):
        """A kept page as this reader's browser takes it; plain, it passes
        CompressionMiddleware, which says that it varies. (Each read from
        the cache is a copy of its own, free to change.)"""
        if gzipped is not None and compression.accepts_gzip(request):
            return compression.send_compressed(response, gzipped)
        return response

    @staticmethod
    def _may_use_cache(request):
        return (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(f"/{settings.ADMIN_URL}")
            and request.path not in UNCACHED_PATHS
        )

    @staticmethod
    def _page(request):
        """The page as the cache knows it: its address with only the
        parameters it reads, so others (?utm_x=1, =2, …) share its one entry
        instead of filling the cache with copies."""
        page = request.build_absolute_uri(request.path) + page_query(request)
        address = hashlib.sha256(page.encode()).hexdigest()
        return f"{get_language()}:{request.method}:{address}"

    @staticmethod
    def _last_good_key(page):
        # Per release, as the generations are: what one release kept may not
        # be what the next one reads.
        return f"portal:last-good:{RELEASE}:{page}"

    @staticmethod
    def _may_keep(response):
        control = response.get("Cache-Control", "")
        return (
            response.status_code in (200, 404)
            and not response.cookies
            and not response.streaming
            and "private" not in control
            and "no-store" not in control
            and "no-cache" not in control
            and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        )
