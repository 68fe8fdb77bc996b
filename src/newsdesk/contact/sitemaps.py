"""The contact page in the sitemap."""

from newsdesk.newsroom.sitemaps import TreeSitemap

from .models import ContactPage


class ContactSitemap(TreeSitemap):
    """The contact page (its form's answers are not pages to index)."""

    models = (ContactPage,)
