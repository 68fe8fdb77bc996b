"""Listing orders (which posts a listing shows, newest first), cached.

Counting and slicing tens of thousands of posts on every listing page costs
more than the rest of the page; the order is kept in Django's cache under
a *listing version* that every change to which posts are listed renews
(publishing, unpublishing, moving or deleting a page, a view restriction;
connected in `apps.py`). Old orders are never read again and expire.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail import signals as wagtail_signals
from wagtail.models import Page, PageViewRestriction

from newsdesk import conf

VERSION_KEY = "newsdesk:listings:version"


def listing_version() -> str:
    """Return the current listing version, drawing one if the cache has none."""
    found = cache.get(VERSION_KEY)
    if found is None:
        found = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, found, timeout=None):
            found = cache.get(VERSION_KEY) or found
    return str(found)


def listing_version_renew(**kwargs: Any) -> None:
    """Draw a new listing version: every kept order is read afresh."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def listing_order(scope: Hashable, build: Callable[[], list[int]]) -> Sequence[int]:
    """Return the ids `build()` lists for `scope`, kept until the version changes."""
    key = f"newsdesk:listing:{listing_version()}:{hash_of(scope)}"
    seconds = int(conf.get("FRAGMENT_CACHE_SECONDS"))
    found: Sequence[int] = cache.get_or_set(key, build, timeout=seconds)
    return found


def hash_of(scope: Hashable) -> str:
    """Return a short, stable name for `scope` (a tuple of ids, slugs, numbers)."""
    return hashlib.sha256(repr(scope).encode()).hexdigest()[:32]


def _on_delete(sender: Any, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, (Page, PageViewRestriction)):
        listing_version_renew()


def _on_save(sender: Any, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, PageViewRestriction):
        listing_version_renew()


def connect() -> None:
    """Renew the version on each change to which posts are listed."""
    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.post_page_move,
    ):
        signal.connect(listing_version_renew, dispatch_uid=f"listings-{id(signal)}")
    post_delete.connect(_on_delete, dispatch_uid="listings-delete")
    post_save.connect(_on_save, dispatch_uid="listings-save")
