"""sitemap.xml and the Google News sitemap, through Django's sitemap views.

Each app that owns page models gives its `Sitemap` (`newsroom/sitemaps.py`,
`digests/sitemaps.py`, `contact/sitemaps.py`); the project's URLconf names
them. `/sitemap.xml` is the index of `/sitemap-<section>.xml`, each split
into files of `SITEMAP_LIMIT` addresses (`?p=2`, … past the first).
"""

from datetime import timedelta

from django.contrib.sitemaps import views
from django.http import Http404, HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Site

from newsdesk.newsroom.sitemaps import NewsSitemap, TreeSitemap

NEWS_WINDOW = timedelta(hours=48)
SitemapClasses = dict[str, type[TreeSitemap]]


def _site(request: HttpRequest) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site is configured for this address.")
    return site


def _for_site(request: HttpRequest, sitemaps: SitemapClasses) -> dict:
    site = _site(request)
    return {name: sitemap(site) for name, sitemap in sitemaps.items()}


def sitemap_index(request: HttpRequest, sitemaps: SitemapClasses) -> TemplateResponse:
    """List every section's sitemap files."""
    found = _for_site(request, sitemaps)
    return views.index(request, found, sitemap_url_name="sitemap-section")


def sitemap_section(
    request: HttpRequest, section: str, sitemaps: SitemapClasses
) -> TemplateResponse:
    """Write one file of one section's sitemap (`?p=N` for the Nth)."""
    if section not in sitemaps:
        raise Http404("No such sitemap.")
    return views.sitemap(request, _for_site(request, sitemaps), section=section)


def news_sitemap(request: HttpRequest) -> TemplateResponse:
    """The posts of the last 48 hours, in Google News sitemap form."""
    news = NewsSitemap(_site(request), since=timezone.now() - NEWS_WINDOW)
    return views.sitemap(
        request, {"news": news}, template_name="public/news_sitemap.xml"
    )
