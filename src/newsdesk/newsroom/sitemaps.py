"""The newsroom's pages in the sitemap: the home page, its sections, every post."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, QuerySet
from django.db.models.functions import Coalesce
from django.utils import translation
from wagtail.models import Page, Site

from newsdesk import conf

from .models import HomePage, PostPage, SectionPage

Row = tuple[str, Any, Any]  # url_path, last_published_at, latest revision's time


class TreeSitemap(Sitemap):  # type: ignore[misc]  # untyped Django
    """The live, public pages of `models` in a Wagtail site, in tree order.

    Reads each page's address and dates (one query per sitemap page), never
    the pages themselves. Locations are paths from the site's root; Django
    adds the asking host, as for the feeds.
    """

    models: tuple[type[Page], ...] = ()

    def __init__(self, site: Site) -> None:
        self.site = site
        self.limit = int(conf.get("SITEMAP_LIMIT"))
        # Pages below the site's root drop the root's own path (as Wagtail).
        self.strip = len(site.root_page.url_path) - 1

    def pages(self) -> QuerySet[Page]:
        """Return the sitemap's pages: live, public, below the site's root."""
        root = self.site.root_page
        pages = Page.objects.live().public().descendant_of(root, inclusive=True)
        return pages.type(*self.models)

    def items(self) -> QuerySet[Any]:
        rows = self.pages().order_by("path")
        return rows.values_list(
            "url_path", "last_published_at", "latest_revision_created_at"
        )

    def location(self, item: Row) -> str:
        return item[0][self.strip :]

    def lastmod(self, item: Row) -> Any:
        return item[1] or item[2]

    def get_latest_lastmod(self) -> Any:
        """Return the newest date of all the pages, in one query."""
        newest = Coalesce("last_published_at", "latest_revision_created_at")
        return self.pages().aggregate(newest=Max(newest))["newest"]


class SectionSitemap(TreeSitemap):
    """The home page and the sections, in every site language (`/fa/news/`),
    each with its `hreflang` alternates (Django's `i18n` sitemaps). Posts
    have one address and language each, so they are listed once."""

    models = (HomePage, SectionPage)
    i18n = True
    alternates = True
    x_default = True

    def location(self, item: Row) -> str:
        path = super().location(item)
        language = translation.get_language()
        if language == settings.LANGUAGE_CODE:
            return path
        return f"/{language}{path}"


class PostSitemap(TreeSitemap):
    """Every clipping and article."""

    models = (PostPage,)


class NewsSitemap(TreeSitemap):
    """The posts of the last `NEWS_WINDOW`, newest first, for Google News.

    Its items are the posts themselves (title, language and date are shown);
    at most 1,000, as Google News reads.
    """

    limit = 1000

    def __init__(self, site: Site, *, since: Any) -> None:
        super().__init__(site)
        self.limit = NewsSitemap.limit
        self.since = since

    def items(self) -> QuerySet[Any]:
        root = self.site.root_page
        posts = PostPage.objects.live().public().descendant_of(root)
        posts = posts.filter(listing_date__gte=self.since)
        fields = ("url_path", "title", "language", "listing_date")
        return posts.order_by("-listing_date", "-pk").only(*fields)[: self.limit]

    def location(self, item: Any) -> str:
        return str(item.url_path[self.strip :])

    def lastmod(self, item: Any) -> Any:
        return item.listing_date
