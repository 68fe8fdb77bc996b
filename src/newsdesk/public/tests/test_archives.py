"""Archives by tag, outlet, language and month, paginated like the home page."""

import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

from django.test import TestCase

from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2021, 1, 5, 9, 0, tzinfo=UTC)


def titles(response) -> list[str]:
    return re.findall(
        r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode()
    )


class ArchiveTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        courier = OutletFactory(name="Saltreach Courier")
        sahel = OutletFactory(name="روزنامه ساحل", language="fa")
        # 12 clippings from the Courier tagged "birds", in January 2021.
        for n in range(12):
            ClippingPageFactory(
                parent=news,
                title=f"Courier {n:02d}",
                posted_at=START + timedelta(days=n),
                tags=["birds"],
                sources=[{"outlet": courier}],
            )
        # 3 Persian clippings from another outlet in February 2021.
        for n in range(3):
            ClippingPageFactory(
                parent=news,
                title=f"Sahel {n}",
                language="fa",
                posted_at=datetime(2021, 2, 10 + n, tzinfo=UTC),
                tags=["storms"],
                sources=[{"outlet": sahel, "published_on": date(2021, 2, 9)}],
            )
        ArticlePageFactory(
            parent=news, title="Notice", posted_at=datetime(2021, 2, 1, tzinfo=UTC)
        )
        ClippingPageFactory(
            parent=news, title="Draft birds", tags=["birds"], publish=False
        )

    def test_tag_archive_paginates_newest_first(self):
        response = self.client.get("/tags/birds/")
        self.assertContains(response, "Tagged “birds”")
        self.assertContains(response, "Page 1 of 2")
        self.assertEqual(titles(response)[0], "Courier 11")
        self.assertContains(response, 'rel="next" href="/tags/birds/page/2/"')
        second = self.client.get("/tags/birds/page/2/")
        self.assertEqual(titles(second), ["Courier 01", "Courier 00"])
        self.assertContains(second, 'rel="prev" href="/tags/birds/"')
        self.assertEqual(self.client.get("/tags/birds/page/3/").status_code, 404)
        self.assertNotContains(response, "Draft birds")

    def test_unknown_tag_is_404(self):
        self.assertEqual(self.client.get("/tags/no-such-tag/").status_code, 404)

    def test_outlet_archive_lists_everything_quoted_from_it(self):
        response = self.client.get("/outlets/saltreach-courier/")
        self.assertContains(response, "Quoted from Saltreach Courier")
        self.assertContains(response, "Page 1 of 2")
        self.assertNotIn("Sahel 0", titles(response))
        persian = self.client.get("/outlets/روزنامه-ساحل/")
        self.assertEqual(titles(persian), ["Sahel 2", "Sahel 1", "Sahel 0"])
        self.assertEqual(self.client.get("/outlets/nobody/").status_code, 404)

    def test_language_archive(self):
        response = self.client.get("/languages/fa/")
        self.assertContains(response, "In Persian")
        self.assertEqual(titles(response), ["Sahel 2", "Sahel 1", "Sahel 0"])
        self.assertContains(response, 'dir="rtl"')
        self.assertEqual(self.client.get("/languages/not a tag/").status_code, 404)

    def test_month_archive(self):
        january = self.client.get("/2021/01/")
        self.assertContains(january, "January 2021")
        self.assertContains(january, "Page 1 of 2")
        february = self.client.get("/2021/02/")
        self.assertEqual(titles(february), ["Sahel 2", "Sahel 1", "Sahel 0", "Notice"])
        self.assertEqual(self.client.get("/2021/13/").status_code, 404)
        self.assertContains(self.client.get("/2021/03/"), "Nothing has been posted")

    def test_page_one_redirects_to_the_archive(self):
        response = self.client.get("/tags/birds/page/1/")
        self.assertRedirects(response, "/tags/birds/", status_code=301)

    def test_pages_link_to_their_archives(self):
        archive = self.client.get("/languages/fa/").content.decode()
        url = re.search(r'<h2><a href="([^"]+)"', archive).group(1)
        html = self.client.get(url).content.decode()
        # A Persian item links to the Persian archives (issue #21).
        self.assertIn('href="/fa/tags/storms/" rel="tag"', html)
        encoded = "/fa/outlets/" + quote("روزنامه-ساحل") + "/"
        self.assertIn(f'href="{encoded}">', html)
        self.assertEqual(self.client.get(encoded).status_code, 200)
        self.assertIn('href="/fa/languages/fa/">فارسی</a>', html)
