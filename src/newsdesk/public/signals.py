"""Keep cached pages fresh: what a change touches is decided here, in one place.

Every change to public content goes through `content_changed`, which makes
the server-side page cache stale at once (`page_cache_invalidate`: a new
generation) and, once the transaction commits, hands the addresses the
change touches (`urls_affected`) to Wagtail's `frontend_cache`, which purges
them from nginx (docs/deploy/nginx.conf). Pages whose content a change also
touches but that are not listed (deeper pages of a listing, other pages'
"related" boxes) are refreshed by nginx after `PAGE_CACHE_SECONDS`.

`wagtail.contrib.frontend_cache` is used for its backends and purge
functions only; its app is not installed, so its own receivers (the
published page's addresses, sent before the transaction commits) do not
run beside these.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from taggit.models import Tag
from wagtail import signals as wagtail_signals
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site

from newsdesk.engagement.models import Comment
from newsdesk.engagement.signals import comments_changed
from newsdesk.monitor.models import Outlet
from newsdesk.newsroom.selectors import outlet_slug

from .cache import page_cache_invalidate
from .i18n import default_language, site_languages

logger = logging.getLogger(__name__)

# Models whose rows show on public pages outside a page's own publishing:
# outlet names in attributions, tag names in archives, sites' hostnames;
# view restrictions decide which pages listings show.
SHOWN_MODELS = (
    Outlet,
    Tag,
    Site,
    BaseSiteSetting,
    BaseGenericSetting,
    PageViewRestriction,
)
# Every site's addresses that list the newest content.
SITE_PATHS = ("", "feed/", "feed/atom/", "sitemap.xml", "news-sitemap.xml")


def content_changed(*, reason: str, urls: Iterable[str] = ()) -> None:
    """Make every cached page stale here, and purge `urls` once committed."""
    page_cache_invalidate(reason=reason)
    addresses = sorted(in_every_language(set(urls) | set(site_urls())))
    transaction.on_commit(lambda: _purge(addresses, reason))


def in_every_language(urls: Iterable[str]) -> set[str]:
    """Return `urls` and their twins under each other language's prefix
    (`https://host/news/` and `https://host/fa/news/`, public/i18n.py)."""
    found = set(urls)
    for url in urls:
        scheme, host, path, query, _fragment = urlsplit(url)
        for code in site_languages():
            if code != default_language():
                found.add(urlunsplit((scheme, host, f"/{code}{path}", query, "")))
    return found


def _purge(urls: list[str], reason: str) -> None:
    purge_urls_from_cache(urls)
    logger.info("frontend_cache_purged", extra={"reason": reason, "urls": len(urls)})


def urls_affected(pages: Iterable[Page], *, old_paths: Iterable[str] = ()) -> set[str]:
    """Return the addresses whose content a change to `pages` touches.

    Each page's own addresses (Wagtail's `get_cached_paths`), the listings
    it shows in (its ancestors, its tags', outlets', language's and month's
    archives, with their feeds) and, after a move, its old addresses
    (`old_paths`: Wagtail `url_path`s). Every site's home, feeds and
    sitemaps are added by `content_changed`.
    """
    urls: set[str] = {url for path in old_paths if (url := url_of_path(path))}
    for page in pages:
        root = page.get_full_url()
        if root is None:
            continue  # not routable: no address to purge
        urls.update(root + path.lstrip("/") for path in page.get_cached_paths())
        urls.update(filter(None, (a.get_full_url() for a in _ancestors(page))))
        urls.update(_archive_urls(page, site_root(page)))
    return urls


def _ancestors(page: Page) -> Iterable[Page]:
    return page.get_ancestors().filter(depth__gt=1).specific(defer=True)


def site_root(page: Page) -> str:
    """Return the root address of the page's site, ending with a slash."""
    site = page.get_site()
    return site.root_url.rstrip("/") + "/" if site else ""


def url_of_path(url_path: str) -> str | None:
    """Return the full address of a Wagtail `url_path`, or None if no site has it."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return root.root_url.rstrip("/") + "/" + url_path[len(root.root_path) :]
    return None


def _archive_urls(page: Page, root: str) -> set[str]:
    """Return the archives (and their feeds) listing a clipping or article."""
    if not root or not hasattr(page, "tags"):
        return set()
    archives = [reverse("public:tag", args=[tag.slug]) for tag in page.tags.all()]
    archives += [reverse("public:language", args=[page.language])]
    archives += [reverse("public:outlet", args=[slug]) for slug in _outlets(page)]
    urls = {root + path.lstrip("/") + feed for path in archives for feed in FEEDS}
    shown = page.display_date
    month = reverse("public:month", args=[shown.year, f"{shown.month:02d}"])
    urls.add(root + month[1:])
    parent = page.get_parent()
    if parent is not None and parent.depth > 2:
        section = reverse("public:section-rss", args=[parent.slug])
        urls.update({root + section[1:], root + section[1:] + "atom/"})
    return urls


FEEDS = ("", "feed/", "feed/atom/")


def _outlets(page: Page) -> set[str]:
    sources = getattr(page, "sources", None)
    if sources is None:
        return set()
    return {outlet_slug(s.outlet) for s in sources.all() if s.outlet_id}


def site_urls() -> list[str]:
    """Return every site's home, feeds and sitemaps."""
    return [
        root.root_url.rstrip("/") + "/" + path
        for root in Site.get_site_root_paths()
        for path in SITE_PATHS
    ]


def _on_publishing(sender, instance, **kwargs) -> None:
    page = instance.specific_deferred if isinstance(instance, Page) else None
    urls = urls_affected([page]) if page is not None else ()
    content_changed(reason="publishing", urls=urls)


def _on_move(sender, instance, url_path_before="", **kwargs) -> None:
    page = instance.specific_deferred
    urls = urls_affected([page], old_paths=[url_path_before])
    content_changed(reason="page_moved", urls=urls)


def _on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        if type(instance) is not Page:  # Page's own row: its specific one counts
            content_changed(reason="page_deleted", urls=urls_affected([instance]))
    elif isinstance(instance, Comment):
        urls = _comment_urls([instance.page_id])
        content_changed(reason="comment_deleted", urls=urls)
    elif isinstance(instance, SHOWN_MODELS):
        content_changed(reason=f"deleted:{sender._meta.label}")


def _on_save(sender, instance, created=False, **kwargs) -> None:
    if _settings_made(instance, created):
        return  # first read of the settings stores their defaults: nothing new
    if isinstance(instance, SHOWN_MODELS):
        content_changed(reason=f"saved:{sender._meta.label}")
    elif _comment_edited(instance, created):
        content_changed(reason="comment_saved", urls=_comment_urls([instance.page_id]))


def _settings_made(instance, created: bool) -> bool:
    return created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting))


def _comment_edited(instance, created: bool) -> bool:
    """Return True for an edited comment; a new one shows only once approved."""
    if not isinstance(instance, Comment):
        return False
    return not created or instance.status == Comment.Status.APPROVED


def _comment_urls(page_ids: Iterable[int]) -> set[str]:
    pages = Page.objects.filter(pk__in=list(page_ids)).specific(defer=True)
    return {url for page in pages if (url := page.get_full_url())}


def _on_comments(sender, page_ids=(), **kwargs) -> None:
    content_changed(reason="comments", urls=_comment_urls(page_ids))


def connect() -> None:
    """Connect the receivers (called once, from PublicConfig.ready)."""
    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.published,
        wagtail_signals.unpublished,
    ):
        signal.connect(_on_publishing, dispatch_uid=f"page-cache-{id(signal)}")
    wagtail_signals.post_page_move.connect(_on_move, dispatch_uid="page-cache-move")
    post_delete.connect(_on_delete, dispatch_uid="page-cache-delete")
    post_save.connect(_on_save, dispatch_uid="page-cache-save")
    comments_changed.connect(_on_comments, dispatch_uid="page-cache-comments")
