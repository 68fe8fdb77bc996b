"""What a feed says about one post, kept as a fragment shared by every feed.

The site feed, a section's, a tag's, an outlet's and a language's feed list
many of the same posts; each entry (link, attribution line and excerpt,
categories, dates) is built once per change and reused by all of them, in
RSS and in Atom. Only the list of which posts a feed shows is read per
request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.http import HttpRequest
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from newsdesk.newsroom import selectors
from newsdesk.newsroom.models import ClippingPage, PostPage

from .fragments import memoised
from .rendering import attribution_html


@dataclass(frozen=True)
class FeedEntry:
    """One post as every feed shows it."""

    pk: int
    title: str
    link: str
    pubdate: datetime
    updateddate: datetime
    author: str | None
    categories: tuple[str, ...]
    description: str


class _NotKept(Exception):
    """The entry is not in the store yet."""


def _not_kept() -> FeedEntry:
    raise _NotKept


def feed_entries(ids: list[int], request: HttpRequest) -> list[FeedEntry]:
    """Return the entries of the posts `ids`, in order, building missing ones at once.

    The entries not kept yet are built together: one query for the pages,
    one for their sources and one for their tags, however many are missing.
    """
    site = Site.find_for_request(request)
    site_pk = site.pk if site else None
    found: dict[int, FeedEntry | None] = {
        pk: _kept(("feed-entry", site_pk, pk), request) for pk in ids
    }
    missing = [pk for pk, kept in found.items() if kept is None]
    for built in _built(missing, request):
        key = ("feed-entry", site_pk, built.pk)
        found[built.pk] = memoised(key, partial(_same, built), request=request)
    return [entry for pk in ids if (entry := found.get(pk)) is not None]


def _same(entry: FeedEntry) -> FeedEntry:
    return entry


def _kept(key: tuple[object, ...], request: HttpRequest) -> FeedEntry | None:
    try:
        return memoised(key, _not_kept, request=request)
    except _NotKept:
        return None


def _built(ids: list[int], request: HttpRequest) -> list[FeedEntry]:
    if not ids:
        return []
    pages = selectors.posts_for_display(Page.objects.filter(pk__in=ids).specific())
    return [_entry(page, request) for page in pages if isinstance(page, PostPage)]


def _entry(post: PostPage, request: HttpRequest) -> FeedEntry:
    return FeedEntry(
        pk=post.pk,
        title=post.title,
        link=post.get_url(request) or "",
        pubdate=post.listing_date,
        updateddate=post.last_published_at or post.listing_date,
        author=getattr(post, "author", "") or None,
        categories=tuple(tag.name for tag in post.tags.all()),
        description=_description(post),
    )


def _description(post: PostPage) -> str:
    if isinstance(post, ClippingPage):
        line = attribution_html(post.attribution())  # type: ignore[no-untyped-call]
        lead = f"<p><strong>{line}:…</strong></p>" if line else ""
        return lead + expand_db_html(post.excerpt)
    return str(expand_db_html(getattr(post, "body", "")))
