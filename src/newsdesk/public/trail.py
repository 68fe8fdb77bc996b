"""The breadcrumb trail above a page."""

from django.http import HttpRequest
from wagtail.models import Page, Site

Crumb = tuple[str, str]  # (address, title)


def trail_of(page: Page, request: HttpRequest | None) -> list[Crumb]:
    """Return (address, title) of the page's ancestors from the site's root down."""
    site = Site.find_for_request(request) if request else None
    depth = site.root_page.depth if site else 2
    ancestors = page.get_ancestors().filter(depth__gte=depth)
    return [(ancestor.get_url(request) or "", ancestor.title) for ancestor in ancestors]
