from django.urls import path, re_path

from . import feeds, sitemaps, views

app_name = "public"

PAGE = "page/<int:number>/"
MONTH = r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/"


def archive(prefix: str, view, name: str) -> list:
    """Return the routes of one archive: its first page, page N, RSS and Atom."""
    rss, atom = FEEDS[name]
    return [
        path(prefix, view, name=name),
        path(prefix + PAGE, view, name=f"{name}-page"),
        path(prefix + "feed/", rss(), name=f"{name}-rss"),
        path(prefix + "feed/atom/", atom(), name=f"{name}-atom"),
    ]


FEEDS = {
    "tag": (feeds.TagRss, feeds.TagAtom),
    "outlet": (feeds.OutletRss, feeds.OutletAtom),
    "language": (feeds.LanguageRss, feeds.LanguageAtom),
}

urlpatterns = [
    path("feed/", feeds.SiteRss(), name="rss"),
    path("feed/atom/", feeds.SiteAtom(), name="atom"),
    path("sections/<slug:slug>/feed/", feeds.SectionRss(), name="section-rss"),
    path("sections/<slug:slug>/feed/atom/", feeds.SectionAtom(), name="section-atom"),
    *archive("tags/<str:slug>/", views.tag_archive, "tag"),
    *archive("outlets/<str:slug>/", views.outlet_archive, "outlet"),
    *archive("languages/<str:code>/", views.language_archive, "language"),
    re_path(MONTH + "$", views.month_archive, name="month"),
    re_path(
        MONTH + r"page/(?P<number>[0-9]{1,9})/$", views.month_archive, name="month-page"
    ),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="news-sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("search/", views.search, name="search"),
]
