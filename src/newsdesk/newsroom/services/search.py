"""Keep the search entries: one per live, public post, folded for matching."""

import logging

from django.db import transaction
from wagtail.models import Page

from newsdesk.text.folding import fold

from ..listed import listed_kinds
from ..models import PostPage, SearchEntry
from ..selectors import posts_with_sources

logger = logging.getLogger(__name__)

BATCH = 500  # posts read and written at a time


@transaction.atomic
def search_entries_refresh(*, page: Page) -> int:
    """Make the entries of `page` and the pages below it what readers may find.

    A live, public post gets an entry made afresh from its stored content; any
    other page below `page` (a draft, an unpublished or private post) has none.
    Running it twice leaves the same entries. Return how many posts have one.
    """
    below = Page.objects.filter(path__startswith=page.path)
    SearchEntry.objects.filter(page__in=below.values("pk")).delete()
    findable = (
        Page.objects.live()
        .public()
        .filter(path__startswith=page.path)
        .type(*searched_kinds())
    )
    pks = list(findable.order_by("path").values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH):
        posts = posts_with_sources(pks[start : start + BATCH])
        SearchEntry.objects.bulk_create(_entries(posts))
    logger.debug(
        "search entries refreshed", extra={"page_id": page.pk, "posts": len(pks)}
    )
    return len(pks)


def search_entries_rebuild() -> int:
    """Make every entry afresh from the pages; return how many posts have one."""
    root = Page.get_first_root_node()
    return search_entries_refresh(page=root) if root is not None else 0


def _entries(posts: list[Page]) -> list[SearchEntry]:
    steps = {post.path[:end] for post in posts for end in _ancestor_ends(post.path)}
    ids = dict(Page.objects.filter(path__in=steps).values_list("path", "pk"))
    kinds = searched_kinds()
    return [_entry(post, ids) for post in posts if isinstance(post, kinds)]


def searched_kinds() -> tuple[type[Page], ...]:
    """Return the page kinds search finds: posts, and the other listed kinds."""
    return (PostPage, *listed_kinds())


def _entry(post: PostPage, ids: dict[str, int]) -> SearchEntry:
    text = post.plain_text()
    ancestors = (ids[post.path[:end]] for end in _ancestor_ends(post.path))
    return SearchEntry(
        page_id=post.pk,
        title=post.title,
        text=text,
        language=post.language,
        listing_date=post.listing_date,
        within=" ".join(str(pk) for pk in ancestors),
        folded_title=fold(post.title),
        folded_text=fold(f"{post.title} {text}"),  # as post.search_text()
    )


def _ancestor_ends(path: str) -> range:
    """Return where each ancestor's path ends in `path` (treebeard's fixed steps)."""
    return range(Page.steplen, len(path), Page.steplen)
