"""Search: ranked, paginated, words in context, Persian/Arabic spellings fold."""

from datetime import UTC, datetime, timedelta

import lxml.html
from django.conf import settings
from django.test import TestCase
from wagtail.models import PageViewRestriction

from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2024, 5, 1, tzinfo=UTC)


class Found:
    """A search page as a reader sees it, read from its parsed HTML."""

    def __init__(self, content: bytes) -> None:
        self.tree = lxml.html.fromstring(content)
        self.items = self.tree.xpath("//ol[contains(@class, 'results')]/li/article")

    def text(self, xpath: str) -> str:
        return " ".join(
            " ".join(node.text_content().split()) for node in self.tree.xpath(xpath)
        )

    @property
    def count(self) -> str:
        return self.text("//p[@class='result-count']")

    @property
    def page_count(self) -> str:
        return self.text("//span[@class='page-count']")

    @property
    def empty(self) -> str:
        return self.text("//p[@class='empty']")

    @property
    def titles(self) -> list[str]:
        return [item.xpath("string(h2/a)") for item in self.items]

    @property
    def snippets(self) -> list[str]:
        return [
            " ".join(item.xpath("string(p[@class='snippet'])").split())
            for item in self.items
        ]

    @property
    def marked(self) -> list[str]:
        return [
            mark.text_content()
            for mark in self.tree.xpath("//p[@class='snippet']/mark")
        ]


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
        cls.lighthouse = ArticlePageFactory(
            parent=news,
            title="Lighthouse open day",
            body="<p>The lighthouse opens its gallery to visitors on Sunday.</p>",
            author="Marjorie Vell",
        )
        ClippingPageFactory(parent=news, title="Hidden godwits draft", publish=False)

    def search(self, query, page=None) -> Found:
        params = {"q": query} | ({"page": page} if page else {})
        response = self.client.get("/search/", params)
        self.assertEqual(response.status_code, 200)
        return Found(response.content)

    def test_results_are_paginated_with_words_in_context(self):
        found = self.search("godwits")
        self.assertEqual(found.count, "14 results for “godwits”")
        self.assertEqual(found.page_count, "Page 1 of 2")
        self.assertEqual(len(found.items), 10)
        self.assertIn("godwits", found.marked)
        self.assertIn("near the old sluice", found.snippets[0])
        self.assertNotIn("Hidden godwits draft", found.titles)
        second = self.search("godwits", page=2)
        self.assertEqual(second.page_count, "Page 2 of 2")
        self.assertEqual(len(second.items), 4)
        self.assertFalse(set(found.titles) & set(second.titles))

    def test_a_result_shows_its_post(self):
        found = self.search("lighthouse gallery")
        (item,) = found.items
        self.assertEqual(item.xpath("string(h2/a/@href)"), self.lighthouse.url)
        self.assertEqual(item.get("lang"), "en")
        self.assertEqual(item.get("dir"), "ltr")
        self.assertTrue(item.xpath("string(p[@class='posted']/time/@datetime)"))
        snippet = found.snippets[0]
        self.assertEqual(
            snippet,
            "Marjorie Vell The lighthouse opens its gallery to visitors on Sunday.",
        )

    def test_every_word_must_match(self):
        self.assertEqual(
            self.search("lighthouse gallery").count, "1 result for “lighthouse gallery”"
        )
        nothing = self.search("lighthouse godwits")
        self.assertIn("Nothing matches", nothing.empty)
        self.assertEqual(nothing.items, [])

    def test_articles_by_author_and_clippings_by_outlet(self):
        self.assertEqual(self.search("Marjorie").titles, ["Lighthouse open day"])
        self.assertTrue(self.search("saltreach courier").count.startswith("14 results"))

    def test_persian_letter_forms_and_zwnj_do_not_matter(self):
        # The text has Arabic kaf (ك); the reader types Persian keheh (ک).
        found = self.search("کنار دریاچه")
        self.assertEqual(found.titles, ["گزارش پرندگان"])
        # Shown as written; neighbouring hits share one mark.
        self.assertEqual(found.marked, ["كنار دریاچه"])
        rtl = found.items[0]
        self.assertEqual((rtl.get("lang"), rtl.get("dir")), ("fa", "rtl"))
        self.assertEqual(self.search("گزارش‌ پرندگان").titles, ["گزارش پرندگان"])
        self.assertEqual(self.search("گُزارش").titles, ["گزارش پرندگان"])
        # Arabic yeh and kaf typed for the Persian letters of the title.
        self.assertEqual(self.search("گزارش پرندگان كنار").titles, ["گزارش پرندگان"])

    def test_operators_and_quotes_never_error(self):
        for query in ['"godwits', "godwits AND OR NOT", "(*)", "' OR 1=1 --", "-", "^"]:
            with self.subTest(query=query):
                self.search(query)
        self.assertEqual(len(self.search('"godwits').items), 10)
        self.assertIn("Nothing matches", self.search("-").empty)

    def test_empty_and_huge_queries(self):
        found = self.search("")
        self.assertEqual(found.empty, "")
        self.assertEqual(found.tree.xpath("//input[@name='q']/@value"), [""])
        self.assertEqual(len(self.search("godwits " * 500).items), 10)

    def test_past_the_last_page_shows_the_last(self):
        found = self.search("godwits", page=9)
        self.assertEqual(found.page_count, "Page 2 of 2")
        self.assertEqual(self.search("godwits", page="x").page_count, "Page 1 of 2")

    def test_every_page_has_the_search_form(self):
        tree = lxml.html.fromstring(self.client.get("/news/").content)
        (form,) = tree.xpath("//form[@class='site-search']")
        self.assertEqual(form.get("role"), "search")
        self.assertEqual(form.get("aria-label"), "Site search")
        self.assertEqual(form.get("action"), "/search/")


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
        return Found(self.client.get("/search/", params).content).titles

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


class EscapingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, slug="news")
        ClippingPageFactory(
            parent=news,
            title='Egret <b onclick="x()">& heron</b>',
            excerpt="<p>Egret &lt;script&gt;alert(1)&lt;/script&gt; &amp; co.</p>",
        )

    def test_titles_and_words_are_escaped(self):
        response = self.client.get("/search/?q=egret+heron")
        found = Found(response.content)
        self.assertEqual(found.titles, ['Egret <b onclick="x()">& heron</b>'])
        self.assertEqual(found.snippets, ["Egret <script>alert(1)</script> & co."])
        self.assertEqual(found.marked, ["Egret"])
        self.assertFalse(found.tree.xpath("//script[contains(., 'alert')]"))
        self.assertFalse(found.tree.xpath("//b[@onclick]"))
