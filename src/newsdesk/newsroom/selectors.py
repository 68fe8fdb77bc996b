"""Reads for the public pages: listings and what an item shows."""

import heapq
import itertools
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as ListingPage
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.db.models.query import prefetch_related_objects
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page

from newsdesk import conf
from newsdesk.text.languages import direction
from newsdesk.text.snippets import Word, query_terms, snippet_runs

from .listed import listed_kinds
from .listings import listing_order
from .models import ClippingPage, ClippingSource, Outlet, PostPage, SearchEntry
from .search import RankedPosts


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


Remember = Callable[[Hashable, Callable[[], Any]], Any]


def _build_now(key: Hashable, build: Callable[[], Any]) -> Any:
    return build()


def related_posts(
    page: PostPage, *, limit: int = 4, remember: Remember = _build_now
) -> list[PostPage]:
    """Return up to `limit` live posts that share tags or outlets with `page`.

    Ranked as `related_post_ids`; the posts come in one query, not specific.
    """
    ids = related_post_ids(page, limit=limit, remember=remember)
    found = PostPage.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def related_post_ids(
    page: PostPage, *, limit: int = 4, remember: Remember = _build_now
) -> list[int]:
    """Return the ids of up to `limit` live posts sharing tags or outlets with `page`.

    Each shared tag counts one, sharing any outlet counts one; the higher the
    score, the sooner; among equals, the most recent first. Never the page
    itself. Only the `RELATED_CANDIDATES` most recent sharing posts are scored,
    so the work stays bounded however large the archive.

    The candidates come from one list per tag and per outlet of its newest
    posts, which many pages share: `remember(key, build)` may keep them (the
    public site renders the related box once per change, so this is rare).
    A post among the newest sharing ones is among the newest of each tag and
    outlet it shares, so the lists score it exactly as a count would.
    """
    size = int(conf.get("RELATED_CANDIDATES"))
    tag_lists = [
        remember(("related-tag", tag_id, size + 1), partial(_tagged, tag_id, size + 1))
        for tag_id in sorted({tag.pk for tag in page.tags.all()})
    ]
    outlet_lists = [
        remember(
            ("related-outlet", outlet_id, size + 1),
            partial(_quoting, outlet_id, size + 1),
        )
        for outlet_id in sorted(_outlet_ids(page))
    ]
    return _ranked(page.pk, tag_lists, outlet_lists, size=size)[:limit]


# A post as one int ordered as (listing date, id): the date's microseconds
# since 1970 times 2**40, plus the id. Lists of these sort and merge several
# times faster than (datetime, id) pairs (comparing aware datetimes is slow).
Newest = list[int]
_ID_SPAN = 1 << 40
_MICROSECOND = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _order_key(when: datetime | None, pk: int) -> int:
    if when is None:
        return pk
    epoch = _EPOCH if when.tzinfo else _EPOCH.replace(tzinfo=None)
    return (when - epoch) // _MICROSECOND * _ID_SPAN + pk


def _outlet_ids(page: PostPage) -> set[int]:
    sources = page.sources.all() if isinstance(page, ClippingPage) else []
    return {source.outlet_id for source in sources if source.outlet_id}


def _tagged(tag_id: int, size: int) -> Newest:
    """Return the order keys of the `size` newest live posts tagged `tag_id`."""
    posts = PostPage.objects.live().public().filter(tagged_items__tag_id=tag_id)
    return _newest(posts, size)


def _quoting(outlet_id: int, size: int) -> Newest:
    """Return the order keys of the `size` newest live clippings quoting the outlet."""
    quoting = ClippingSource.objects.filter(outlet_id=outlet_id).values("page_id")
    posts = PostPage.objects.live().public().filter(pk__in=quoting)
    return _newest(posts, size)


def _newest(posts: QuerySet[PostPage], size: int) -> Newest:
    newest = posts.order_by("-listing_date", "-pk").values_list("listing_date", "pk")
    return [_order_key(when, pk) for when, pk in newest[:size]]


def _ranked(
    own_pk: int, tag_lists: list[Newest], outlet_lists: list[Newest], *, size: int
) -> list[int]:
    candidates = _newest_candidates(own_pk, tag_lists + outlet_lists, size=size)
    shared_tags = Counter(itertools.chain.from_iterable(tag_lists))
    quoting = set(itertools.chain.from_iterable(outlet_lists))
    scored = [(shared_tags[key] + (key in quoting), key) for key in candidates]
    return [key % _ID_SPAN for _, key in sorted(scored, reverse=True)]


def _newest_candidates(own_pk: int, lists: list[Newest], *, size: int) -> Newest:
    """Return the `size` newest order keys of all `lists`, once each.

    Each list is newest first, so one sort merges them cheaply (the sort
    finds the runs), and a post in several lists lands next to itself.
    """
    candidates: Newest = []
    previous = None
    for key in sorted(itertools.chain.from_iterable(lists), reverse=True):
        if key != previous and key % _ID_SPAN != own_pk:
            candidates.append(key)
            if len(candidates) == size:
                break
        previous = key
    return candidates


def search_posts(*, root: Page | int, query: str) -> RankedPosts:
    """Return the ids of live, public posts below `root` matching `query`, best first.

    The query is folded like the entries (`services.search`), so Persian and
    Arabic letter forms, ZWNJ and diacritics do not matter; every word must
    match. Quotes and operators are taken as plain words. The result counts
    and slices into page ids, for a Paginator.
    """
    below = root if isinstance(root, int) else root.pk
    return RankedPosts(terms=sorted(query_terms(query)), below=below)


@dataclass(frozen=True)
class SearchResult:
    """One post as a search result shows it."""

    page: Page
    title: str
    language: str
    text_direction: str
    listing_date: datetime
    snippet: list[Word]  # the words around the first hit, hits marked


def search_results(pks: Iterable[int], *, terms: set[str]) -> list[SearchResult]:
    """Return the results of posts `pks`, in order, each snippet marking `terms`."""
    ids = list(pks)
    shown = ["title", "text", "language", "listing_date", "page__url_path"]
    entries = SearchEntry.objects.select_related("page").only(*shown).in_bulk(ids)
    return [_search_result(entries[pk], terms) for pk in ids if pk in entries]


def _search_result(entry: SearchEntry, terms: set[str]) -> SearchResult:
    return SearchResult(
        page=entry.page,
        title=entry.title,
        language=entry.language,
        text_direction=direction(entry.language),
        listing_date=entry.listing_date,
        snippet=snippet_runs(entry.text, terms),
    )


def posts_with_sources(pks: Iterable[int]) -> list[Page]:
    """Return the specific posts `pks`, in order, with what an item shows.

    A listing item or a search result shows the title, date and text: the
    clippings' sources with their outlets, not the tags. Each post is made
    once, as its own class (no generic page first): one query for the
    types, one per type, one for the sources, however many posts.
    """
    ids = list(pks)
    kinds: dict[int, list[int]] = {}
    for pk, kind in Page.objects.filter(pk__in=ids).values_list("pk", "content_type"):
        kinds.setdefault(kind, []).append(pk)
    found: dict[int, Page] = {}
    for kind, same in kinds.items():
        model = ContentType.objects.get_for_id(kind).model_class()
        if model is not None and issubclass(model, Page):
            found.update((page.pk, page) for page in model.objects.filter(pk__in=same))
    clippings = [page for page in found.values() if isinstance(page, ClippingPage)]
    prefetch_related_objects(
        clippings,
        Prefetch("sources", queryset=ClippingSource.objects.select_related("outlet")),
    )
    return [found[pk] for pk in ids if pk in found]


def post_listing_page(
    *, root: Page, number: int, archive: ArchiveFilter | None = None
) -> ListingPage:
    """Return page `number` of the posts below `root`, newest first.

    Its `object_list` holds the specific posts with what an item shows
    (`posts_with_sources`); raises `EmptyPage` past the last page. Two
    narrow queries find the page's ids (a count, then the slice), whatever
    the page's depth; the posts come in a few more.
    """
    scope = ("posts", root.pk, _archive_key(archive))
    order = listing_order(scope, partial(post_listing_pks, root=root, archive=archive))
    page = Paginator(order, int(conf.get("PAGE_SIZE"))).page(number)
    page.object_list = listed_posts(list(page.object_list))
    return page


def newest_posts(
    *, root: Page, count: int, archive: ArchiveFilter | None = None
) -> list[Page]:
    """Return the `count` newest posts of a listing, with sources and tags."""
    scope = ("posts", root.pk, _archive_key(archive))
    order = listing_order(scope, partial(post_listing_pks, root=root, archive=archive))
    posts = posts_with_sources(list(order[:count]))
    prefetch_related_objects([p for p in posts if isinstance(p, PostPage)], "tags")
    return posts


def _archive_key(archive: ArchiveFilter | None) -> Hashable:
    if archive is None:
        return None
    outlet = archive.outlet.pk if archive.outlet else None
    return (archive.tag, outlet, archive.language, archive.year, archive.month)


class ListedPost(SimpleLazyObject):  # type: ignore[misc]  # untyped Django
    """A post in a listing: its id now, the post itself only when first used.

    The theme caches each item's HTML by its id (the `listed_pk` filter reads
    it without loading the post); the first item used loads every item of
    its page in one batch (`posts_with_sources`).
    """

    def __init__(self, pk: int, batch: "_Batch") -> None:
        super().__init__(partial(batch.post, pk))
        self.__dict__["listed_pk"] = pk


class _Batch:
    """The posts of one listing page, loaded together on first use."""

    def __init__(self, pks: list[int]) -> None:
        self.pks = pks
        self.found: dict[int, Page] | None = None

    def post(self, pk: int) -> Page | None:
        if self.found is None:
            self.found = {post.pk: post for post in posts_with_sources(self.pks)}
        return self.found.get(pk)


def listed_posts(pks: list[int]) -> list[ListedPost]:
    """Return the posts `pks` as `ListedPost`s that load together on first use."""
    batch = _Batch(pks)
    return [ListedPost(pk, batch) for pk in pks]


def post_listing_pks(*, root: Page, archive: ArchiveFilter | None = None) -> list[int]:
    """Return the ids of `post_listing(root=…, archive=…)`, in its order.

    One narrow query (ids only, nothing specific), for a listing to keep and
    page through.
    """
    posts = PostPage.objects.live().public().descendant_of(root)
    if archive:
        posts = _filtered(posts, archive)
    ordered = posts.order_by("-listing_date", "-pk")
    others = _listed_others(root) if archive is None else []
    if not others:
        return list(ordered.values_list("pk", flat=True))
    newest_first = ordered.values_list("listing_date", "pk").iterator()
    merged = heapq.merge(newest_first, others, reverse=True)
    return [pk for _, pk in merged]


def _listed_others(root: Page) -> list[tuple[datetime, int]]:
    """Return (date, id) of the other listed kinds below `root`, newest first."""
    rows: list[tuple[datetime, int]] = []
    for model, field in listed_kinds().items():
        found = model.objects.live().public().descendant_of(root)
        found = found.exclude(**{f"{field}__isnull": True}).order_by()
        rows += found.values_list(field, "pk")
    return sorted(rows, reverse=True)


def listed_tag_slugs(*, root: Page) -> list[str]:
    """Return the slugs of the tags that live, public posts below `root` carry."""
    from .models import PostPageTag

    posts = PostPage.objects.live().public().descendant_of(root).values("pk")
    tagged = PostPageTag.objects.filter(content_object__in=posts)
    return sorted(set(tagged.values_list("tag__slug", flat=True)))
