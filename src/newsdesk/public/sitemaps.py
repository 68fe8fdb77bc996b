"""sitemap.xml (every live page, with lastmod) and a Google News sitemap."""

from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Site

from newsdesk.newsroom import selectors

from .models import SiteSettings

NEWS_WINDOW = timedelta(hours=48)


def sitemap(request):
    """Every live, public page of the site, with its last publication date."""
    return wagtail_sitemap(request)


def news_sitemap(request):
    """The posts of the last 48 hours, in Google News sitemap form."""
    site = Site.find_for_request(request)
    since = timezone.now() - NEWS_WINDOW
    posts = selectors.post_listing(root=site.root_page).filter(listing_date__gte=since)
    context = {
        "posts": posts[:1000],
        "publication": SiteSettings.for_site(site).organisation_name,
        "request": request,
    }
    return render(
        request, "public/news_sitemap.xml", context, content_type="application/xml"
    )
