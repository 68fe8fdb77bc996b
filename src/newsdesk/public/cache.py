"""The page cache: whole anonymous GET responses, fresh after every change.

Every cached page's key holds the site's cache *generation*, a random token
kept in the cache itself. Publishing, unpublishing, moving or deleting a page,
moderating a comment or saving the site settings draws a new token
(`page_cache_invalidate`), so every page is rendered afresh on its next
request; the old entries are never read again and expire on their own. A
random token, not a counter: if the cache loses the generation key (culling,
eviction, a restart of Redis), a new token is drawn and no old page can come
back.

In front of Django, each process keeps the final answers of the pages this
middleware answered or stored (`front.PageCacheFront`, a WSGI layer, in a
`PageMemory` bounded by `NEWSDESK["PAGE_CACHE_MEMORY_MB"]`): a hit then
costs no file read, no unpickling and no Django request. The generation is
still read from the shared cache on every request, so a change made by any
process is seen at once.
"""

import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from http.cookies import SimpleCookie
from typing import Any

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re

from newsdesk import conf

logger = logging.getLogger(__name__)

GENERATION_KEY = "newsdesk:page-cache:generation"
# The generation read for a request, remembered on it (`fragments.generation_for`).
REQUEST_GENERATION = "_newsdesk_generation"
# Set in the WSGI environment by the front (`front.py`): the generation it
# read for this request; and by the middleware for the front: this answer is
# the page cache's, of that generation, to be kept until that time.
ENVIRON_GENERATION = "newsdesk.page_cache.generation"
ENVIRON_KEPT = "newsdesk.page_cache.kept"
UNCACHEABLE = {"private", "no-cache", "no-store"}


# A file cache's generation file, by path: its bytes when read, and its value.
_generation_files: dict[str, tuple[bytes, str]] = {}


def cache_generation() -> str:
    """Return the current generation, drawing one when the cache has none.

    With the file cache (the default) the generation's file is read as
    bytes and compared with the bytes last seen, instead of unpickled on
    every request (Django's `get` also makes the key, checks the expiry
    and decompresses). A new generation is a new random token, so other
    bytes. Not its `stat`: a file replaced twice within the file system's
    clock tick can get the first one's inode back, and look unchanged.
    """
    backend = caches[DEFAULT_CACHE_ALIAS]
    if not isinstance(backend, FileBasedCache):
        return _generation_read()
    path = backend._key_to_file(GENERATION_KEY)
    raw = _raw(path)
    seen = _generation_files.get(path)
    if raw is not None and seen is not None and seen[0] == raw:
        return seen[1]
    value = _generation_read()
    # Kept only if the file held the same bytes before and after the read.
    if raw is not None and _raw(path) == raw:
        _generation_files[path] = (raw, value)
    return value


def _raw(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _generation_read() -> str:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        value = cache.get(GENERATION_KEY) or ""
    return str(value)


def _generation_renew() -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def page_cache_invalidate(*, reason: str) -> None:
    """Make every cached page stale, now and again when the transaction commits.

    The second renewal closes the race where a reader renders the old content
    between the change and its commit and stores it under the new generation.
    """
    _generation_renew()
    transaction.on_commit(_generation_renew)
    logger.debug("page_cache_invalidated", extra={"reason": reason})


def page_key(request: HttpRequest, generation: str) -> str:
    """Return the cache key of the page at the request's full address."""
    address = request.build_absolute_uri().encode()
    return f"newsdesk:page:v2:{generation}:{hashlib.sha256(address).hexdigest()}"


def request_is_cacheable(request: HttpRequest) -> bool:
    """Return whether the request is an anonymous GET of a public page."""
    if request.method != "GET" or not conf.get("PAGE_CACHE"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # signed in (or was): an editor never gets a cached page
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(tuple(conf.get("PAGE_CACHE_EXEMPT")))


def response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    """Return whether the response is the same for every anonymous reader."""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a per-reader cookie or CSRF token is in the response
    if getattr(request, "is_preview", False):
        return False
    directives = cc_delim_re.split(response.get("Cache-Control", "").lower())
    return not UNCACHEABLE.intersection(d.split("=")[0].strip() for d in directives)


# A page as the shared cache keeps it: status, headers, body, when rendered.
Frozen = tuple[int, list[tuple[str, str]], bytes, float]


def _frozen(response: HttpResponse) -> Frozen:
    return response.status_code, list(response.items()), response.content, time.time()


def _thawed(stored: Frozen) -> HttpResponse:
    status, headers, content, _ = stored
    response = HttpResponse(content, status=status)
    # The headers were checked when the page was first answered: put them
    # back as Django's `ResponseHeaders` keeps them (lower-case name → pair).
    response.headers._store.update(
        (name.lower(), (name, value)) for name, value in headers
    )
    response.cookies = SimpleCookie()
    response["X-Page-Cache"] = "hit"
    return response


def _keep_in_front(request: HttpRequest, generation: str, rendered: float) -> None:
    """Tell the front (`front.py`) it may answer this address again itself."""
    if generation:  # none: a cache that keeps nothing (the mirror's export)
        expires = rendered + float(conf.get("PAGE_CACHE_SECONDS"))
        request.META[ENVIRON_KEPT] = (generation, expires)


class PageCacheMiddleware:
    """Serve anonymous GET pages from the cache; store the ones that may be."""

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> Any:
        if not request_is_cacheable(request):
            return self.get_response(request)
        # Read by the front already when it keeps pages; else read here.
        generation = request.META.get(ENVIRON_GENERATION) or cache_generation()
        # A miss renders with the same generation: read once per request.
        setattr(request, REQUEST_GENERATION, generation)
        try:
            key = page_key(request, generation)
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware answers 400
        stored = cache.get(key)
        if stored is not None:
            _keep_in_front(request, generation, stored[3])
            return _thawed(stored)
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            stored = _frozen(response)
            cache.set(key, stored, conf.get("PAGE_CACHE_SECONDS"))
            _keep_in_front(request, generation, stored[3])
            response["X-Page-Cache"] = "miss"
        return response
