"""Reads for the public pages: listings and what an item shows."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.db.models.query import prefetch_related_objects
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page

from newsdesk.text.snippets import query_terms

from .models import ClippingPage, ClippingSource, Outlet, PostPage, PostPageTag


@dataclass(frozen=True)
class ArchiveFilter:
    """Which posts an archive lists; every field left empty means all."""

    tag: str = ""
    outlet: Outlet | None = None
    language: str = ""
    year: int | None = None
    month: int | None = None


def post_listing(
    *, root: Page, archive: ArchiveFilter | None = None
) -> QuerySet[PostPage]:
    """Return the live, public posts below `root`, newest first."""
    posts = PostPage.objects.live().public().descendant_of(root)
    if archive:
        posts = _filtered(posts, archive)
    return posts.order_by("-listing_date", "-pk").specific()


def _filtered(posts: QuerySet[PostPage], archive: ArchiveFilter) -> QuerySet[PostPage]:
    if archive.tag:
        posts = posts.filter(tags__slug=archive.tag)
    if archive.outlet:
        quoting = ClippingSource.objects.filter(outlet=archive.outlet)
        posts = posts.filter(pk__in=quoting.values("page_id"))
    if archive.language:
        posts = posts.filter(language__iexact=archive.language)
    if archive.year:
        posts = posts.filter(listing_date__year=archive.year)
    if archive.month:
        posts = posts.filter(listing_date__month=archive.month)
    return posts


def tag_named(slug: str) -> Tag | None:
    """Return the tag whose slug is `slug`, if a live post uses it."""
    return Tag.objects.filter(slug=slug).first()


def outlet_by_slug(slug: str) -> Outlet | None:
    """Return the outlet whose name slugifies to `slug` (Unicode kept)."""
    for outlet in Outlet.objects.only("pk", "name"):
        if outlet_slug(outlet) == slug:
            return Outlet.objects.get(pk=outlet.pk)
    return None


def outlet_slug(outlet: Outlet) -> str:
    """Return the address part for an outlet's archive: `saltreach-courier`."""
    return slugify(outlet.name, allow_unicode=True)


def posts_for_display(posts: Iterable[Page]) -> list[Page]:
    """Return the (specific) posts as a list with sources and outlets loaded.

    One query for all the clippings' sources and one for all the posts' tags,
    whatever the number of posts.
    """
    pages = list(posts)
    clippings = [page for page in pages if isinstance(page, ClippingPage)]
    prefetch_related_objects(
        clippings,
        Prefetch("sources", queryset=ClippingSource.objects.select_related("outlet")),
    )
    prefetch_related_objects([p for p in pages if isinstance(p, PostPage)], "tags")
    return pages


def related_posts(page: PostPage, *, limit: int = 4) -> list[Page]:
    """Return up to `limit` live posts that share tags or outlets with `page`.

    The more tags and outlets shared, the higher; among equals, the most
    recent first. Never the page itself. A fixed number of queries.
    """
    scores: Counter[int] = Counter()
    tag_ids = PostPageTag.objects.filter(content_object_id=page.pk).values("tag_id")
    sharing_tags = PostPageTag.objects.filter(tag_id__in=tag_ids)
    for post_id in sharing_tags.values_list("content_object_id", flat=True):
        scores[post_id] += 1
    outlet_ids = ClippingSource.objects.filter(page_id=page.pk).values("outlet_id")
    sharing_outlets = ClippingSource.objects.filter(outlet_id__in=outlet_ids)
    for post_id in set(sharing_outlets.values_list("page_id", flat=True)):
        scores[post_id] += 1
    scores.pop(page.pk, None)
    if not scores:
        return []
    candidates = PostPage.objects.live().public().filter(pk__in=list(scores))
    dated = candidates.values_list("pk", "listing_date")
    ranked = sorted(dated, key=lambda row: (scores[row[0]], row[1]), reverse=True)
    chosen = [pk for pk, _ in ranked[:limit]]
    return specific_in_order(Page(pk=pk) for pk in chosen)


def search_posts(*, root: Page, query: str) -> Any:
    """Return live posts below `root` matching `query`, best first.

    The query is folded like the index (`PostPage.search_text`), so Persian
    and Arabic letter forms, ZWNJ and diacritics do not matter; every word
    must match. Quotes and operators are taken as plain words.
    """
    words = sorted(query_terms(query))
    if not words:
        return PostPage.objects.none()
    posts = PostPage.objects.live().public().descendant_of(root)
    return posts.search(" ".join(words), operator="and")


def specific_in_order(pages: Iterable[Page]) -> list[Page]:
    """Return the specific page for each of `pages`, in the same order."""
    ids = [page.pk for page in pages]
    found = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [found[pk] for pk in ids if pk in found]
