"""Sitemaps, robots.txt, canonical links, OpenGraph, JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from django.conf import settings
from django.test import RequestFactory, TestCase, override_settings
from django.utils import timezone
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class SeoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        outlet = OutletFactory(name="Saltreach Courier")
        cls.fresh = ClippingPageFactory(
            parent=news,
            title="Fresh count",
            slug="fresh",
            posted_at=timezone.now() - timedelta(hours=3),
            excerpt="<p>Waders returned early. More came later.</p>",
            sources=[
                {
                    "outlet": outlet,
                    "authors": "Jane Roe",
                    "published_on": date(2022, 2, 28),
                    "url": "https://courier.example/count",
                }
            ],
        )
        cls.old = ClippingPageFactory(
            parent=news,
            title="Old count",
            slug="old",
            posted_at=timezone.now() - timedelta(days=10),
        )

    def test_sitemap_lists_live_pages_with_lastmod(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        root = ET.fromstring(response.content)  # noqa: S314
        urls = {u.findtext(f"{SITEMAP}loc") for u in root.iter(f"{SITEMAP}url")}
        self.assertIn("http://localhost/news/fresh/", urls)
        self.assertIn("http://localhost/news/old/", urls)
        self.assertTrue(
            all(
                u.find(f"{SITEMAP}lastmod") is not None
                for u in root.iter(f"{SITEMAP}url")
            )
        )

    def test_sitemap_says_what_wagtails_own_sitemap_says(self):
        def entries(content):
            root = ET.fromstring(content)  # noqa: S314
            return [
                (u.findtext(f"{SITEMAP}loc"), u.findtext(f"{SITEMAP}lastmod"))
                for u in root.iter(f"{SITEMAP}url")
            ]

        ours = self.client.get("/sitemap.xml")
        wagtails = wagtail_sitemap(RequestFactory().get("/sitemap.xml"))
        wagtails.render()
        self.assertEqual(len(entries(ours.content)), 4)  # home, news, two posts
        self.assertEqual(entries(ours.content), entries(wagtails.content))
        self.assertEqual(ours.content, wagtails.content)
        self.assertEqual(ours["Last-Modified"], wagtails["Last-Modified"])

    def test_a_sitemap_over_the_limit_becomes_an_index_of_parts(self):
        limited = {**settings.NEWSDESK, "SITEMAP_LIMIT": 3}
        with override_settings(NEWSDESK=limited):
            index = ET.fromstring(self.client.get("/sitemap.xml").content)  # noqa: S314
            parts = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
            self.assertEqual(
                parts,
                ["http://testserver/sitemap-1.xml", "http://testserver/sitemap-2.xml"],
            )
            listed = []
            for part in parts:
                root = ET.fromstring(self.client.get(part).content)  # noqa: S314
                listed += [u.text for u in root.iter(f"{SITEMAP}loc")]
            self.assertEqual(self.client.get("/sitemap-3.xml").status_code, 404)
        self.assertEqual(len(listed), 4)
        self.assertIn("http://localhost/news/old/", listed)

    def test_news_sitemap_has_only_the_last_48_hours(self):
        response = self.client.get("/news-sitemap.xml")
        root = ET.fromstring(response.content)  # noqa: S314
        titles = [t.text for t in root.iter(f"{NEWS}title")]
        self.assertEqual(titles, ["Fresh count"])
        self.assertEqual(root.findtext(f".//{NEWS}language"), "en")

    def test_robots_txt_names_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        text = response.content.decode()
        self.assertIn("Disallow: /admin/", text)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", text)

    def test_meta_tags(self):
        html = self.client.get("/news/fresh/?utm_source=x").content.decode()
        self.assertIn(
            '<link rel="canonical" href="http://testserver/news/fresh/">', html
        )
        self.assertIn('<meta property="og:type" content="article">', html)
        self.assertIn('<meta property="og:title" content="Fresh count">', html)
        description = "Waders returned early. More came later."
        self.assertIn(f'<meta name="description" content="{description}">', html)

    def test_json_ld_news_article_cites_the_outlet(self):
        html = self.client.get("/news/fresh/").content.decode()
        raw = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
        data = json.loads(raw.group(1))
        self.assertEqual(data["@type"], "NewsArticle")
        self.assertEqual(data["headline"], "Fresh count")
        self.assertEqual(data["isBasedOn"][0]["publisher"]["name"], "Saltreach Courier")
        self.assertEqual(data["isBasedOn"][0]["url"], "https://courier.example/count")
        self.assertEqual(data["citation"], data["isBasedOn"])

    def test_json_ld_cannot_be_closed_by_a_title(self):
        self.fresh.title = "</script><script>alert(1)</script>"
        self.fresh.save_revision().publish()
        html = self.client.get("/news/fresh/").content.decode()
        block = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
        self.assertNotIn("<", block.group(1))
        self.assertEqual(json.loads(block.group(1))["headline"], "alert(1)")
