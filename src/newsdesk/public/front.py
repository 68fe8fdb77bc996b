"""The page cache's front: a page already answered, sent before Django starts.

`PageCacheMiddleware` (`cache.py`) answers an anonymous GET from the shared
cache, but only after Django has built its request object, sent its request
signals and run the middleware in front of it: most of a hit's cost. This
WSGI layer keeps, in each process, the final answers (status, every header
the site sent, body) of the pages the middleware answered from the shared
cache or stored in it, and sends them again for the same request address
without entering Django.

It keeps the page cache's rules, because it is filled only by the page
cache, and checks them again in front:

- the same requests: GET only, never with a session cookie (an editor, or a
  reader signed in to a private page) or an `Authorization` header;
- the same address: the key is every part of the WSGI environment Django
  builds the absolute address from (scheme, proxy headers, host, server
  name and port, script name, path, query string);
- the same generation: it is read from the shared cache on every request,
  so a change made by any process shows at once, and a new one empties this
  memory;
- the same age: a page is dropped `PAGE_CACHE_SECONDS` after it was
  rendered (its forms carry a signed stamp that must not grow old).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.http.cookie import parse_cookie

from newsdesk import conf

from .cache import ENVIRON_GENERATION, ENVIRON_KEPT, cache_generation

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

# What Django builds a request's absolute address from.
ADDRESS = (
    "wsgi.url_scheme",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
)


# A page as the front keeps it: status line, every header sent, body.
Answer = tuple[str, list[tuple[str, str]], bytes]


class PageMemory:
    """The most recently answered pages of one generation, in this process.

    A least-recently-used store bounded in bytes of body; a new generation
    empties it, so it never holds a page the shared cache would not. Each
    page is dropped at the time it is put with (`PAGE_CACHE_SECONDS` after
    it was rendered, as in the shared cache: a page's forms carry a signed
    stamp that must not grow too old).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pages: OrderedDict[Hashable, tuple[float, Answer]] = OrderedDict()
        self._generation = ""
        self.bytes = 0

    def get(self, generation: str, key: Hashable) -> Answer | None:
        """Return the page stored under `key`, or None."""
        with self._lock:
            if generation != self._generation:
                self._reset(generation)
                return None
            found = self._pages.get(key)
            if found is None:
                return None
            expires, stored = found
            if time.time() >= expires:
                del self._pages[key]
                self.bytes -= len(stored[2])
                return None
            self._pages.move_to_end(key)
            return stored

    def put(
        self, generation: str, key: Hashable, stored: Answer, *, expires: float
    ) -> None:
        """Keep a page until `expires`, dropping the least recently used past
        the bound."""
        limit = int(conf.get("PAGE_CACHE_MEMORY_MB")) * 1024 * 1024
        size = len(stored[2])
        with self._lock:
            if generation != self._generation:
                self._reset(generation)
            if size > limit or key in self._pages or time.time() >= expires:
                return
            self._pages[key] = (expires, stored)
            self.bytes += size
            while self.bytes > limit:
                _, (_, dropped) = self._pages.popitem(last=False)
                self.bytes -= len(dropped[2])

    def clear(self) -> None:
        """Forget every page."""
        with self._lock:
            self._reset("")

    def __len__(self) -> int:
        return len(self._pages)

    def _reset(self, generation: str) -> None:
        self._pages.clear()
        self._generation = generation
        self.bytes = 0


def front_key(environ: dict[str, Any]) -> tuple[Any, ...]:
    """Return the request's address as the WSGI environment gives it."""
    proxy = settings.SECURE_PROXY_SSL_HEADER
    extra = environ.get(proxy[0]) if proxy else None
    return (extra, *map(environ.get, ADDRESS))


def may_answer(environ: dict[str, Any]) -> bool:
    """Return whether the page cache would answer this request at all."""
    if environ.get("REQUEST_METHOD") != "GET" or "HTTP_AUTHORIZATION" in environ:
        return False
    cookie = environ.get("HTTP_COOKIE")
    if cookie:
        text = cookie.encode("iso-8859-1").decode(errors="replace")
        return settings.SESSION_COOKIE_NAME not in parse_cookie(text)
    return True


class PageCacheFront:
    """WSGI middleware: answer again what the page cache answered."""

    def __init__(self, application: WSGIApp) -> None:
        self.application = application
        self.memory = PageMemory()

    def __call__(
        self, environ: dict[str, Any], start_response: StartResponse
    ) -> Iterable[bytes]:
        if not may_answer(environ):
            return self.application(environ, start_response)
        key = front_key(environ)
        if len(self.memory):  # nothing kept: leave the generation to Django
            generation = cache_generation()
            environ[ENVIRON_GENERATION] = generation
            found = self.memory.get(generation, key)
            if found is not None:
                status, headers, body = found
                start_response(status, list(headers))  # a server may add to it
                return [body]
        answered: list[Any] = []

        def capture(status: str, headers: list[tuple[str, str]], *exc: Any) -> Any:
            answered[:] = [status, headers]
            return start_response(status, headers, *exc)

        result = self.application(environ, capture)
        kept = environ.get(ENVIRON_KEPT)
        if kept is not None and answered and isinstance(result, HttpResponse):
            generation, expires = kept
            status, headers = answered
            headers = [
                (name, "hit" if name == "X-Page-Cache" else value)
                for name, value in headers
            ]
            self.memory.put(
                generation, key, (status, headers, result.content), expires=expires
            )
        return result
