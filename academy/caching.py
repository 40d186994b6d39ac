"""What stays valid until the content it shows changes: whole pages for
anonymous readers (academy.middleware.PageCacheMiddleware) and the parts
every page shares, for everyone: the academy profile and the layout.

Content is divided into topics ("news", "news:<slug>", "programs", …). Each
model says which topics a change to it touches (`cache_topics`, see
academy.apps); each page says which topics it shows (its view's
`cache_topics`). Every topic has a generation, which a change moves on once
it is committed; a page is kept under the generations of its own topics, so
a change makes stale exactly the pages that show it, in every language and
on every server sharing the cache, and nothing else. Nothing has to be
found and deleted.

A shared part, once made, never changes under its key, so each process also
keeps the ones it used last in its own memory.

A cache server that cannot be reached costs speed, not pages: they are then
made without it. A change made while it is away may leave older entries in
place until they expire (PAGE_CACHE_SECONDS, SHARED_CACHE_SECONDS).
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

from academy.i18n import page_match, page_view

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
# When the next scheduled news item goes live: then the news topics move on
# though nobody edited anything.
SCHEDULE_KEY = f"portal:schedule:{RELEASE}"
SCHEDULE_SECONDS = 600
# What every page shows: the layout's profile of the academy.
LAYOUT_TOPICS = ("academy",)
# The topic of pages that do not say what they show: every change touches it.
EVERYTHING = "everything"
# Topics that move on when a scheduled item goes live: the lists that show
# it and every item's page (its own was a "not found" until then).
PUBLICATION_TOPICS = ("news", "news-pages")
_MISSING = object()
LOCAL_PARTS = 2048  # a few generations of every part in every language
LONGEST_NAME = 100  # a part's name, as its key has it; longer ones are hashed


class _RecentParts:
    """The parts this process used last, by key, each until it expires; the
    oldest make way."""

    def __init__(self, size):
        self.size = size
        self.items = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value, expires = self.items.get(key, (_MISSING, 0))
            if expires <= time.time():
                self.items.pop(key, None)
                return _MISSING
            self.items.move_to_end(key)
            return value

    def put(self, key, value, seconds):
        with self.lock:
            self.items[key] = (value, time.time() + seconds)
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


def topic_key(topic):
    return f"portal:topic:{RELEASE}:{topic}"


def bump(topics):
    """The pages showing `topics` are stale once the change is committed (all
    languages, all servers). Not before: a page made between the change and
    its commit reads the old rows, and would be kept as new."""
    if not topics:
        return
    keys = [topic_key(topic) for topic in (*topics, EVERYTHING)]
    if "news" in topics:
        keys.append(SCHEDULE_KEY)  # the item may be scheduled: when is the next?
    transaction.on_commit(lambda: cache_call(cache.delete_many, keys))


def _generations(topics):
    """{topic: generation}, in one round trip to the cache; a topic with none
    yet gets one (requests arriving together agree on it)."""
    keys = {topic_key(topic): topic for topic in topics}
    found = cache.get_many([*keys, SCHEDULE_KEY])
    if found.get(SCHEDULE_KEY, 0) <= time.time():
        _publish_scheduled(found)
    generations = {}
    for key, topic in keys.items():
        generation = found.get(key)
        if generation is None:
            generation = time.time_ns()
            if not cache.add(key, generation, None):
                generation = cache.get(key) or generation
        generations[topic] = generation
    return generations


def _publish_scheduled(found):
    """Once a scheduled item's time has come, the pages that will show it
    move on; the next such time is noted."""
    from django.apps import apps

    upcoming = apps.get_model("news", "Article").next_publication_timestamp()
    if SCHEDULE_KEY in found:  # a time noted before has come
        cache.delete_many([topic_key(topic) for topic in PUBLICATION_TOPICS])
        for topic in PUBLICATION_TOPICS:
            found.pop(topic_key(topic), None)
    cache.set(SCHEDULE_KEY, upcoming or time.time() + SCHEDULE_SECONDS, SCHEDULE_SECONDS)


def topic_generations(request, topics):
    """The generations of `topics`, read once a request (before the page
    reads any content: what it reads is then at least as new); None when
    the database cannot say (the page itself will then say what is wrong)
    or the cache cannot be reached (the page is then made without it)."""
    known = getattr(request, "_topic_generations", None)
    if known is None:
        known = request._topic_generations = {}
        # The page's parts show its topics: one round trip for them all.
        topics_read = (*topics, *page_topics(request))
    else:
        topics_read = topics
    wanted = [topic for topic in dict.fromkeys(topics_read) if topic not in known]
    if wanted:
        try:
            fetched = cache_call(_generations, wanted)
        except DatabaseError:
            fetched = None
        if fetched is None:
            return None
        known.update(fetched)
    return {topic: known[topic] for topic in topics}


def page_topics(request):
    """What the request's page shows: its view's `cache_topics`, "{slug}"
    and the like filled from its address; every topic where it does not say."""
    declared = getattr(page_view(request), "cache_topics", None)
    if declared is None:
        return (*LAYOUT_TOPICS, EVERYTHING)
    kwargs = page_match(request).kwargs
    return (*LAYOUT_TOPICS, *(topic.format(**kwargs) for topic in declared))


def generation_tag(generations):
    """One short name for a set of topics' generations."""
    text = ";".join(f"{topic}={generations[topic]}" for topic in sorted(generations))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _part_tag(request, topics):
    """generation_tag() of `topics`, worked out once a request (a page has
    many parts on the same topics: a card for each partner)."""
    tags = getattr(request, "_part_tags", None)
    if tags is None:
        tags = request._part_tags = {}
    if topics not in tags:
        generations = topic_generations(request, topics)
        tags[topics] = None if generations is None else generation_tag(generations)
    return tags[topics]


def shared_part(request, name, build, topics=LAYOUT_TOPICS):
    """`build()`'s result, made once per generation of `topics` (what it
    shows) and language.

    For what many pages show alike. Made afresh when there is no request, no
    generation or SHARED_CACHE_SECONDS is 0.
    """
    seconds = settings.SHARED_CACHE_SECONDS
    tag = _part_tag(request, topics) if request is not None and seconds else None
    if tag is None:
        return build()
    if len(name) > LONGEST_NAME:  # values from an address (?year=…) may be long
        name = hashlib.sha256(name.encode()).hexdigest()
    key = f"portal:part:{tag}:{get_language()}:{name}"
    value = _recent.get(key)
    if value is _MISSING:
        value = cache_call(cache.get, key, _MISSING, fallback=_MISSING)
        if value is _MISSING:
            value = build()
            cache_call(cache.set, key, value, seconds)
        _recent.put(key, value, seconds)
    return value
