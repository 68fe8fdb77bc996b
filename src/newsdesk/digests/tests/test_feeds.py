"""RSS and Atom feeds of the digest: valid, absolute, newest first, live only."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
from django.test import TestCase

from newsdesk.digests.services import digest_draft, digest_publish

from .factories import WEEK, build_site, clipping


class DigestFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        _, section, (courier, _) = build_site()
        cls.ferry = clipping(section, courier, title="Ferry & <friends>", day=0)
        cls.issues = [
            digest_publish(issue=digest_draft(week_start=WEEK + timedelta(weeks=i)))
            for i in range(3)
        ]
        cls.draft = digest_draft(week_start=WEEK + timedelta(weeks=8))

    def parsed(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        ET.fromstring(response.content)  # noqa: S314 - strict XML: raises if broken
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, f"{url}: {feed.get('bozo_exception')}")
        return feed

    def test_both_feeds_are_valid_and_list_live_issues_newest_first(self):
        for url in ("/digest/feed/", "/digest/feed/atom/"):
            with self.subTest(url=url):
                feed = self.parsed(url)
                titles = [entry.title.split(":")[0] for entry in feed.entries]
                expected = [issue.title for issue in reversed(self.issues)]
                self.assertEqual(titles, expected)
                for entry in feed.entries:
                    self.assertTrue(entry.link.startswith("http://testserver/digest/"))
                    self.assertIsNotNone(entry.get("published_parsed"))

    def test_entry_has_the_issue_with_absolute_links(self):
        entry = self.parsed("/digest/feed/atom/").entries[-1]
        self.assertIn("In English:", entry.summary)
        self.assertIn(f'href="http://testserver{self.ferry.url}"', entry.summary)
        self.assertIn("Ferry &amp; &lt;friends&gt;", entry.summary)

    def test_feed_of_an_unpublished_section_is_404(self):
        self.issues[0].get_parent().unpublish()
        self.assertEqual(self.client.get("/digest/feed/").status_code, 404)
