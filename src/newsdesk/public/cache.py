"""HTTP caching of public pages: the headers, and the server-side page cache.

One middleware decides, for every response, what caches may do with it
(docs/decisions/0001-page-caching.md):

- an anonymous GET of a public page, answered the same to every reader (no
  cookie set, not a preview), is *public*: `Cache-Control: max-age=<browser
  seconds>, s-maxage=<shared seconds>`. nginx (docs/deploy/nginx.conf) and
  the server-side cache below keep it; `Vary` is left as Django's middleware
  set it (`Cookie`, when the page read the session).
- anything else (a signed-in editor, a POST, a form with its errors, a
  response setting a cookie such as CSRF's, the admin) is *private*:
  Django's `add_never_cache_headers`, unless the view chose its own.

The server-side cache is Django's cache framework, keyed as Django's own
per-site cache keys pages (`get_cache_key` / `learn_cache_key`, so `Vary`
is honoured), under a prefix holding the site's cache *generation*: a random
token kept in the cache. Every change to public content draws a new one
(`page_cache_invalidate`, called from `signals.py`), so every page is
rendered afresh on its next request, in every process at once; old entries
are never read again and expire on their own. A random token, not a
counter: if the cache loses the key (eviction, a restart of Redis), a new
token is drawn and no old page can come back.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_cache_key,
    learn_cache_key,
    patch_cache_control,
)

from newsdesk import conf

logger = logging.getLogger(__name__)

GENERATION_KEY = "newsdesk:page-cache:generation"
# The generation read for a request, remembered on it (context_processors.py).
REQUEST_GENERATION = "newsdesk_generation"
HIT_HEADER = "X-Page-Cache"
UNSHARED = {"private", "no-cache", "no-store"}


def caching_on() -> bool:
    """Tell whether any caching is allowed (`NEWSDESK_CACHE=off` turns it off)."""
    return bool(conf.get("CACHE"))


def cache_generation() -> str:
    """Return the current generation, drawing one when the cache has none."""
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


def request_is_public(request: HttpRequest) -> bool:
    """Return whether the request is an anonymous GET of a public page."""
    if request.method not in ("GET", "HEAD") or not caching_on():
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # signed in (or was): an editor never gets a shared page
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(tuple(conf.get("PAGE_CACHE_EXEMPT")))


def response_is_public(request: HttpRequest, response: HttpResponse) -> bool:
    """Return whether the response is the same for every anonymous reader."""
    if response.status_code not in (200, 404) or response.streaming:
        return False
    if response.cookies or getattr(request, "is_preview", False):
        return False  # a per-reader cookie (CSRF's, a session), or a draft
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in UNSHARED)


def headers_public(response: HttpResponse) -> None:
    """Let browsers keep the page briefly and shared caches (nginx) longer."""
    patch_cache_control(
        response,
        max_age=int(conf.get("BROWSER_CACHE_SECONDS")),
        s_maxage=int(conf.get("PAGE_CACHE_SECONDS")),
    )


def headers_private(response: HttpResponse) -> HttpResponse:
    """Keep the response out of every shared cache, unless the view decided."""
    if not response.has_header("Cache-Control"):
        add_never_cache_headers(response)
    return response


def pages_cache() -> Any:
    """Return the cache the pages are kept in (Django's `CACHE_MIDDLEWARE_ALIAS`)."""
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def key_prefix(generation: str) -> str:
    """Return the key prefix of the pages of one generation."""
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.{generation}"


@contextmanager
def language_neutral(request: HttpRequest) -> Iterator[None]:
    """Key pages by address only: Django's keys end with the request's language.

    An address names its language (`/fa/…`, public/i18n.py), but the
    language is known only after this middleware looks a page up (and for an
    item, only once its page is found): keyed by it, a page kept in Persian
    would be looked up under English, and missed.
    """
    had = getattr(request, "LANGUAGE_CODE", None)
    request.LANGUAGE_CODE = settings.LANGUAGE_CODE
    try:
        with translation.override(settings.LANGUAGE_CODE):
            yield
    finally:
        if had is None:
            del request.LANGUAGE_CODE
        else:
            request.LANGUAGE_CODE = had


class PageCacheMiddleware:
    """Set caching headers on every response; keep and serve public pages."""

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> Any:
        if not request_is_public(request):
            return headers_private(self.get_response(request))
        if not conf.get("PAGE_CACHE"):
            return self.answer(request)
        generation = cache_generation()
        # A miss renders with the same generation: read once per request.
        setattr(request, REQUEST_GENERATION, generation)
        try:
            found = self.fetch(request, key_prefix(generation))
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware answers 400
        if found is not None:
            return found
        return self.answer(request, key_prefix(generation))

    def fetch(self, request: HttpRequest, prefix: str) -> HttpResponse | None:
        """Return the kept page for this request, marked as a hit, or None."""
        with language_neutral(request):
            key = get_cache_key(request, prefix, "GET", cache=pages_cache())
        found = pages_cache().get(key) if key else None
        if found is not None:
            found[HIT_HEADER] = "hit"
        return found

    def answer(self, request: HttpRequest, prefix: str | None = None) -> Any:
        """Render the page; mark it public, and keep it when `prefix` is given."""
        response = self.get_response(request)
        if not response_is_public(request, response):
            return headers_private(response)
        headers_public(response)
        # In one piece: Django's feed writer leaves the body in ~1,000 small
        # chunks, and gunicorn sends each chunk of a body on its own.
        response.content = response.content
        if prefix is not None and request.method == "GET":
            self.store(request, response, prefix)
        return response

    def store(self, request: HttpRequest, response: HttpResponse, prefix: str) -> None:
        """Keep a rendered page under the key Django's cache keys derive."""
        seconds = int(conf.get("PAGE_CACHE_SECONDS"))
        pages = pages_cache()
        with language_neutral(request):
            key = learn_cache_key(request, response, seconds, prefix, cache=pages)
        response[HIT_HEADER] = "miss"
        # Django's handler has rendered a TemplateResponse before this runs.
        pages.set(key, response, seconds)
