"""Sitemaps, robots.txt, canonical links, OpenGraph, JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from django.conf import settings
from django.test import RequestFactory, TestCase, override_settings
from django.utils import timezone
from django.utils.http import http_date
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

LANGUAGES = settings.LANGUAGES
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

    def locations(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        root = ET.fromstring(response.content)  # noqa: S314
        return response, root, [loc.text for loc in root.iter(f"{SITEMAP}loc")]

    def test_sitemap_is_an_index_of_each_apps_sitemap(self):
        _, root, parts = self.locations("/sitemap.xml")
        self.assertEqual(root.tag, f"{SITEMAP}sitemapindex")
        self.assertEqual(
            parts,
            [
                "http://testserver/sitemap-sections.xml",
                "http://testserver/sitemap-posts.xml",
                "http://testserver/sitemap-digests.xml",
                "http://testserver/sitemap-contact.xml",
            ],
        )

    def test_sitemaps_list_live_pages_with_lastmod(self):
        _, root, posts = self.locations("/sitemap-posts.xml")
        self.assertEqual(
            posts, ["http://testserver/news/fresh/", "http://testserver/news/old/"]
        )
        for url in root.iter(f"{SITEMAP}url"):
            self.assertIsNotNone(url.find(f"{SITEMAP}lastmod"))
        _, _, sections = self.locations("/sitemap-sections.xml")
        # Listings in every site language (issue #21); posts once.
        prefixes = ["/" if code == "en" else f"/{code}/" for code, _ in LANGUAGES]
        expected = [
            f"http://testserver{prefix}{path}"
            for path in ("", "news/")
            for prefix in prefixes
        ]
        self.assertEqual(sections, expected)
        self.assertEqual(self.client.get("/sitemap-none.xml").status_code, 404)

    def test_sitemap_lists_what_wagtails_own_sitemap_lists(self):
        listed = []
        for part in self.locations("/sitemap.xml")[2]:
            listed += self.locations(part)[2]
        wagtails = wagtail_sitemap(RequestFactory().get("/sitemap.xml"))
        wagtails.render()
        root = ET.fromstring(wagtails.content)  # noqa: S314
        theirs = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
        moved = [u.replace("http://localhost/", "http://testserver/") for u in theirs]
        # Wagtail's lists the default language's addresses only.
        others = tuple(f"http://testserver/{code}/" for code, _ in LANGUAGES[1:])
        listed = [url for url in listed if not url.startswith(others)]
        self.assertEqual(sorted(listed), sorted(moved))

    def test_a_sitemap_over_the_limit_is_split_into_files(self):
        limited = {**settings.NEWSDESK, "SITEMAP_LIMIT": 1}
        with override_settings(NEWSDESK=limited):
            parts = self.locations("/sitemap.xml")[2]
            self.assertIn("http://testserver/sitemap-posts.xml?p=2", parts)
            listed = []
            for part in parts:
                listed += self.locations(part)[2]
            response = self.client.get("/sitemap-posts.xml?p=3")
            self.assertEqual(response.status_code, 404)
        # 2 posts, and 2 listings in each site language (issue #21).
        self.assertEqual(len(listed), 2 + 2 * len(LANGUAGES))
        self.assertIn("http://testserver/news/old/", listed)

    def test_sitemap_says_when_it_last_changed(self):
        response = self.client.get("/sitemap-posts.xml")
        pages = [ClippingPage.objects.get(pk=p.pk) for p in (self.fresh, self.old)]
        newest = max(p.last_published_at or p.latest_revision_created_at for p in pages)
        self.assertEqual(response["Last-Modified"], http_date(newest.timestamp()))

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
