"""One page of a listing (home, section, archive), built from memoised pieces.

A listing's order (the ids of its posts, newest first) is kept per
generation (`fragments.memoised`), so its count and any page of it, however
deep, cost no query. Each item's HTML is kept too, shared by every listing
that shows the item (`{% fragment "listing-item" %}` in the listing
template); only the items not kept yet are loaded, in one batch.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Sequence
from typing import Any

from django.core.paginator import Page as ListingPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

from newsdesk import conf
from newsdesk.newsroom import selectors
from newsdesk.newsroom.selectors import ArchiveFilter

from .fragments import is_memoised, memoised

ITEM_FRAGMENT = "listing-item"
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
    try:
        html = memoised(item_key(request, pk), _not_kept, request=request)
    except LookupError:
        return None
    return html if isinstance(html, str) else None


def _not_kept() -> str:
    raise LookupError("not kept")


def _kept(request: HttpRequest, pk: int) -> bool:
    return is_memoised(item_key(request, pk), request=request)


def listed_items(request: HttpRequest, pks: list[int]) -> list[ListedItem]:
    """Return the listing's items, loading (in one batch) only those not kept."""
    missing = [pk for pk in pks if not _kept(request, pk)]
    found = selectors.posts_with_sources(missing) if missing else []
    loaded = {page.pk: page for page in found}
    return [ListedItem(pk, loaded.get(pk)) for pk in pks]
