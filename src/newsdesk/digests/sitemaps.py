"""The digest section and its issues in the sitemap."""

from newsdesk.newsroom.sitemaps import TreeSitemap

from .models import DigestIndexPage, DigestIssuePage


class DigestSitemap(TreeSitemap):
    """The digest section's page and every published issue."""

    models = (DigestIndexPage, DigestIssuePage)
