"""One page of a listing (home, section, archive), built from memoised pieces.

A listing's order (the ids of its posts, newest first) is kept per
generation (`fragments.memoised`), so its count and any page of it, however
deep, cost no query. Each item's HTML is kept too, shared by every listing
that shows the item (`{% fragment "listing-item" %}` in the listing
template); only the items not kept yet are loaded, in one batch.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page as ListingPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site, get_page_models

from newsdesk import conf
from newsdesk.newsroom import selectors
from newsdesk.newsroom.selectors import ArchiveFilter

from .fragments import answering, is_memoised, memoised, peek

ITEM_FRAGMENT = "listing-item"
LISTING_TEMPLATE = "public/includes/listing.html"
FILL_BATCH = 500  # items loaded and rendered at a time by `listings_fill`
# The listing page a request showed, kept on the request: the static mirror
# reads it to assemble a listing's other pages from the same items.
LISTING_SHOWN = "newsdesk_listing_shown"


def listing_page(
    request: HttpRequest,
    *,
    root: Page,
    number: int,
    archive: ArchiveFilter | None = None,
) -> ListingPage:
    """Return page `number` of the posts below `root` (raises EmptyPage)."""
    ordered = listing_order(request, root=root, archive=archive)
    listing = Paginator(ordered, conf.get("PAGE_SIZE")).page(number)
    listing.object_list = listed_items(request, list(listing.object_list))
    setattr(request, LISTING_SHOWN, listing)
    return listing


def listing_order(
    request: HttpRequest, *, root: Page, archive: ArchiveFilter | None
) -> Sequence[int]:
    """Return the ids of the listing's posts, newest first, kept per generation."""
    key = ("listing-order", root.pk, _archive_key(archive))
    return memoised(key, lambda: _ordered_ids(root, archive), request=request)


def _ordered_ids(root: Page, archive: ArchiveFilter | None) -> array[int]:
    # An array of machine integers: 8 bytes an item, not a Python int's 36.
    return array("q", selectors.post_listing_pks(root=root, archive=archive))


def _archive_key(archive: ArchiveFilter | None) -> Hashable:
    if archive is None:
        return None
    outlet = archive.outlet.pk if archive.outlet else None
    return (archive.tag, outlet, archive.language, archive.year, archive.month)


class ListedItem(SimpleLazyObject):  # type: ignore[misc]
    """A post in a listing: its id now, the page itself only when rendered.

    An item whose HTML is kept is never loaded; one that is not kept was
    loaded with the other misses (`page`), or is loaded alone on first use.
    """

    def __init__(self, pk: int, page: Page | None = None) -> None:
        super().__init__(lambda: _one_post(pk))
        self.__dict__["listed_pk"] = pk
        if page is not None:
            self._wrapped = page


def _one_post(pk: int) -> Any:
    found = selectors.posts_with_sources([pk])
    return found[0] if found else None


def item_key(request: HttpRequest, pk: int) -> Hashable:
    """Return the store's key for one item's HTML (as the template tag makes it)."""
    from .templatetags.fragments import fragment_key

    return fragment_key(request, ITEM_FRAGMENT, (pk,))


def kept_item_html(request: HttpRequest, pk: int) -> str | None:
    """Return one item's kept HTML, or None if it is not kept (the mirror's)."""
    html = peek(item_key(request, pk), request=request)
    return html if isinstance(html, str) else None


def _kept(request: HttpRequest, pk: int) -> bool:
    return is_memoised(item_key(request, pk), request=request)


def listed_items(request: HttpRequest, pks: list[int]) -> list[ListedItem]:
    """Return the listing's items, loading (in one batch) only those not kept."""
    missing = [pk for pk in pks if not _kept(request, pk)]
    found = selectors.posts_with_sources(missing) if missing else []
    loaded = {page.pk: page for page in found}
    return [ListedItem(pk, loaded.get(pk)) for pk in pks]


@dataclass
class Filled:
    """What `listings_fill` built: sites, listing orders, items, and how long."""

    sites: int = 0
    orders: int = 0
    items: int = 0
    seconds: float = 0.0


Progress = Callable[[int, int], None]


def listings_fill(*, progress: Progress | None = None) -> Filled:
    """Build, in this process, each listing's order and each listed item's HTML.

    Exactly what the first request of each listing would build and keep
    (`listing_order`, the `listing-item` fragment of the listing template),
    under the current generation: `newsdesk serve` calls this before its
    workers fork, so each starts with them. Never a page. At most half the
    store's size of items is built (the newest), so nothing built is pushed
    out again. `progress(done, total)` is called after each batch of items.
    """
    started = time.monotonic()
    filled = Filled()
    budget = int(conf.get("FRAGMENT_CACHE_SIZE")) // 2
    for site in Site.objects.select_related("root_page").order_by("pk"):
        request = _site_request(site)
        with answering(request):
            root = site.root_page
            pks = list(listing_order(request, root=root, archive=None))
            filled.orders += 1 + _orders_fill(request, root)
            filled.items += _items_fill(request, pks[:budget], progress)
        budget -= min(budget, len(pks))
        filled.sites += 1
    filled.seconds = time.monotonic() - started
    return filled


def _site_request(site: Site) -> HttpRequest:
    request = RequestFactory().get(
        "/", HTTP_HOST=site.hostname, SERVER_PORT=str(site.port)
    )
    request._wagtail_site = site
    return request


def _orders_fill(request: HttpRequest, root: Page) -> int:
    """Keep the order of each listing below `root` and of each tag's archive."""
    from newsdesk.newsroom.models.listing import ListingMixin

    kinds = [model for model in get_page_models() if issubclass(model, ListingMixin)]
    listings = list(Page.objects.live().descendant_of(root).type(*kinds))
    for page in listings:
        listing_order(request, root=page, archive=None)
    tags = selectors.listed_tag_slugs(root=root)
    for slug in tags:
        listing_order(request, root=root, archive=ArchiveFilter(tag=slug))
    return len(listings) + len(tags)


def _items_fill(request: HttpRequest, pks: list[int], progress: Progress | None) -> int:
    """Render the listing template over `pks`, a batch at a time, for its items."""
    template = get_template(LISTING_TEMPLATE)
    for start in range(0, len(pks), FILL_BATCH):
        batch = listed_items(request, pks[start : start + FILL_BATCH])
        listing = Paginator(batch, len(batch)).page(1)
        template.render({"listing": listing, "listing_base": "/"}, request)
        if progress is not None:
            progress(start + len(batch), len(pks))
    return len(pks)
