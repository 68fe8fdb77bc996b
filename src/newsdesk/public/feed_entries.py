"""What a feed says about one post, kept as XML shared by every feed.

The site feed, a section's, a tag's, an outlet's and a language's feed list
many of the same posts; each entry (link, attribution line and excerpt,
categories, dates) is written once per change, in RSS and in Atom, by
Django's own feed generator, and its XML is reused by all of them. Only the
list of which posts a feed shows and the feed's own header are made per
request (`feeds.py`).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from io import StringIO

from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import add_domain
from django.http import HttpRequest
from django.utils.feedgenerator import SyndicationFeed
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from newsdesk.newsroom import selectors
from newsdesk.newsroom.models import ClippingPage, PostPage

from .fragments import memoised, peek
from .rendering import attribution_html


@dataclass(frozen=True)
class KeptEntry:
    """One post's entry as a feed writes it, and its newest date."""

    pk: int
    xml: str
    latest: datetime


def feed_entries(
    ids: list[int], request: HttpRequest, generator: type[SyndicationFeed]
) -> list[KeptEntry]:
    """Return the entries of the posts `ids`, in order, building missing ones at once.

    `generator` is the feed's format (RSS or Atom). The entries not kept yet
    are built together: one query for the pages, one for their sources and
    one for their tags, however many are missing.
    """
    scope = _scope(request, generator)
    found: dict[int, KeptEntry | None] = {
        pk: _kept((*scope, pk), request) for pk in ids
    }
    missing = [pk for pk, kept in found.items() if kept is None]
    for pk, xml, latest in _built(missing, request, generator):
        built = KeptEntry(pk=pk, xml=xml, latest=latest)
        found[pk] = memoised((*scope, pk), partial(_same, built), request=request)
    return [entry for pk in ids if (entry := found.get(pk)) is not None]


def _scope(
    request: HttpRequest, generator: type[SyndicationFeed]
) -> tuple[Hashable, ...]:
    # Links are absolute: the entry depends on the address's host and scheme.
    site = Site.find_for_request(request)
    domain = get_current_site(request).domain
    return (
        "feed-entry",
        generator.__name__,
        site and site.pk,
        domain,
        request.is_secure(),
    )


def _same(entry: KeptEntry) -> KeptEntry:
    return entry


def _kept(key: tuple[Hashable, ...], request: HttpRequest) -> KeptEntry | None:
    found: KeptEntry | None = peek(key, request=request)
    return found


def _built(
    ids: list[int], request: HttpRequest, generator: type[SyndicationFeed]
) -> list[tuple[int, str, datetime]]:
    if not ids:
        return []
    pages = selectors.posts_for_display(Page.objects.filter(pk__in=ids).specific())
    posts = [page for page in pages if isinstance(page, PostPage)]
    return [_written(post, request, generator) for post in posts]


def _written(
    post: PostPage, request: HttpRequest, generator: type[SyndicationFeed]
) -> tuple[int, str, datetime]:
    # As Django's syndication Feed.get_feed() adds an item, so the bytes match.
    link = add_domain(
        get_current_site(request).domain,
        post.get_url(request) or "",
        request.is_secure(),
    )
    updated = post.last_published_at or post.listing_date
    feed = generator(title="", link="", description="")
    feed.add_item(
        title=post.title,
        link=link,
        description=_description(post),
        unique_id=link,
        pubdate=post.listing_date,
        updateddate=updated,
        author_name=getattr(post, "author", "") or None,
        categories=[tag.name for tag in post.tags.all()],
    )
    out = StringIO()
    feed.write_items(SimplerXMLGenerator(out, "utf-8", short_empty_elements=True))
    return post.pk, out.getvalue(), max(updated, post.listing_date)


def _description(post: PostPage) -> str:
    if isinstance(post, ClippingPage):
        line = attribution_html(post.attribution())  # type: ignore[no-untyped-call]
        lead = f"<p><strong>{line}:…</strong></p>" if line else ""
        return lead + expand_db_html(post.excerpt)
    return str(expand_db_html(getattr(post, "body", "")))
