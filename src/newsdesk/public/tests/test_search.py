"""Search: ranked, paginated, words in context, Persian/Arabic spellings fold."""

from datetime import UTC, datetime, timedelta

from django.test import TestCase

from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2024, 5, 1, tzinfo=UTC)


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        courier = OutletFactory(name="Saltreach Courier")
        for n in range(14):
            ClippingPageFactory(
                parent=news,
                title=f"Wader survey {n}",
                posted_at=START + timedelta(days=n),
                excerpt=(
                    "<p>Volunteers walked the saltmarsh at dawn.</p>"
                    f"<p>They counted {n} godwits near the old sluice.</p>"
                ),
                sources=[{"outlet": courier, "authors": "Jane Roe"}],
            )
        ClippingPageFactory(
            parent=news,
            title="گزارش پرندگان",
            language="fa",
            excerpt="<p>داوطلبان در كنار دریاچه پرندگان را شمردند و گزارش دادند.</p>",
        )
        ArticlePageFactory(
            parent=news,
            title="Lighthouse open day",
            body="<p>The lighthouse opens its gallery to visitors on Sunday.</p>",
            author="Marjorie Vell",
        )
        ClippingPageFactory(parent=news, title="Hidden godwits draft", publish=False)

    def search(self, query, page=None):
        params = {"q": query} | ({"page": page} if page else {})
        response = self.client.get("/search/", params)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_results_are_paginated_with_words_in_context(self):
        html = self.search("godwits")
        self.assertIn("14 results for", html)
        self.assertIn("Page 1 of 2", html)
        self.assertIn("<mark>godwits</mark>", html)
        self.assertIn("near the old sluice", html)
        self.assertNotIn("Hidden godwits draft", html)
        second = self.search("godwits", page=2)
        self.assertIn("Page 2 of 2", second)
        self.assertEqual(second.count('class="item"'), 4)

    def test_every_word_must_match(self):
        self.assertIn("1 result for", self.search("lighthouse gallery"))
        self.assertIn("Nothing matches", self.search("lighthouse godwits"))

    def test_articles_by_author_and_clippings_by_outlet(self):
        self.assertIn("Lighthouse open day", self.search("Marjorie"))
        self.assertIn("14 results", self.search("saltreach courier"))

    def test_persian_letter_forms_and_zwnj_do_not_matter(self):
        # The text has Arabic kaf (ك); the reader types Persian keheh (ک).
        html = self.search("کنار دریاچه")
        self.assertIn("گزارش پرندگان", html)
        self.assertIn("<mark>كنار</mark>", html)  # shown as written
        self.assertIn("گزارش پرندگان", self.search("گزارش‌ پرندگان"))
        self.assertIn("گزارش پرندگان", self.search("گُزارش"))

    def test_operators_and_quotes_never_error(self):
        for query in ['"godwits', "godwits AND OR NOT", "(*)", "' OR 1=1 --", "-", "^"]:
            with self.subTest(query=query):
                self.search(query)

    def test_empty_and_huge_queries(self):
        html = self.search("")
        self.assertNotIn("Nothing matches", html)
        self.assertIn('name="q"', html)
        self.search("godwits " * 500)

    def test_every_page_has_the_search_form(self):
        html = self.client.get("/news/").content.decode()
        self.assertIn('<form class="site-search" role="search"', html)
        self.assertIn('aria-label="Site search" action="/search/"', html)
