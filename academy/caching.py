"""What stays valid until the content changes: whole pages for anonymous
readers (academy.middleware.PageCacheMiddleware) and the parts every page
shares, for everyone: the academy profile and the layout around each page.

Both are keyed by a content generation that every change to the content
moves on (academy.apps connects it to the models' signals). One change makes
everything kept stale at once, in every language and on every server sharing
the cache; nothing has to be found and deleted.

A shared part, once made, never changes under its key, so each process also
keeps the ones it used last in its own memory: a page then asks the shared
cache for one thing only, the generation.

A cache server that cannot be reached costs speed, not pages: they are then
made without it. A change made while it is away may leave its older entries
in place; the generation is kept for ten minutes only, so they go stale by
themselves soon after it is back.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends import redis as redis_backend
from django.db import DatabaseError, transaction
from django.utils.translation import get_language
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


APPS = ("academy", "admissions", "news", "programs")
SOURCE = Path(__file__).resolve().parent.parent


def release(root=SOURCE):
    """A fingerprint of this copy of the portal's code, templates, styles and
    translations: a new release starts a generation of its own, so nothing
    kept by the one before is shown after a deployment."""
    digest = hashlib.sha256()
    for app in APPS:
        files = [
            path
            for pattern in ("*.py", "*.html", "*.css", "*.svg", "*.mo")
            for path in (root / app).rglob(pattern)
        ]
        for path in sorted(files):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


RELEASE = release()
# The generation, and the time the next scheduled news item goes live (when
# everything must be made again even though nobody edited anything).
STATE_KEY = f"portal:pages:state:{RELEASE}"
STATE_SECONDS = 600  # as long as the page cache keeps a page by default
_MISSING = object()
LOCAL_PARTS = 256  # a few generations of every part in every language


class _RecentParts:
    """The parts this process used last, by key; the oldest make way."""

    def __init__(self, size):
        self.size = size
        self.items = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.items.get(key, _MISSING)
            if value is not _MISSING:
                self.items.move_to_end(key)
            return value

    def put(self, key, value):
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


_recent = _RecentParts(LOCAL_PARTS)


class RedisCacheClient(redis_backend.RedisCacheClient):
    """Django's client, keeping one redis-py client per connection pool:
    Django's own builds a new one, with its whole table of reply parsers, at
    every call, and every page makes at least one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis_backend.RedisCache):
    """The cache backend for CACHE_URL=redis://… (settings.CACHES)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient


def cache_call(method, *args, fallback=None):
    """`method(*args)` on the shared cache, or `fallback` when the cache
    server cannot be reached (it is logged; the caller goes on without it)."""
    try:
        return method(*args)
    except RedisError as error:
        logger.warning("The cache cannot be reached (%s): going on without it.", error)
        return fallback


def bump_generation():
    """Everything kept is stale once the change is committed (all languages,
    all servers). Not before: a page made between the change and its commit
    reads the old rows, and would be kept under the new generation."""
    transaction.on_commit(lambda: cache_call(cache.delete, STATE_KEY))


def _state():
    state = cache.get(STATE_KEY)
    if state is not None and time.time() < state["refresh_at"]:
        return state
    from news.models import Article

    fresh = {
        "generation": time.time_ns(),
        "refresh_at": Article.next_publication_timestamp() or time.time() + 86400,
    }
    if state is not None:
        cache.set(STATE_KEY, fresh, STATE_SECONDS)
    elif not cache.add(STATE_KEY, fresh, STATE_SECONDS):
        # Requests arriving together after a change agree on one generation.
        return cache.get(STATE_KEY) or fresh
    return fresh


def content_generation(request):
    """The current generation, read once a request; None when the database
    cannot say (the page itself will then say what is wrong) or the cache
    cannot be reached (the page is then made without it)."""
    if not hasattr(request, "_content_generation"):
        try:
            request._content_generation = cache_call(_state, fallback={}).get("generation")
        except DatabaseError:
            request._content_generation = None
    return request._content_generation


def shared_part(request, name, build):
    """`build()`'s result, made once per content generation and language.

    For what many pages show alike. Made afresh when there is no request, no
    generation or SHARED_CACHE_SECONDS is 0. Kept no longer than the
    generation itself lives: after that nothing asks for it.
    """
    seconds = min(settings.SHARED_CACHE_SECONDS, STATE_SECONDS)
    generation = content_generation(request) if request is not None and seconds else None
    if generation is None:
        return build()
    key = f"portal:part:{generation}:{get_language()}:{name}"
    value = _recent.get(key)
    if value is _MISSING:
        value = cache_call(cache.get, key, _MISSING, fallback=_MISSING)
        if value is _MISSING:
            value = build()
            cache_call(cache.set, key, value, seconds)
        _recent.put(key, value)
    return value
