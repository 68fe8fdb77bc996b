"""Search: ranked, paginated, words in context, Persian/Arabic spellings fold."""

import re
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from newsdesk.newsroom import fulltext, selectors
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


class RelevanceTests(TestCase):
    """Best match first, whatever the dates; only what readers may see."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        filler = " ".join(["The tide came in over the mudflats at noon."] * 6)
        ClippingPageFactory(
            parent=news,
            title="Herons return to the reedbed",
            posted_at=START,
            excerpt=(
                "<p>Herons nested in the reedbed again this spring. The heron "
                "count rose to forty, and a heron chick was ringed.</p>"
            ),
        )
        for n in range(3):
            ClippingPageFactory(
                parent=news,
                title=f"Harbour dredging notice {n}",
                posted_at=START + timedelta(days=30 + n),
                excerpt=f"<p>{filler} A heron watched the crew. {filler}</p>",
            )
        private = SectionPageFactory(parent=home, slug="members")
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="kestrel"
        )
        ClippingPageFactory(
            parent=private,
            title="Heron heron heron: members' notes",
            posted_at=START + timedelta(days=60),
            excerpt="<p>Heron roost counts for members only. Heron.</p>",
        )

    def titles(self, query, page=None):
        params = {"q": query} | ({"page": page} if page else {})
        html = self.client.get("/search/", params).content.decode()
        return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', html)

    def test_title_and_many_mentions_come_before_one_in_passing(self):
        # The passing mentions are newer and were added later: neither
        # newest-first nor last-added-first would put the reedbed first.
        titles = self.titles("heron")
        self.assertEqual(titles[0], "Herons return to the reedbed")
        self.assertEqual(len(titles), 4)

    def test_private_sections_are_not_searched(self):
        self.assertNotIn("members", " ".join(self.titles("heron roost")))
        self.assertEqual(self.titles("roost"), [])

    def test_pages_split_the_ranking_without_overlap(self):
        with self.settings(NEWSDESK=settings.NEWSDESK | {"PAGE_SIZE": 3}):
            first, second = self.titles("heron"), self.titles("heron", page=2)
        self.assertEqual(len(first), 3)
        self.assertEqual(len(second), 1)
        self.assertEqual(len(set(first + second)), 4)


class SharedPiecesTests(TestCase):
    """What searches share is kept; each search still ranks afresh."""

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, slug="news")
        cls.egret = ClippingPageFactory(
            parent=cls.news, title="Egret roost", excerpt="<p>Egrets at dusk.</p>"
        )

    def test_a_search_runs_few_queries_once_shared_pieces_are_kept(self):
        self.client.get("/search/", {"q": "egrets"})
        self.client.get("/search/", {"q": "dusk"})
        with CaptureQueriesContext(connection) as queries:
            html = self.client.get("/search/", {"q": "egrets dusk"}).content.decode()
        self.assertIn("<mark>Egrets</mark> at <mark>dusk.</mark>", html)
        if connection.vendor == "sqlite":
            # Only the index's fingerprint: each word's postings are kept.
            self.assertEqual(len(queries), 1)
        else:
            self.assertEqual(len(queries), 2)  # count, then the page's ranked ids

    def test_entries_indexed_since_the_scope_was_read_are_found(self):
        stale = fulltext.scope_index(self.home)
        new = ClippingPageFactory(
            parent=self.news, title="Egret chicks", excerpt="<p>Two chicks.</p>"
        )
        ClippingPageFactory(parent=self.news, title="Egret draft", publish=False)
        hits = selectors.search_posts(root=self.home, query="egret", index=stale)
        self.assertEqual(hits.count(), 2)
        self.assertEqual(sorted(hits[0:10]), sorted([self.egret.pk, new.pk]))

    def test_a_republished_title_shows_in_the_next_search(self):
        self.assertIn(
            "Egret roost", self.client.get("/search/?q=egret").content.decode()
        )
        self.egret.title = "Egret roost moved"
        self.egret.save_revision().publish()
        html = self.client.get("/search/?q=egret").content.decode()
        self.assertIn("Egret roost moved", html)

    def test_titles_and_words_are_escaped(self):
        ClippingPageFactory(
            parent=self.news,
            title='Egret <b onclick="x()">& heron</b>',
            excerpt="<p>Egret &lt;script&gt;alert(1)&lt;/script&gt; &amp; co.</p>",
        )
        html = self.client.get("/search/?q=egret+heron").content.decode()
        self.assertIn(
            "Egret &lt;b onclick=&quot;x()&quot;&gt;&amp; heron&lt;/b&gt;", html
        )
        snippet = "<mark>Egret</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; co."
        self.assertIn(snippet, html)
        self.assertNotIn("<script>alert", html)

    def test_searches_work_alike_without_the_store(self):
        kept = self.client.get("/search/?q=egret").content.decode()
        off = settings.NEWSDESK | {"FRAGMENT_CACHE_SIZE": 0}
        with self.settings(NEWSDESK=off):
            html = self.client.get("/search/?q=egret").content.decode()
        self.assertEqual(_results(html), _results(kept))
        self.assertIn("Egret roost", _results(html))


def _results(html: str) -> str:
    return html[html.index('<p class="result-count">') : html.index("</ol>")]
