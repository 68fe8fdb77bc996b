"""Clipping and article pages: attribution, breadcrumbs, direction, dates."""

import re
from datetime import UTC, date, datetime

from django.test import TestCase
from django.utils import timezone

from newsdesk.newsroom.dates import format_date
from newsdesk.newsroom.models import ClippingPage, ClippingSource

from .factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)


class ClippingPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, title="News", slug="news")
        courier = OutletFactory(
            name="Saltreach Courier", url="https://courier.example/"
        )
        weekly = OutletFactory(name="Coastal Weekly")
        sahel = OutletFactory(name="روزنامه ساحل", language="fa")
        cls.single = ClippingPageFactory(
            parent=cls.news,
            title="Bird count rises",
            slug="bird-count",
            excerpt="<p>Volunteers counted <b>more</b> waders than last year.</p>",
            commentary="<p>A good season.</p>",
            tags=["birds", "volunteers"],
            sources=[
                {
                    "outlet": courier,
                    "authors": "Jane Roe, Sam Poe",
                    "place": "Saltreach",
                    "published_on": date(2021, 1, 26),
                    "url": "https://courier.example/2021/bird-count",
                }
            ],
        )
        cls.carried = ClippingPageFactory(
            parent=cls.news,
            title="Boardwalk reopens",
            slug="boardwalk",
            sources=[
                {
                    "outlet": courier,
                    "published_on": date(2020, 12, 23),
                    "url": "https://courier.example/a",
                },
                {
                    "outlet": weekly,
                    "published_on": date(2020, 12, 24),
                    "url": "https://weekly.example/b",
                },
            ],
        )
        cls.persian = ClippingPageFactory(
            parent=cls.news,
            title="شمار پرندگان افزایش یافت",
            slug="fa-bird-count",
            language="fa",
            excerpt="<p>داوطلبان امسال پرندگان بیشتری شمردند.</p>",
            sources=[{"outlet": sahel, "place": "بندر آلدر"}],
        )

    def get(self, page):
        """Return the page's HTML, without the <bdi> isolation around names."""
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return re.sub(r"</?bdi>", "", response.content.decode())

    def test_attribution_line_links_to_the_source(self):
        html = self.get(self.single)
        self.assertIn(
            'Jane Roe and Sam Poe, <a href="https://courier.example/2021/bird-count" '
            'rel="noopener">Saltreach Courier</a>, Saltreach, January 26 2021:…',
            html,
        )
        self.assertIn("Volunteers counted <b>more</b> waders", html)
        self.assertIn("A good season.", html)

    def test_several_outlets_each_linked(self):
        html = self.get(self.carried)
        self.assertIn(
            '<a href="https://courier.example/a" rel="noopener">Saltreach Courier</a>'
            ' and <a href="https://weekly.example/b" rel="noopener">Coastal Weekly</a>'
            ", December 23 2020:…",
            html,
        )

    def test_breadcrumbs(self):
        html = self.get(self.single)
        crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
        crumbs = re.sub(r"</?bdi>", "", crumbs)
        self.assertEqual(
            re.findall(r"<li[^>]*>(?:<a href=\"([^\"]+)\">)?([^<]+)", crumbs),
            [("/", "Home"), ("/news/", "News"), ("", "Bird count rises")],
        )

    def test_tags_and_date_shown(self):
        html = self.get(self.single)
        self.assertIn('<li><a href="/tags/birds/" rel="tag">birds</a></li>', html)
        self.assertIn('<a href="/tags/volunteers/" rel="tag">volunteers</a>', html)
        self.assertRegex(
            html, r"Posted on: <time datetime=\"[^\"]+\">\w+ \d{1,2} \d{4}</time>"
        )

    def test_persian_page_is_right_to_left(self):
        html = self.get(self.persian)
        self.assertIn('<article class="post clipping" lang="fa" dir="rtl">', html)
        # An item's page is in its own language's interface (issue #21).
        self.assertIn('<html lang="fa" dir="rtl">', html)

    def test_persian_attribution_uses_persian_punctuation_and_isolates_parts(self):
        raw = self.client.get(self.persian.url).content.decode()
        self.assertIn("<bdi>روزنامه ساحل</bdi>، <bdi>بندر آلدر</bdi>:…", raw)

    def test_rtl_items_inside_an_english_listing(self):
        html = self.client.get("/news/").content.decode()
        self.assertIn('<article class="item" lang="fa" dir="rtl">', html)
        self.assertIn('<article class="item" lang="en" dir="ltr">', html)

    def test_section_navigation_marks_the_current_section(self):
        html = self.get(self.single)
        self.assertIn('<a href="/news/" aria-current="page">News</a>', html)

    def test_every_page_has_skip_link_and_no_third_party_requests(self):
        html = self.get(self.single)
        self.assertIn('<a class="skip-link" href="#content">', html)
        self.assertIn('id="content"', html)
        # What a browser loads: stylesheets, icons, scripts, images, frames.
        loaded = re.findall(
            r'<link rel="(?:stylesheet|icon|preload)"[^>]* href="([^"]+)"'
            r'|<(?:script|img|iframe)[^>]* src="([^"]+)"',
            html,
        )
        urls = [href or src for href, src in loaded]
        self.assertTrue(urls)
        for url in urls:
            self.assertTrue(url.startswith("/") and not url.startswith("//"), url)


class PostingDateTests(TestCase):
    """A page never shows an empty date: posting date, source date, publication."""

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, slug="news")

    def test_posting_date_wins(self):
        page = ClippingPageFactory(
            parent=self.news,
            posted_at=datetime(2022, 5, 1, 10, 0, tzinfo=UTC),
            sources=[{"published_on": date(2022, 4, 1), "authors": "Jane Roe"}],
        )
        self.assertEqual(page.listing_date, datetime(2022, 5, 1, 10, 0, tzinfo=UTC))

    def test_a_story_clipped_later_is_posted_on_the_day_it_is_published(self):
        """A Friday story clipped on Monday is posted on Monday (issue #19)."""
        page = ClippingPageFactory(
            parent=self.news,
            posted_at=None,
            sources=[
                {"published_on": date(2022, 4, 3), "authors": "A"},
                {"published_on": date(2022, 4, 2), "authors": "C"},
            ],
        )
        page.refresh_from_db()
        self.assertEqual(page.listing_date, page.first_published_at)
        html = self.client.get(page.url).content.decode()
        posted = format_date(timezone.localdate(page.first_published_at))
        self.assertIn("Posted on: <time datetime=", html)
        self.assertIn(f">{posted}</time>", html)
        # The source's own date stays in the attribution line.
        self.assertIn("April 2 2022", html)

    def test_falls_back_to_first_publication(self):
        page = ClippingPageFactory(
            parent=self.news, posted_at=None, sources=[{"authors": "Jane Roe"}]
        )
        page.refresh_from_db()
        self.assertIsNotNone(page.first_published_at)
        self.assertEqual(page.listing_date, page.first_published_at)

    def test_article_without_date_uses_first_publication(self):
        page = ArticlePageFactory(parent=self.news, posted_at=None)
        page.refresh_from_db()
        self.assertEqual(page.listing_date, page.first_published_at)
        html = self.client.get(page.url).content.decode()
        self.assertRegex(
            html, r"Posted on: <time datetime=\"[^\"]+\">\w+ \d{1,2} \d{4}</time>"
        )

    def test_editing_the_source_date_keeps_the_listing_date(self):
        page = ClippingPageFactory(
            parent=self.news,
            posted_at=None,
            sources=[{"published_on": date(2022, 4, 3)}],
        )
        page = ClippingPage.objects.get(pk=page.pk)
        first = page.listing_date
        source = page.sources.first()
        source.published_on = date(2021, 1, 1)
        page.sources = [source]
        page.save_revision().publish()
        page.refresh_from_db()
        self.assertEqual(page.listing_date, first)


class ErrorPageTests(TestCase):
    def test_404_uses_the_site_style(self):
        home = HomePageFactory()
        SectionPageFactory(parent=home, title="News", slug="news")
        response = self.client.get("/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Page not found", status_code=404)
        self.assertContains(response, 'class="skip-link"', status_code=404)
        self.assertContains(response, '<a href="/news/">News</a>', status_code=404)

    def test_500_page_renders_without_a_database(self):
        from django.template import loader

        with self.assertNumQueries(0):
            html = loader.render_to_string("500.html")
        self.assertIn("Something went wrong", html)
        self.assertIn("/static/public/css/site.css", html)


class PreviewDateTests(TestCase):
    def test_unsaved_page_shows_a_date(self):
        """A preview of a page never saved still has a date to show."""
        from django.template.loader import render_to_string
        from lxml import html as lxml_html

        page = ClippingPage(title="Draft", excerpt="<p>x</p>", language="fa")
        page.sources.add(
            ClippingSource(authors="Jane Roe", published_on=date(2022, 4, 2))
        )
        self.assertIsNone(page.listing_date)
        # Never published: it would be posted today, not on the source's date.
        self.assertEqual(timezone.localdate(page.display_date), timezone.localdate())
        html = render_to_string("public/includes/post_header.html", {"page": page})
        time = lxml_html.fromstring(f"<div>{html}</div>").find(".//time")
        self.assertEqual(time.text, format_date(timezone.localdate()))
        undated = ArticlePageFactory.build(posted_at=None)
        self.assertIsNotNone(undated.display_date)
