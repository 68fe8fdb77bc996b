"""Home and section listings: newest first, 10 a page, `/page/N/`."""

import re
from datetime import UTC, datetime, timedelta

from django.core.cache import cache
from django.test import TestCase

from .factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2023, 5, 1, 9, 0, tzinfo=UTC)


def titles(html: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', html)


class ListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, title="News", slug="news")
        cls.notices = SectionPageFactory(
            parent=cls.home, title="Notices", slug="notices"
        )
        outlet = OutletFactory(name="Saltreach Courier")
        cls.letters = SectionPageFactory(
            parent=cls.home, title="Letters", slug="letters"
        )
        # 70 + 2 clippings and 3 articles = 75 posts: 8 pages of 10 on the home page.
        for n in range(70):
            ClippingPageFactory(
                parent=cls.news,
                title=f"Clipping {n:02d}",
                slug=f"clipping-{n:02d}",
                posted_at=START + timedelta(days=n),
                sources=[
                    {"outlet": outlet, "authors": "Jane Roe", "place": "Saltreach"}
                ],
            )
        for n in range(3):
            ArticlePageFactory(
                parent=cls.notices,
                title=f"Notice {n}",
                slug=f"notice-{n}",
                posted_at=START + timedelta(days=100 + n),
            )
        for n in range(2):
            ClippingPageFactory(
                parent=cls.letters,
                title=f"Old letter {n}",
                slug=f"old-letter-{n}",
                posted_at=START - timedelta(days=n + 1),
                sources=[{"outlet": outlet}],
            )
        ClippingPageFactory(
            parent=cls.news, title="Draft clipping", slug="draft", publish=False
        )

    def test_home_lists_newest_first_across_sections(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            titles(response.content.decode())[:5],
            ["Notice 2", "Notice 1", "Notice 0", "Clipping 69", "Clipping 68"],
        )
        self.assertContains(response, "Page 1 of 8")
        self.assertNotContains(response, 'rel="prev"')
        self.assertContains(response, 'rel="next" href="/page/2/"')

    def test_second_page(self):
        response = self.client.get("/page/2/")
        self.assertContains(response, "Page 2 of 8")
        page_titles = titles(response.content.decode())
        self.assertEqual(len(page_titles), 10)
        self.assertEqual(page_titles[0], "Clipping 62")
        self.assertContains(response, 'rel="prev" href="/"')
        self.assertContains(response, 'rel="next" href="/page/3/"')

    def test_last_page_has_the_remainder_and_no_next_link(self):
        response = self.client.get("/page/8/")
        self.assertContains(response, "Page 8 of 8")
        self.assertEqual(len(titles(response.content.decode())), 5)
        self.assertContains(response, 'rel="prev" href="/page/7/"')
        self.assertNotContains(response, 'rel="next"')

    def test_page_past_the_end_is_404(self):
        self.assertEqual(self.client.get("/page/9/").status_code, 404)
        self.assertEqual(self.client.get("/news/page/99/").status_code, 404)

    def test_page_zero_and_junk_are_404(self):
        self.assertEqual(self.client.get("/page/0/").status_code, 404)
        self.assertEqual(self.client.get("/page/two/").status_code, 404)

    def test_page_one_redirects_to_the_listing(self):
        response = self.client.get("/news/page/1/")
        self.assertRedirects(response, "/news/", status_code=301)

    def test_section_lists_only_its_own_posts(self):
        response = self.client.get("/news/page/7/")
        self.assertContains(response, "Page 7 of 7")
        response = self.client.get("/notices/")
        self.assertEqual(
            titles(response.content.decode()), ["Notice 2", "Notice 1", "Notice 0"]
        )
        self.assertContains(response, "Page 1 of 1")

    def test_drafts_are_not_listed(self):
        for page_number in range(1, 8):
            response = self.client.get(
                f"/news/page/{page_number}/" if page_number > 1 else "/news/"
            )
            self.assertNotContains(response, "Draft clipping")

    def test_item_shows_posted_on_attribution_and_read_more(self):
        html = self.client.get("/").content.decode().replace("<bdi>", "")
        html = html.replace("</bdi>", "")
        self.assertIn("Posted on: <time", html)
        self.assertIn("Jane Roe, Saltreach Courier, Saltreach:…", html)
        self.assertEqual(html.count("Read more"), 10)

    def test_listing_query_count_does_not_grow_with_items(self):
        self.client.get("/news/")  # warm Wagtail's per-process caches
        # Nothing cached: every item is loaded, the worst case.
        cache.clear()
        two_items = self._queries("/letters/")
        cache.clear()
        with self.assertNumQueries(two_items):
            self.client.get("/news/page/2/")  # ten items

    def _queries(self, url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            self.client.get(url)
        return len(context.captured_queries)


class EmptyListingTests(TestCase):
    def test_empty_section_says_so_and_is_page_1_of_1(self):
        home = HomePageFactory()
        SectionPageFactory(parent=home, title="Letters", slug="letters")
        response = self.client.get("/letters/")
        self.assertContains(response, "Nothing has been posted here yet.")
        self.assertContains(response, "Page 1 of 1")
        self.assertEqual(self.client.get("/letters/page/2/").status_code, 404)


class TeaserTests(TestCase):
    def test_paragraphs_of_the_excerpt_stay_apart(self):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        ClippingPageFactory(
            parent=news,
            excerpt="<p>The count rose.</p><p>Volunteers <b>cheered</b>.</p>",
        )
        html = self.client.get("/news/").content.decode()
        self.assertIn("The count rose. Volunteers cheered.", html)

    def test_long_excerpt_is_cut_with_a_read_more_link(self):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        words = " ".join(f"word{n}" for n in range(200))
        page = ClippingPageFactory(parent=news, excerpt=f"<p>{words}</p>")
        html = self.client.get("/news/").content.decode()
        self.assertIn("word59 …", html)
        self.assertNotIn("word60", html)
        self.assertRegex(html, rf'<p class="more"[^>]*><a href="{page.url}">Read more')
