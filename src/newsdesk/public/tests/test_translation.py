"""A translated clipping: the translation first, the original beside it."""

from datetime import UTC, date, datetime

import feedparser
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import TestCase, override_settings

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False}
TITLE_FA = "نرده‌های فانوس دریایی بازگشتند"
EXCERPT_FA = "<p>نرده‌ها پس از ده هفته مرمت نصب شدند.</p>"
TITLE_EN = "The lighthouse railings are back"
EXCERPT_EN = "<p>The railings were refitted after <b>ten</b> weeks of repair.</p>"


@override_settings(NEWSDESK=UNCACHED)
class TranslatedClippingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        outlet = OutletFactory(name="نیزار امروز", language="fa")
        source = {
            "outlet": outlet,
            "authors": "آرش مهرپویا",
            "published_on": date(2026, 11, 20),
            "url": "https://nizar.example/railings",
        }
        cls.translated = ClippingPageFactory(
            parent=news,
            slug="railings",
            title=TITLE_FA,
            excerpt=EXCERPT_FA,
            language="fa",
            translated_title=TITLE_EN,
            translated_excerpt=EXCERPT_EN,
            posted_at=datetime(2026, 11, 21, 9, tzinfo=UTC),
            sources=[source],
        )
        cls.plain = ClippingPageFactory(
            parent=news,
            slug="plain",
            title="شمارش تالاب",
            excerpt="<p>داوطلبان شمردند.</p>",
            language="fa",
            posted_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
            sources=[source],
        )

    def article(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser").select_one("article.post")

    def test_the_translation_comes_first_in_the_sites_language(self):
        article = self.article(self.translated)
        self.assertEqual((article["lang"], article["dir"]), ("en", "ltr"))
        self.assertEqual(article.select("h1")[0].get_text(), TITLE_EN)
        note = article.select(".translated-from")[0].get_text()
        self.assertEqual(note, "Translated from Persian")
        quote = article.select("blockquote.excerpt")[0]
        self.assertIn("after ten weeks of repair", quote.get_text())
        attribution = quote.select(".attribution")[0]
        self.assertEqual(attribution.get("lang"), "fa")
        self.assertEqual(attribution.get("dir"), "rtl")

    def test_the_original_is_beside_it_in_a_details_element(self):
        article = self.article(self.translated)
        [details] = article.select("details.original")
        self.assertIsNone(details.get("open"))
        summary = details.select("summary")[0].get_text()
        self.assertEqual(summary, "Original (Persian)")
        original = details.select(".original-text")[0]
        self.assertEqual((original["lang"], original["dir"]), ("fa", "rtl"))
        self.assertIn(TITLE_FA, original.get_text())
        self.assertIn("ده هفته مرمت", original.get_text())

    def test_an_untranslated_clipping_is_shown_as_it_was(self):
        article = self.article(self.plain)
        self.assertEqual((article["lang"], article["dir"]), ("fa", "rtl"))
        self.assertEqual(article.select("h1")[0].get_text(), "شمارش تالاب")
        self.assertFalse(article.select("details"))
        self.assertFalse(article.select(".translated-from"))

    def test_feeds_use_the_translation(self):
        for url in ("/feed/", "/feed/atom/", "/languages/fa/feed/"):
            with self.subTest(url=url):
                feed = feedparser.parse(self.client.get(url).content)
                entry = next(e for e in feed.entries if "railings" in e.link)
                self.assertEqual(entry.title, TITLE_EN)
                self.assertIn("Translated from Persian", entry.summary)
                self.assertIn("after <b>ten</b> weeks of repair", entry.summary)
                self.assertNotIn("ده هفته", entry.summary)
                untranslated = next(e for e in feed.entries if "plain" in e.link)
                self.assertEqual(untranslated.title, "شمارش تالاب")
