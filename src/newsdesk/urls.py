from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from newsdesk.contact.sitemaps import ContactSitemap
from newsdesk.digests.sitemaps import DigestSitemap
from newsdesk.monitor.inbox_feeds import InboxFeedView
from newsdesk.newsroom.sitemaps import PostSitemap, SectionSitemap
from newsdesk.public.sitemaps import sitemap_index, sitemap_section

# Each app that owns page models gives its sitemap (public/sitemaps.py).
SITEMAPS = {
    "sections": SectionSitemap,
    "posts": PostSitemap,
    "digests": DigestSitemap,
    "contact": ContactSitemap,
}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # The embedded default serves uploads itself; a larger deployment leaves
    # them to the web server or object storage.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        sitemap_section,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    # An editor's private inbox feed: the token in the address is the key.
    path("inbox-feeds/<str:token>.xml", InboxFeedView(), name="inbox-feed"),
    # The default language at `/`, the others under `/<code>/` (public/i18n.py).
    *i18n_patterns(
        path("", include("newsdesk.engagement.urls")),
        path("", include("newsdesk.newsletter.urls")),
        path("", include("newsdesk.public.urls")),
        path("", include(wagtail_urls)),
        prefix_default_language=False,
    ),
]
