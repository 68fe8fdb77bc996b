"""The breadcrumb trail above a page, shared by every page with the same parent."""

from functools import partial

from django.http import HttpRequest
from wagtail.models import Page, Site

from .fragments import memoised

Crumb = tuple[str, str]  # (address, title)


def breadcrumb_trail(page: Page, request: HttpRequest | None) -> list[Crumb]:
    """Return (address, title) of the page's ancestors from the site's root down.

    Kept as a fragment per site and parent: every clipping of a section has
    the same trail. A page not yet in the tree (a preview) is read afresh.
    """
    site = Site.find_for_request(request) if request else None
    depth = site.root_page.depth if site else 2
    parent_path = (page.path or "")[: -Page.steplen]
    build = partial(_trail, page, depth, request)
    if not parent_path or page.pk is None:
        return build()
    key = ("breadcrumbs", site.pk if site else None, depth, parent_path)
    return memoised(key, build, request=request)


def _trail(page: Page, depth: int, request: HttpRequest | None) -> list[Crumb]:
    ancestors = page.get_ancestors().filter(depth__gte=depth)
    return [(ancestor.get_url(request) or "", ancestor.title) for ancestor in ancestors]
