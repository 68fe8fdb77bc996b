"""Reads for the public pages: listings and what an item shows."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.db.models.query import prefetch_related_objects
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page

from newsdesk import conf
from newsdesk.text.snippets import query_terms

from . import fulltext
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

    Each shared tag counts one, sharing any outlet counts one; the higher the
    score, the sooner; among equals, the most recent first. Never the page
    itself. Only the `RELATED_CANDIDATES` most recent sharing posts are scored,
    so the work stays bounded however large the archive. A fixed number of
    queries.
    """
    tag_ids = set(
        PostPageTag.objects.filter(content_object_id=page.pk).values_list(
            "tag_id", flat=True
        )
    )
    outlet_ids = set(
        ClippingSource.objects.filter(
            page_id=page.pk, outlet__isnull=False
        ).values_list("outlet_id", flat=True)
    )
    candidates = _scored_candidates(page, tag_ids=tag_ids, outlet_ids=outlet_ids)
    ranked = sorted(candidates, reverse=True)
    return specific_in_order(Page(pk=pk) for *_, pk in ranked[:limit])


def _scored_candidates(
    page: PostPage, *, tag_ids: set[int], outlet_ids: set[int]
) -> list[tuple[int, Any, int]]:
    """Return (score, date, pk) of the most recent live posts sharing with `page`."""
    if not tag_ids and not outlet_ids:
        return []
    tagged = PostPageTag.objects.filter(
        content_object_id=OuterRef("pk"), tag_id__in=tag_ids or [0]
    )
    quoting = ClippingSource.objects.filter(
        page_id=OuterRef("pk"), outlet_id__in=outlet_ids or [0]
    )
    tag_count = tagged.order_by().values("content_object_id")
    tag_count = tag_count.annotate(n=Count("pk")).values("n")
    posts = (
        PostPage.objects.live()
        .public()
        .exclude(pk=page.pk)
        .filter(Q(Exists(tagged)) | Q(Exists(quoting)))
        .annotate(
            tags_shared=Coalesce(Subquery(tag_count), 0),
            outlet_shared=Exists(quoting),
        )
        .order_by("-listing_date", "-pk")
        .values_list("pk", "listing_date", "tags_shared", "outlet_shared")
    )
    newest = posts[: conf.get("RELATED_CANDIDATES")]
    return [(tags + int(outlet), date, pk) for pk, date, tags, outlet in newest]


def search_posts(*, root: Page, query: str) -> "SearchHits":
    """Return live posts below `root` matching `query`, best first.

    The query is folded like the index (`PostPage.search_text`), so Persian
    and Arabic letter forms, ZWNJ and diacritics do not matter; every word
    must match. Quotes and operators are taken as plain words. The result
    slices into specific pages and counts cheaply, for a Paginator.
    """
    words = tuple(sorted(query_terms(query)))
    return SearchHits(root=root, terms=words)


class SearchHits:
    """Ranked matches of some folded terms, for a Paginator.

    One query finds the scope, one counts; a slice is one query for the ids,
    then the specific pages and their sources, ready to show.
    """

    def __init__(self, *, root: Page, terms: tuple[str, ...]) -> None:
        self.root = root
        self.terms = terms
        self._scope: fulltext.Scope | None = None
        self._count: int | None = None

    @property
    def scope(self) -> fulltext.Scope:
        if self._scope is None:
            self._scope = fulltext.scope_below(self.root)
        return self._scope

    def count(self) -> int:
        if self._count is None:
            found = self.terms and fulltext.match_count(
                scope=self.scope, terms=self.terms
            )
            self._count = found or 0
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Page]:
        if not isinstance(window, slice) or window.step not in (None, 1):
            raise TypeError("Search hits can only be sliced, a page at a time.")
        start = window.start or 0
        stop = self.count() if window.stop is None else window.stop
        if stop <= start:
            return []
        hits = fulltext.ranked_ids(
            scope=self.scope, terms=self.terms, offset=start, limit=stop - start
        )
        pages = _specific_by_type(hits)
        # What a result shows (title, date, text in context) needs the
        # clippings' sources, not the tags.
        clippings = [page for page in pages if isinstance(page, ClippingPage)]
        prefetch_related_objects(
            clippings,
            Prefetch(
                "sources", queryset=ClippingSource.objects.select_related("outlet")
            ),
        )
        return pages


def _specific_by_type(hits: list[tuple[int, int]]) -> list[Page]:
    """Return the specific pages for (page id, content type id) pairs, in order.

    One query per type of page, without first loading the generic pages.
    """
    wanted: dict[int, list[int]] = {}
    for pk, content_type in hits:
        wanted.setdefault(content_type, []).append(pk)
    found: dict[int, Page] = {}
    for content_type, pks in wanted.items():
        model = ContentType.objects.get_for_id(content_type).model_class()
        if model is not None and issubclass(model, Page):
            found.update((page.pk, page) for page in model.objects.filter(pk__in=pks))
    return [found[pk] for pk, _ in hits if pk in found]


def specific_in_order(pages: Iterable[Page]) -> list[Page]:
    """Return the specific page for each of `pages`, in the same order."""
    ids = [page.pk for page in pages]
    found = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [found[pk] for pk in ids if pk in found]


def post_listing_pks(*, root: Page, archive: ArchiveFilter | None = None) -> list[int]:
    """Return the ids of `post_listing(root=…, archive=…)`, in its order.

    One narrow query (ids only, nothing specific), for a listing to keep and
    page through.
    """
    posts = PostPage.objects.live().public().descendant_of(root)
    if archive:
        posts = _filtered(posts, archive)
    ordered = posts.order_by("-listing_date", "-pk")
    return list(ordered.values_list("pk", flat=True))


def posts_by_pk(pks: Iterable[int]) -> list[Page]:
    """Return the specific posts with these ids, in this order, ready to display."""
    return posts_for_display(specific_in_order(Page(pk=pk) for pk in pks))
