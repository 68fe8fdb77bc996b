"""RSS 2.0 and Atom feeds: the whole site, a section, a tag, an outlet, a language.

Each entry carries the attribution line and the full excerpt (or the
article's body), with absolute links, so a feed reader shows the clipping
as the site does. Written by Django's syndication framework, as
`digests/feeds.py`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from newsdesk.newsroom import selectors
from newsdesk.newsroom.models import ClippingPage, PostPage, SectionPage
from newsdesk.newsroom.selectors import ArchiveFilter
from newsdesk.text.languages import is_valid_tag, language_name

from .models import SiteSettings
from .rendering import attribution_html

FEED_SIZE = 30


@dataclass(frozen=True)
class Scope:
    """What one feed lists: the posts below `root` that `archive` keeps."""

    title: str
    url: str
    root: Page
    archive: ArchiveFilter | None = None


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
        return self.scope(site, *args, *kwargs.values())

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

    def items(self, scope: Scope) -> list[Page]:
        return selectors.newest_posts(
            root=scope.root, archive=scope.archive, count=FEED_SIZE
        )

    def item_title(self, post: PostPage) -> str:
        return post.title

    def item_link(self, post: PostPage) -> str:
        return post.get_url(self.request) or ""

    def item_description(self, post: PostPage) -> str:
        if isinstance(post, ClippingPage):
            line = attribution_html(post.attribution())  # type: ignore[no-untyped-call]
            lead = f"<p><strong>{line}:…</strong></p>" if line else ""
            return lead + expand_db_html(post.excerpt)
        return str(expand_db_html(getattr(post, "body", "")))

    def item_pubdate(self, post: PostPage) -> Any:
        return post.listing_date

    def item_updateddate(self, post: PostPage) -> Any:
        return post.last_published_at or post.listing_date

    def item_author_name(self, post: PostPage) -> str | None:
        return getattr(post, "author", "") or None

    def item_categories(self, post: PostPage) -> list[str]:
        return [tag.name for tag in post.tags.all()]


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
