"""RSS 2.0 and Atom feeds: the whole site, a section, a tag, an outlet, a language.

Each entry carries the attribution line and the full excerpt (or the
article's body), with absolute links, so a feed reader shows the clipping
as the site does. Written by Django's syndication framework, as
`digests/feeds.py`.

An entry costs a post loaded with its sources and tags and its rich text
expanded, so each is kept in the theme's fragment cache (`FeedEntry`, keyed
by the post's id and the content version, as `{% cache %}` keys a listing
item): a request reads its entries with one `get_many` and builds only the
missing ones. Any change to public content renews the version, so an edit
shows in the next request.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any

from django.conf import settings as django_settings
from django.contrib.syndication.views import Feed
from django.core.cache.utils import make_template_fragment_key
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from newsdesk import conf
from newsdesk.newsroom import selectors
from newsdesk.newsroom.listings import listing_order
from newsdesk.newsroom.models import ClippingPage, PostPage, SectionPage
from newsdesk.newsroom.selectors import ArchiveFilter
from newsdesk.text.languages import is_valid_tag, language_name

from .context_processors import content_version
from .i18n import language_home
from .listings import fragment_cache
from .models import SiteSettings
from .rendering import attribution_html

FEED_SIZE = 30
ENTRY_FRAGMENT = "feed-entry"


@dataclass(frozen=True)
class Scope:
    """What one feed lists: the posts below `root` that `archive` keeps."""

    title: str
    url: str
    root: Page
    archive: ArchiveFilter | None = None

    def key(self) -> tuple[object, ...]:
        """Return what names the scope's list of posts in the cache."""
        archive = self.archive or ArchiveFilter()
        outlet = archive.outlet.pk if archive.outlet else None
        filters = (archive.tag, outlet, archive.language, archive.year, archive.month)
        return ("feed", self.root.pk, filters)


def scope_in_language(scope: Scope, language: str) -> Scope:
    """Narrow a feed to the posts in `language` when it is served under that
    language's prefix (`/fa/feed/`); the default language's feeds list all."""
    archive = scope.archive or ArchiveFilter()
    if language == django_settings.LANGUAGE_CODE or archive.language:
        return scope
    url = language_home(language) if scope.url == "/" else scope.url
    return replace(scope, url=url, archive=replace(archive, language=language))


@dataclass(frozen=True)
class FeedEntry:
    """What a feed shows of one post, kept in the cache between requests.

    `link` is the post's address as `Page.get_url` gives it for the
    request's site (a path on that site); the framework adds the host.
    """

    pk: int
    title: str
    link: str
    description: str
    pubdate: datetime | None
    updateddate: datetime | None
    author: str | None
    categories: tuple[str, ...]


def entry_key(pk: int, version: str) -> str:
    """Return the cache key of post `pk`'s entry under content `version`."""
    return make_template_fragment_key(ENTRY_FRAGMENT, [pk, version])


def entry_description(post: Page) -> str:
    """Return an entry's HTML: the attribution line and excerpt, or the body."""
    if isinstance(post, ClippingPage):
        line = attribution_html(post.attribution())  # type: ignore[no-untyped-call]
        lead = f"<p><strong>{line}:…</strong></p>" if line else ""
        if post.has_translation:
            lead += f"<p><em>Translated from {escape(post.language_name)}</em></p>"
        return lead + expand_db_html(post.display_excerpt)
    if hasattr(post, "feed_html"):
        return str(post.feed_html())  # a listed kind that is not a post
    return str(expand_db_html(getattr(post, "body", "")))


def entry_build(post: Page, request: HttpRequest) -> FeedEntry:
    """Return the entry of `post` (loaded with its sources and tags)."""
    tags = post.tags.all() if isinstance(post, PostPage) else []
    return FeedEntry(
        pk=post.pk,
        title=post.display_title if isinstance(post, ClippingPage) else post.title,
        link=post.get_url(request) or "",
        description=entry_description(post),
        pubdate=getattr(post, "listing_date", None),
        updateddate=post.last_published_at or getattr(post, "listing_date", None),
        author=getattr(post, "author", "") or None,
        categories=tuple(tag.name for tag in tags),
    )


def entries_build(pks: list[int], request: HttpRequest) -> dict[int, FeedEntry]:
    """Return the entries of posts `pks` built anew, by id (a few queries)."""
    posts = selectors.posts_with_sources(pks)
    prefetch_related_objects([p for p in posts if isinstance(p, PostPage)], "tags")
    return {post.pk: entry_build(post, request) for post in posts}


def feed_entries(pks: list[int], request: HttpRequest) -> list[FeedEntry]:
    """Return the entries of posts `pks` in order, from the cache where kept."""
    version = content_version(request)
    keys = {entry_key(pk, version): pk for pk in pks}
    store = fragment_cache()
    found = {keys[key]: entry for key, entry in store.get_many(list(keys)).items()}
    missing = [pk for pk in pks if pk not in found]
    if missing:
        built = entries_build(missing, request)
        seconds = int(conf.get("FRAGMENT_CACHE_SECONDS"))
        store.set_many(
            {entry_key(pk, version): entry for pk, entry in built.items()},
            timeout=seconds,
        )
        found.update(built)
    return [found[pk] for pk in pks if pk in found]


class PostFeed(Feed):  # type: ignore[misc]  # untyped Django
    """The newest posts of the whole site; subclasses narrow the scope."""

    request: HttpRequest
    settings: SiteSettings

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # One instance serves every request of its address, in many threads:
        # what a request needs lives on a copy of its own.
        answering = copy.copy(self)
        answering.request = request
        return Feed.__call__(answering, request, *args, **kwargs)

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Scope:
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site is configured for this address.")
        self.settings = SiteSettings.for_request(request)
        scope = self.scope(site, *args, *kwargs.values())
        return scope_in_language(scope, translation.get_language())

    def scope(self, site: Site, name: str = "") -> Scope:
        """Return what the feed lists; `name` is the address's slug or code."""
        return Scope(title="", url="/", root=site.root_page)

    def title(self, scope: Scope) -> str:
        name = self.settings.organisation_name
        return f"{name}: {scope.title}" if scope.title else name

    def link(self, scope: Scope) -> str:
        return scope.url

    def description(self, scope: Scope) -> str:
        return self.settings.tagline or self.settings.organisation_name

    def items(self, scope: Scope) -> list[FeedEntry]:
        build = partial(
            selectors.post_listing_pks, root=scope.root, archive=scope.archive
        )
        pks = list(listing_order(scope.key(), build)[:FEED_SIZE])
        return feed_entries(pks, self.request)

    def item_title(self, entry: FeedEntry) -> str:
        return entry.title

    def item_link(self, entry: FeedEntry) -> str:
        return entry.link

    def item_description(self, entry: FeedEntry) -> str:
        return entry.description

    def item_pubdate(self, entry: FeedEntry) -> Any:
        return entry.pubdate

    def item_updateddate(self, entry: FeedEntry) -> Any:
        return entry.updateddate

    def item_author_name(self, entry: FeedEntry) -> str | None:
        return entry.author

    def item_categories(self, entry: FeedEntry) -> list[str]:
        return list(entry.categories)


class AtomMixin:
    feed_type = Atom1Feed

    def subtitle(self, scope: Scope) -> str:
        return self.description(scope)  # type: ignore[attr-defined]


class SiteRss(PostFeed):
    pass


class SiteAtom(AtomMixin, SiteRss):
    pass


class SectionRss(PostFeed):
    def scope(self, site: Site, slug: str = "") -> Scope:
        sections = SectionPage.objects.live().public().descendant_of(site.root_page)
        section = sections.filter(slug=slug).first()
        if section is None:
            raise Http404("No such section.")
        url = section.get_url(self.request) or "/"
        return Scope(title=section.title, url=url, root=section)


class SectionAtom(AtomMixin, SectionRss):
    pass


class TagRss(PostFeed):
    def scope(self, site: Site, slug: str = "") -> Scope:
        tag = selectors.tag_named(slug)
        if tag is None:
            raise Http404("No such tag.")
        return Scope(
            title=f"tagged “{tag.name}”",
            url=f"/tags/{tag.slug}/",
            root=site.root_page,
            archive=ArchiveFilter(tag=tag.slug),
        )


class TagAtom(AtomMixin, TagRss):
    pass


class OutletRss(PostFeed):
    def scope(self, site: Site, slug: str = "") -> Scope:
        outlet = selectors.outlet_by_slug(slug)
        if outlet is None:
            raise Http404("No such outlet.")
        return Scope(
            title=f"quoted from {outlet.name}",
            url=f"/outlets/{slug}/",
            root=site.root_page,
            archive=ArchiveFilter(outlet=outlet),
        )


class OutletAtom(AtomMixin, OutletRss):
    pass


class LanguageRss(PostFeed):
    def scope(self, site: Site, code: str = "") -> Scope:
        if not is_valid_tag(code):
            raise Http404("Not a language code.")
        return Scope(
            title=f"in {language_name(code)}",
            url=f"/languages/{code}/",
            root=site.root_page,
            archive=ArchiveFilter(language=code),
        )


class LanguageAtom(AtomMixin, LanguageRss):
    pass
