"""RSS and Atom feeds: valid, absolute, dated, with attribution and excerpt."""

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta

import feedparser
from django.conf import settings
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2022, 3, 1, 9, 0, tzinfo=UTC)
UNCACHED = {**settings.NEWSDESK, "PAGE_CACHE": False}
FEEDS = [
    "/feed/",
    "/feed/atom/",
    "/sections/news/feed/",
    "/sections/news/feed/atom/",
    "/tags/birds/feed/",
    "/tags/birds/feed/atom/",
    "/outlets/saltreach-courier/feed/",
    "/outlets/saltreach-courier/feed/atom/",
    "/languages/fa/feed/",
    "/languages/fa/feed/atom/",
]


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        notices = SectionPageFactory(parent=home, title="Notices", slug="notices")
        courier = OutletFactory(name="Saltreach Courier")
        for n in range(35):
            ClippingPageFactory(
                parent=news,
                title=f"Count {n} & <more>",
                posted_at=START + timedelta(days=n),
                tags=["birds"],
                excerpt="<p>Waders returned <b>early</b> this year.</p>",
                sources=[
                    {
                        "outlet": courier,
                        "authors": "Jane Roe",
                        "place": "Saltreach",
                        "published_on": date(2022, 2, 28),
                        "url": "https://courier.example/count",
                    }
                ],
            )
        ClippingPageFactory(
            parent=news,
            title="شمار پرندگان",
            language="fa",
            posted_at=START - timedelta(days=1),
            excerpt="<p>داوطلبان پرندگان را شمردند.</p>",
        )
        ArticlePageFactory(
            parent=notices,
            title="Volunteer day",
            author="The desk",
            posted_at=START + timedelta(days=40),
        )

    def parsed(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        ET.fromstring(response.content)  # noqa: S314 - strict XML: raises if broken
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, f"{url}: {feed.get('bozo_exception')}")
        return response, feed

    def test_every_feed_is_valid_xml_and_parses_cleanly(self):
        for url in FEEDS:
            with self.subTest(url=url):
                _, feed = self.parsed(url)
                self.assertTrue(feed.entries)
                for entry in feed.entries:
                    self.assertTrue(entry.link.startswith("http://testserver/"))
                    self.assertIsNotNone(entry.get("published_parsed"))

    def test_site_feed_has_the_newest_thirty_of_every_section(self):
        _, feed = self.parsed("/feed/")
        self.assertEqual(len(feed.entries), 30)
        self.assertEqual(feed.entries[0].title, "Volunteer day")
        self.assertEqual(feed.entries[1].title, "Count 34 & <more>")
        self.assertEqual(feed.entries[1].published_parsed[:3], (2022, 4, 4))

    def test_entry_carries_attribution_and_full_excerpt(self):
        _, feed = self.parsed("/feed/atom/")
        entry = feed.entries[1]
        self.assertIn("Jane Roe", entry.summary)
        link = '<a href="https://courier.example/count" rel="noopener">'
        self.assertIn(f"{link}Saltreach Courier</a>", entry.summary)
        self.assertIn("February 28 2022:…", entry.summary)
        self.assertIn("Waders returned <b>early</b> this year.", entry.summary)
        self.assertEqual([tag.term for tag in entry.tags], ["birds"])

    def test_scoped_feeds_contain_only_their_scope(self):
        _, notices = self.parsed("/sections/notices/feed/")
        self.assertEqual([e.title for e in notices.entries], ["Volunteer day"])
        _, persian = self.parsed("/languages/fa/feed/")
        self.assertEqual([e.title for e in persian.entries], ["شمار پرندگان"])
        _, tagged = self.parsed("/tags/birds/feed/")
        self.assertTrue(all(e.title.startswith("Count") for e in tagged.entries))

    def test_unknown_scopes_are_404(self):
        for url in ("/tags/none/feed/", "/sections/none/feed/", "/outlets/none/feed/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_pages_announce_their_feeds(self):
        html = self.client.get("/notices/").content.decode()
        self.assertIn(
            '<link rel="alternate" type="application/rss+xml" title="newsdesk (RSS)"'
            ' href="/feed/">',
            html,
        )
        self.assertIn('href="/sections/notices/feed/atom/"', html)
        tag_page = self.client.get("/tags/birds/").content.decode()
        self.assertIn(
            'type="application/rss+xml" title="Tagged “birds” (RSS)"', tag_page
        )


@override_settings(NEWSDESK=UNCACHED)
class FeedHostTests(TestCase):
    """Feeds written by Django's syndication framework, for the asking host."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        courier = OutletFactory(name="Saltreach Courier")
        for n in range(3):
            ClippingPageFactory(
                parent=news,
                title=f"Tide table {n}",
                posted_at=START + timedelta(days=n),
                tags=["birds"],
                sources=[{"outlet": courier, "authors": "Jane Roe"}],
            )

    def test_a_feed_runs_a_bounded_number_of_queries(self):
        for url in FEEDS[:8]:
            with self.subTest(url=url):
                self.client.get(url)
                with CaptureQueriesContext(connection) as queries:
                    response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertLessEqual(len(queries), 12, [q["sql"] for q in queries])

    def test_each_host_gets_its_own_links(self):
        self.client.get("/feed/", HTTP_HOST="testserver")
        other = self.client.get("/feed/atom/", HTTP_HOST="mirror.example")
        again = self.client.get("/feed/atom/", HTTP_HOST="testserver")
        self.assertIn(b'href="http://mirror.example/news/', other.content)
        self.assertNotIn(b"testserver", other.content)
        self.assertIn(b'href="http://testserver/news/', again.content)
        self.assertNotIn(b"mirror.example", again.content)

    def test_rss_and_atom_entries_stay_in_their_own_format(self):
        rss = self.client.get("/feed/").content.decode()
        atom = self.client.get("/feed/atom/").content.decode()
        self.assertEqual(rss.count("<item>"), 3)
        self.assertNotIn("<entry>", rss)
        self.assertEqual(atom.count("<entry>"), 3)
        self.assertNotIn("<item>", atom)

    def test_last_modified_and_build_date_name_the_newest_entry(self):
        response = self.client.get("/tags/birds/feed/atom/")
        feed = feedparser.parse(response.content)
        newest = max(
            datetime(*entry.updated_parsed[:6], tzinfo=UTC) for entry in feed.entries
        )
        self.assertEqual(response["Last-Modified"], http_date(newest.timestamp()))
        self.assertEqual(feed.feed.updated_parsed[:6], newest.timetuple()[:6])


@override_settings(NEWSDESK=UNCACHED)
class FeedEntryCacheTests(TestCase):
    """Each entry is built once per content version, then read from the cache."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        courier = OutletFactory(name="Saltreach Courier")
        cls.clippings = [
            ClippingPageFactory(
                parent=news,
                title=f"Tide table {n}",
                posted_at=START + timedelta(days=n),
                tags=["birds"],
                excerpt="<p>High water at noon.</p>",
                sources=[{"outlet": courier, "authors": "Jane Roe"}],
            )
            for n in range(5)
        ]

    def entry_summaries(self, url="/feed/atom/"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        feed = feedparser.parse(response.content)
        return {entry.title: entry.summary for entry in feed.entries}

    def test_a_second_request_builds_no_entry_anew(self):
        def sources_read(queries):
            # Building an entry reads its sources; a kept one does not.
            return [q["sql"] for q in queries if "newsroom_clippingsource" in q["sql"]]

        with CaptureQueriesContext(connection) as cold:
            self.client.get("/feed/")
        self.assertTrue(sources_read(cold))
        built = len(cold)  # read now: the context reads the connection's log
        for url in FEEDS[:8]:
            with self.subTest(url=url):
                self.client.get(url)
                with CaptureQueriesContext(connection) as again:
                    response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.content.count(b"Tide table"), 5)
                sqls = [query["sql"] for query in again]
                self.assertFalse(sources_read(again), sqls)
                self.assertLess(len(again), built, sqls)
                self.assertLessEqual(len(again), 4, sqls)

    def test_an_edited_excerpt_shows_in_the_next_request(self):
        before = self.entry_summaries()
        self.assertIn("High water at noon.", before["Tide table 2"])
        clipping = self.clippings[2]
        clipping.excerpt = "<p>High water at <i>one</i>.</p>"
        clipping.save_revision().publish()
        after = self.entry_summaries()
        self.assertIn("High water at <i>one</i>.", after["Tide table 2"])
        self.assertNotIn("High water at noon.", after["Tide table 2"])
        self.assertIn("High water at noon.", after["Tide table 1"])

    def test_a_new_post_shows_in_the_next_request(self):
        self.entry_summaries()
        ClippingPageFactory(
            parent=self.clippings[0].get_parent(),
            title="Storm warning",
            posted_at=START + timedelta(days=30),
            excerpt="<p>Gales expected.</p>",
        )
        after = self.entry_summaries("/sections/news/feed/atom/")
        self.assertIn("Gales expected.", after["Storm warning"])
