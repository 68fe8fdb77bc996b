"""Find the request's Wagtail site in memory, not with a query per request."""

from collections.abc import Callable
from functools import partial
from typing import Any

from django.http import HttpRequest
from django.http.request import split_domain_port
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from .fragments import answering, memoised


def site_for_request(request: HttpRequest) -> Site | None:
    """Return the site answering the request's host and port, kept per generation.

    Saving or deleting a site renews the generation (`signals.py`), so a
    changed hostname or root page is seen on the next request.
    """
    hostname = split_domain_port(request._get_raw_host())[0]
    key = ("site", hostname, request.get_port())
    # Wagtail's own lookup, run once per generation instead of once a request.
    build = lambda: Site._find_for_request(request)  # noqa: E731
    return memoised(key, build, request=request)


class KnownSiteMiddleware:
    """Give Wagtail the request's site and the sites' root paths before it looks.

    Both are kept per generation: Wagtail reads the site with a query and the
    root paths (for every page URL) from the shared cache on each request.
    While the request is answered, `fragments.generation_for(None)` reads
    its generation (read once per request).
    """

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> Any:
        if not hasattr(request, "_wagtail_site"):
            # Site.find_for_request() reads this attribute before querying.
            request._wagtail_site = site_for_request(request)
        if not hasattr(request, "_wagtail_cached_site_root_paths"):
            # Page.get_url_parts(request) reads this attribute first; read
            # only by a request that makes a page's URL.
            find = partial(memoised, ("site-root-paths",), _root_paths, request=request)
            request._wagtail_cached_site_root_paths = SimpleLazyObject(find)
        with answering(request):
            return self.get_response(request)


def _root_paths() -> Any:
    return Site.get_site_root_paths()
