"""Pieces of public pages kept in memory, fresh after every change.

A page that is not in the page cache (`cache.py`) is rendered afresh, but
most of what it shows is shared with thousands of other pages: the header's
sections, the footer, the aims, one listing item that appears on the home
page, its section, its tags and its month. `memoised` keeps such pieces in
this process, under the page cache's *generation*: every change that renews
the generation (publishing, moving, moderating, saving the settings; see
`signals.py`) empties the store on the next request, so a piece is never
older than the page around it. Each process has its own store, bounded by
`NEWSDESK["FRAGMENT_CACHE_SIZE"]` entries (least recently used go first;
0 turns it off).

Only what every anonymous reader sees the same may be kept here: never a
form's per-reader token, never anything that depends on who is signed in.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.http import HttpRequest

from newsdesk import conf

from .cache import REQUEST_GENERATION, cache_generation

T = TypeVar("T")
_REQUEST_ATTRIBUTE = REQUEST_GENERATION
# The request being answered in this thread, for code that has none at hand
# (Wagtail asks a page for its view restrictions without the request).
_current_request: ContextVar[HttpRequest | None] = ContextVar(
    "newsdesk_current_request", default=None
)
_lock = threading.Lock()
_store: OrderedDict[Hashable, Any] = OrderedDict()
_generation: list[str | None] = [None]
Watcher = Callable[[Hashable, Any], None]
_watcher: list[Watcher | None] = [None]  # the static mirror's, while exporting


def generation_for(request: HttpRequest | None) -> str:
    """Return the cache generation, read once per request (and remembered on it).

    Without a request, the one being answered in this thread is used
    (`answering`); outside any request the generation is read afresh.
    """
    if request is None:
        request = _current_request.get()
        if request is None:
            return cache_generation()
    found = getattr(request, _REQUEST_ATTRIBUTE, None)
    if found is None:
        found = cache_generation()
        setattr(request, _REQUEST_ATTRIBUTE, found)
    return str(found)


@contextmanager
def answering(request: HttpRequest) -> Iterator[None]:
    """Make `request` the one `generation_for(None)` reads from while answering it."""
    token = _current_request.set(request)
    try:
        yield
    finally:
        _current_request.reset(token)


def memoised(
    key: Hashable, build: Callable[[], T], *, request: HttpRequest | None
) -> T:
    """Return the piece stored under `key`, building and keeping it on a miss.

    `key` must name everything the piece depends on beyond published content
    (the site, the item, the year shown in a footer, …).
    """
    size = int(conf.get("FRAGMENT_CACHE_SIZE"))
    if size <= 0:
        return build()
    generation = generation_for(request)
    if not generation:
        return build()  # a cache that keeps nothing (dummy): no change is seen
    with _lock:
        if _generation[0] != generation:
            _store.clear()
            _generation[0] = generation
        elif key in _store:
            _store.move_to_end(key)
            return _store[key]  # type: ignore[no-any-return]
    value = build()
    with _lock:
        if _generation[0] == generation:
            _store[key] = value
            while len(_store) > size:
                _store.popitem(last=False)
    watcher = _watcher[0]
    if watcher is not None:
        watcher(key, value)
    return value


def is_memoised(key: Hashable, *, request: HttpRequest | None) -> bool:
    """Tell whether `key` is stored for this generation (to load only the misses)."""
    return _find(key, request) is not _MISSING


def peek(key: Hashable, *, request: HttpRequest | None) -> Any:
    """Return the piece stored under `key` for this generation, or None.

    For pieces that are never None: a piece not kept is not built here.
    """
    found = _find(key, request)
    return None if found is _MISSING else found


_MISSING = object()


def _find(key: Hashable, request: HttpRequest | None) -> Any:
    """Return the piece kept under `key` for this generation, or `_MISSING`."""
    if int(conf.get("FRAGMENT_CACHE_SIZE")) <= 0:
        return _MISSING
    generation = generation_for(request)
    if not generation:
        return _MISSING
    with _lock:
        if _generation[0] != generation or key not in _store:
            return _MISSING
        _store.move_to_end(key)
        return _store[key]


def fragments_watch(watcher: Watcher | None) -> None:
    """Call `watcher(key, piece)` for each piece built from now on (None: stop).

    The static mirror keeps some pieces between exports (`mirror/pieces.py`).
    """
    _watcher[0] = watcher


def fragments_seed(
    pieces: Mapping[Hashable, Any], *, request: HttpRequest | None
) -> int:
    """Keep `pieces` in this generation as if just built; return how many.

    Only for pieces known to be what a build would return now (the mirror's
    listing items whose page has not changed since they were built).
    """
    size = int(conf.get("FRAGMENT_CACHE_SIZE"))
    generation = generation_for(request)
    if size <= 0 or not generation:
        return 0
    with _lock:
        if _generation[0] != generation:
            _store.clear()
            _generation[0] = generation
        _store.update(pieces)
        while len(_store) > size:
            _store.popitem(last=False)
        return min(len(pieces), size)


def fragments_clear() -> None:
    """Forget every stored piece (a new export, or a test, starts clean)."""
    with _lock:
        _store.clear()
        _generation[0] = None


def fragments_count() -> int:
    """Return how many pieces this process holds."""
    return len(_store)
