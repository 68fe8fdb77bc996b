"""RSS 2.0 and Atom feeds: the whole site, a section, a tag, an outlet, a language.

Each entry carries the attribution line and the full excerpt (or the
article's body), with absolute links, so a feed reader shows the clipping
as the site does.

The bytes are those Django's syndication framework writes, but a request
does not build every entry through SAX: it reads the feed's posts from the
listing's kept order (`listings.listing_order`), takes each entry's XML
from the store shared by every feed (`feed_entries.py`) and writes only the
feed's own header around them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO
from typing import Any

from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import add_domain
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.models import Page, Site

from newsdesk.newsroom import selectors
from newsdesk.newsroom.models import SectionPage
from newsdesk.newsroom.selectors import ArchiveFilter
from newsdesk.text.languages import is_valid_tag, language_name

from .feed_entries import KeptEntry, feed_entries
from .fragments import memoised
from .listings import listing_order
from .models import SiteSettings

FEED_SIZE = 30


class _KeptEntries:
    """A feed generator that writes entries already written (`KeptEntry.xml`)."""

    entries: list[KeptEntry]

    def latest_post_date(self) -> datetime:
        dates = [entry.latest for entry in self.entries]
        return max(dates) if dates else datetime.now(tz=UTC)

    def write_items(self, handler: SimplerXMLGenerator) -> None:
        # Written by the same generator (escaped, well formed): passed through.
        handler.ignorableWhitespace("".join(entry.xml for entry in self.entries))


class _Rss(_KeptEntries, Rss201rev2Feed):  # type: ignore[misc]
    pass


class _Atom(_KeptEntries, Atom1Feed):  # type: ignore[misc]
    pass


class PostFeed:
    """The newest posts of a scope; subclasses say which scope."""

    feed_type: type[SyndicationFeed] = Rss201rev2Feed
    writer: type[_KeptEntries] = _Rss

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site is configured for this address.")
        scope = self.scope(request, site, *args, *kwargs.values())
        order = listing_order(request, root=scope["root"], archive=scope["archive"])
        feed = self.header(request, scope)
        feed.entries = feed_entries(list(order[:FEED_SIZE]), request, self.feed_type)
        out = StringIO()
        feed.write(out, "utf-8")  # type: ignore[attr-defined]
        response = HttpResponse(
            out.getvalue(), content_type=self.feed_type.content_type
        )
        response.headers["Last-Modified"] = http_date(
            feed.latest_post_date().timestamp()
        )
        return response

    def scope(self, request: HttpRequest, site: Site, name: str = "") -> dict[str, Any]:
        """Return what the feed shows; `name` is the address's slug or code."""
        return {"title": "", "archive": None, "root": site.root_page, "url": "/"}

    def header(self, request: HttpRequest, scope: dict[str, Any]) -> _KeptEntries:
        """Return the feed's generator, as Django's `Feed.get_feed` makes it."""
        settings = SiteSettings.for_request(request)  # type: ignore[no-untyped-call]
        name = settings.organisation_name
        description = settings.tagline or name
        domain, secure = get_current_site(request).domain, request.is_secure()
        return self.writer(  # type: ignore[call-arg]
            title=f"{name}: {scope['title']}" if scope["title"] else name,
            subtitle=description if self.feed_type is Atom1Feed else None,
            link=add_domain(domain, scope["url"], secure),
            description=description,
            language=get_language(),
            feed_url=add_domain(domain, request.path, secure),
        )


class AtomMixin:
    feed_type: type[SyndicationFeed] = Atom1Feed
    writer: type[_KeptEntries] = _Atom


class SiteRss(PostFeed):
    pass


class SiteAtom(AtomMixin, SiteRss):
    pass


def _section(request: HttpRequest, slug: str) -> tuple[Page, str] | None:
    section = SectionPage.objects.live().public().filter(slug=slug).first()
    return (section, section.get_url(request)) if section else None


class SectionRss(PostFeed):
    def scope(self, request: HttpRequest, site: Site, slug: str = "") -> dict[str, Any]:
        key = ("feed-section", site.pk, slug)
        found = memoised(key, lambda: _section(request, slug), request=request)
        if found is None:
            raise Http404("No such section.")
        section, url = found
        return {"title": section.title, "archive": None, "root": section, "url": url}


class SectionAtom(AtomMixin, SectionRss):
    pass


class TagRss(PostFeed):
    def scope(self, request: HttpRequest, site: Site, slug: str = "") -> dict[str, Any]:
        # The same key as the tag's archive pages (`views.tag_archive`).
        tag = memoised(
            ("tag", slug), lambda: selectors.tag_named(slug), request=request
        )
        if tag is None:
            raise Http404("No such tag.")
        return {
            "title": f"tagged “{tag.name}”",
            "archive": ArchiveFilter(tag=tag.slug),
            "root": site.root_page,
            "url": f"/tags/{tag.slug}/",
        }


class TagAtom(AtomMixin, TagRss):
    pass


class OutletRss(PostFeed):
    def scope(self, request: HttpRequest, site: Site, slug: str = "") -> dict[str, Any]:
        # The same key as the outlet's archive pages (`views.outlet_archive`).
        find = lambda: selectors.outlet_by_slug(slug)  # noqa: E731
        outlet = memoised(("outlet", slug), find, request=request)
        if outlet is None:
            raise Http404("No such outlet.")
        return {
            "title": f"quoted from {outlet.name}",
            "archive": ArchiveFilter(outlet=outlet),
            "root": site.root_page,
            "url": f"/outlets/{slug}/",
        }


class OutletAtom(AtomMixin, OutletRss):
    pass


class LanguageRss(PostFeed):
    def scope(self, request: HttpRequest, site: Site, code: str = "") -> dict[str, Any]:
        if not is_valid_tag(code):
            raise Http404("Not a language code.")
        return {
            "title": f"in {language_name(code)}",
            "archive": ArchiveFilter(language=code),
            "root": site.root_page,
            "url": f"/languages/{code}/",
        }


class LanguageAtom(AtomMixin, LanguageRss):
    pass
