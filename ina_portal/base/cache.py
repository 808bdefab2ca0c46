"""Whole-response cache of the public site for anonymous readers and of the open data API.

Responses live in Django's cache (CACHE_URL: by default files that the workers of one
machine share; Redis or memcached when several app servers share it) under a content
generation number. Every change to a content record bumps the number, so an editor's
save shows with the next request, on every worker, and old pages expire.

The cache is an aid, never a dependency: when its server fails, pages are rendered,
saves succeed and the failure is logged (cache_or_default).
"""

import hashlib
import logging
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.base import BaseCache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.text import compress_string
from django.utils.translation import get_language_from_request

from . import content

logger = logging.getLogger(__name__)


def cache_errors():
    """What a failing cache server raises: a socket error, or its client library's error."""
    errors = [OSError]
    try:
        from redis.exceptions import RedisError

        errors.append(RedisError)
    except ImportError:
        pass
    try:
        from pymemcache.exceptions import MemcacheError

        errors.append(MemcacheError)
    except ImportError:
        pass
    return tuple(errors)


CACHE_ERRORS = cache_errors()
# After a failure each worker leaves the cache alone this long, so that a cache server
# that is down costs one failed call per worker and interval, not several per request.
CACHE_RETRY_SECONDS = 2.0
_cache_resting_until = 0.0


def cache_or_default(call, default=None):
    """call() on Django's cache, or `default` (logged) while the cache server fails."""
    global _cache_resting_until
    if time.monotonic() < _cache_resting_until:
        return default
    try:
        return call()
    except CACHE_ERRORS:
        _cache_resting_until = time.monotonic() + CACHE_RETRY_SECONDS
        logger.warning("The cache is unavailable; going on without it.", exc_info=True)
        return default


def cache_is_available():
    """Whether the cache server answers now (the readiness check)."""
    global _cache_resting_until
    _cache_resting_until = 0.0
    return cache_or_default(lambda: cache.set("ina:ready", 1, 10) or True, default=False)


GENERATION_KEY = "ina:content-generation"
# Changed whenever CachedPage moves or changes shape: a shared cache may still hold pages
# pickled by the version before an upgrade, which this one could not read (v2: the class
# moved from ina_portal.cache to ina_portal.base.cache).
PAGE_KEY_PREFIX = "ina:page:v2"

# django.contrib.messages names its cookie "messages", with no setting to change it.
MESSAGES_COOKIE = "messages"

UNCACHEABLE_DIRECTIVES = frozenset({"private", "no-cache", "no-store"})

# Query parameters the public pages read (list filters and pagination). A request
# with any other parameter, or an overlong query string, is answered but not stored:
# junk parameters would otherwise let anyone fill the cache with copies of a page.
CACHEABLE_QUERY_PARAMS = frozenset(
    {"page", "topic", "country", "status", "level", "goal", "kind", "month", "city"}
    | {"network", "pillar"}
)
MAX_CACHEABLE_QUERY_STRING = 200
# The open data API: anonymous whatever cookies come along, and it negotiates language
# (?lang=, else Accept-Language) and format (?format=, else Accept) per request.
API_PREFIX = "/api/"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
GZIP_PADDING = GZipMiddleware.max_random_bytes


# A bump this worker could not make while the cache failed, made once it answers again:
# otherwise pages stored before the failure could outlive a save made during it.
_bump_pending = False


def cache_incr(key, timeout):
    """cache.incr(key), the key then expiring `timeout` seconds on (None: never) on every
    backend: Django's generic incr (the file cache's) stores the new number under the
    cache's default timeout, where Redis, memcached and locmem keep the key's own."""
    value = cache.incr(key)
    if type(caches[DEFAULT_CACHE_ALIAS]).incr is BaseCache.incr:
        cache.touch(key, timeout)
    return value


def content_generation():
    """The current content generation number (None when caching is a dummy or down)."""
    if _bump_pending:
        content_generation_bump()
    generation = cache_or_default(lambda: cache.get(GENERATION_KEY))
    if generation is None:
        # Seeded from the clock, not from 1: should the cache evict the number, a
        # fresh start must not meet pages stored under an older, equal number.
        cache_or_default(
            lambda: cache.add(GENERATION_KEY, time.time_ns() // 1_000_000, timeout=None)
        )
        generation = cache_or_default(lambda: cache.get(GENERATION_KEY))
    return generation


def for_the_generation(key, compute):
    """compute(), kept in the cache for the content generation as long as pages are
    (PAGE_CACHE_SECONDS): a part of a page that reads the whole of some data, such as the
    partner map or a filter's most used choices, is worked out once per edit. `key` names
    the part and everything it depends on but the generation (the language, say); the
    value must be picklable. Without the page cache, or while the cache fails, compute()
    runs every time."""
    seconds = settings.PAGE_CACHE_SECONDS
    generation = content_generation() if seconds > 0 else None
    if generation is None:
        return compute()
    full_key = f"ina:part:{generation}:{key}"
    value = cache_or_default(lambda: cache.get(full_key))
    if value is None:
        value = compute()
        cache_or_default(lambda: cache.set(full_key, value, seconds))
    return value


def content_generation_bump():
    """Make every cached page stale; never fails, so neither does the save behind it."""
    global _bump_pending
    _bump_pending = True
    try:
        bumped = cache_or_default(
            lambda: cache_incr(GENERATION_KEY, timeout=None) or True, default=False
        )
    except ValueError:
        # No number in the cache (evicted, or a fresh cache): a new one is as good.
        _bump_pending = False
        content_generation()
        return
    if bumped:
        _bump_pending = False


def content_changed(sender, **kwargs):
    """Signal receiver for post_save, post_delete and m2m_changed: a change to any model
    of an app with content kinds (content.py), but for its private ones, makes every
    cached page stale."""
    if not content.is_public_model(sender):
        return
    if kwargs.get("action", "post_").startswith("pre_"):
        return
    content_generation_bump()
    # Again once the transaction commits: a request rendered between the first bump
    # and the commit saw the old rows and stored them under the new number.
    transaction.on_commit(content_generation_bump, using=kwargs.get("using"))


def is_api(request):
    return request.path.startswith(API_PREFIX)


def page_key(request, generation):
    # Scheme and host are part of the page (canonical and hreflang links).
    identity = [request.build_absolute_uri()]
    if is_api(request):
        language = request.GET.get("lang") or get_language_from_request(request)
        identity += [language, request.headers.get("Accept", "")]
    digest = hashlib.sha256("|".join(identity).encode()).hexdigest()
    return f"{PAGE_KEY_PREFIX}:{generation}:{digest}"


def is_cacheable_request(request):
    if not (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and len(request.META.get("QUERY_STRING", "")) <= MAX_CACHEABLE_QUERY_STRING
    ):
        return False
    if is_api(request):
        # Its views say which parameters they read (reads_only_its_parameters).
        return True
    return (
        request.path.startswith(tuple(f"/{code}/" for code, _name in settings.LANGUAGES))
        # A session (a signed-in user) or a flash message makes the page personal.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and CACHEABLE_QUERY_PARAMS.issuperset(request.GET)
    )


def has_filter_errors(response):
    """A list answering an invalid filter value: one copy per bad value is not worth keeping."""
    context = getattr(response, "context_data", None) or {}
    filterset = context.get("filter")
    return filterset is not None and bool(filterset.form.errors)


def reads_only_its_parameters(request, response):
    """Whether the page reads every query parameter it was asked with: its filters, its
    page number, and what its view declares (`cache_query_params`). A page asked with
    parameters it ignores (`?city=x` on a list without that filter) is answered but not
    stored, so junk values cannot fill the cache with copies of it. API responses read
    what their view declares; other responses without a template context (feeds,
    calendars) keep to CACHEABLE_QUERY_PARAMS."""
    renderer_context = getattr(response, "renderer_context", None)
    if renderer_context is not None:
        view = renderer_context.get("view")
        return set(getattr(view, "cache_query_params", ())).issuperset(request.GET)
    context = getattr(response, "context_data", None)
    if context is None:
        return True
    allowed = set(getattr(context.get("view"), "cache_query_params", ()))
    if (filterset := context.get("filter")) is not None:
        allowed |= set(filterset.filters)
    if context.get("page_obj") is not None:
        allowed.add(getattr(context.get("view"), "page_kwarg", "page"))
    return allowed.issuperset(request.GET)


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not reads_only_its_parameters(request, response):
        return False
    directives = {
        part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")
    }
    if directives & UNCACHEABLE_DIRECTIVES or has_filter_errors(response):
        return False
    # A page carrying this request's CSP nonce would break scripts for everyone else.
    nonce = get_nonce(request)
    return not (nonce and str(nonce).encode() in response.content)


@dataclass(frozen=True)
class CachedPage:
    """A page as stored: its body, a gzip copy of it, and the headers set inside."""

    content: bytes
    compressed: bytes | None
    headers: dict

    @classmethod
    def from_response(cls, response):
        # The ETag is the one ConditionalGetMiddleware would give the page uncompressed,
        # so that it is the same whether the page was rendered or cached, gzipped or not.
        set_response_etag(response)
        content = response.content
        compressed = None
        if len(content) >= 200 and not response.has_header("Content-Encoding"):
            # Compressed once per stored page rather than once per request: the random
            # padding against BREACH then changes with the page, which is fine for
            # public pages that carry no secrets.
            compressed = compress_string(content, max_random_bytes=GZIP_PADDING)
            if len(compressed) >= len(content):
                compressed = None
        headers = {k: v for k, v in response.items() if k.lower() != "content-length"}
        return cls(content, compressed, headers)

    def response(self, request):
        if self.compressed and ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
            response = HttpResponse(self.compressed, headers=self.headers)
            response.headers["Content-Encoding"] = "gzip"
            response.headers["ETag"] = f"W/{self.headers['ETag']}"
        else:
            response = HttpResponse(self.content, headers=self.headers)
        if self.compressed:
            patch_vary_headers(response, ("Accept-Encoding",))
        response.headers["Content-Length"] = str(len(response.content))
        return response


class PublicPageCacheMiddleware:
    """Serve anonymous GET requests for public pages from the cache.

    Sits outside the session, CSRF and message middleware (so it sees their cookies)
    and inside CSP, GZip and ConditionalGet: the nonce header, compression of freshly
    rendered pages and 304 answers stay per request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        generation = content_generation()
        if generation is None:
            return self.get_response(request)
        key = page_key(request, generation)
        cached = cache_or_default(lambda: cache.get(key))
        if cached is not None:
            return cached.response(request)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            page = CachedPage.from_response(response)
            cache_or_default(lambda: cache.set(key, page, settings.PAGE_CACHE_SECONDS))
        return response
