"""The HTML of listing items as the theme caches it, for the static mirror.

`public/includes/listing.html` caches each item with `{% cache … "listing-item"
item.pk fragment_version %}`; these functions read and write the same
entries through Django's documented key (`make_template_fragment_key`), so
the mirror can assemble a listing's pages from items already rendered, and
put back items kept from an earlier export.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.cache import BaseCache, InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.http import HttpRequest

from newsdesk import conf

from .context_processors import content_version

ITEM_FRAGMENT = "listing-item"


def fragment_cache() -> BaseCache:
    """Return the cache `{% cache %}` uses (as Django's tag chooses it)."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


def item_key(request: HttpRequest, pk: int, version: str | None = None) -> str:
    """Return the cache key of one listing item's HTML for this request's site."""
    if version is None:
        version = content_version(request)
    return make_template_fragment_key(ITEM_FRAGMENT, [pk, version])


def items_html(request: HttpRequest, pks: Iterable[int]) -> dict[int, str]:
    """Return the cached HTML of the items `pks` that are cached, by id."""
    version = content_version(request)
    keys = {item_key(request, pk, version): pk for pk in pks}
    found = fragment_cache().get_many(list(keys))
    return {keys[key]: str(html) for key, html in found.items()}


def items_keep(request: HttpRequest, items: dict[int, str]) -> int:
    """Cache `items` (HTML by id) as the listing template would; return how many."""
    if not items:
        return 0
    version = content_version(request)
    entries = {item_key(request, pk, version): html for pk, html in items.items()}
    seconds = int(conf.get("FRAGMENT_CACHE_SECONDS"))
    fragment_cache().set_many(entries, timeout=seconds)
    return len(entries)
