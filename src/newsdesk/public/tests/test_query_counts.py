"""Each public page runs a fixed number of queries, whatever the archive holds."""

from django.conf import settings
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

# Count the rendering, not the page cache's hits; 5 a page, so 10 make two.
UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False, "PAGE_SIZE": 5}
PAGES = [
    "/",
    "/news/",
    "/news/page/2/",
    "/tags/wetlands/",
    "/tags/wetlands/page/2/",
    "/outlets/outlet-a/",
    "/languages/en/",
    "/2024/01/",
    "/feed/",
    "/tags/wetlands/feed/",
    "/search/?q=wetland",
    "/sitemap.xml",
]


def clipping(parent, n: int, *, sources: int = 2, tags: int = 2):
    outlets = [OutletFactory(name=f"Outlet {chr(65 + i % 26)}") for i in range(sources)]
    page = ClippingPageFactory(
        parent=parent,
        title=f"Wetland note {n}",
        tags=["wetlands", *[f"marsh-{i}" for i in range(tags - 1)]],
        sources=[
            {"outlet": outlet, "authors": f"Writer {n}, Aide {n}", "place": "Fenby"}
            for outlet in outlets
        ],
    )
    for i in range(2):
        Comment.objects.create(
            page=page,
            author_name=f"Reader {i}",
            body="Seen it too.",
            status=Comment.Status.APPROVED,
            created_at=timezone.now(),
        )
    return page


@override_settings(NEWSDESK=UNCACHED)
class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, title="News", slug="news")
        cls.first = clipping(cls.news, 0)
        for n in range(1, 10):
            clipping(cls.news, n)

    def count(self, url: str) -> int:
        self.client.get(url)  # warm Wagtail's own per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(queries)

    def counts(self) -> dict[str, int]:
        return {url: self.count(url) for url in [*PAGES, self.first.url]}

    def test_listings_and_pages_run_as_many_queries_for_100_items_as_for_10(self):
        with_10 = self.counts()
        for n in range(10, 100):
            clipping(self.news, n)
        self.assertEqual(self.counts(), with_10)

    def test_a_clipping_runs_as_many_queries_with_many_sources_and_tags(self):
        few = clipping(self.news, 200, sources=1, tags=1)
        many = clipping(self.news, 201, sources=12, tags=12)
        self.assertEqual(self.count(many.url), self.count(few.url))
