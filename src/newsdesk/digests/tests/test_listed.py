"""Digest issues are listed among the posts: home page, site feed, search."""

import re

import lxml.etree
from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse

from newsdesk.digests.services import digest_draft, digest_publish

from .factories import WEEK, at, build_site, clipping


class ListedAmongPostsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.section, (courier, _) = build_site()
        cls.before = clipping(cls.section, courier, title="Ferry resumes", day=0)
        cls.after = clipping(cls.section, courier, title="Harbour vote", day=4)
        issue = digest_draft(week_start=WEEK)
        issue.headline = "Saltmarsh wetlands counted"
        issue.save_revision()
        cls.issue = digest_publish(issue=issue, published_at=at(2))

    def setUp(self):
        cache.clear()

    def titles(self, html):
        return re.findall(r"<h2><a href=\"[^\"]+\">([^<]+)</a></h2>", html)

    def test_the_home_page_lists_the_issue_between_clippings_by_date(self):
        html = self.client.get(self.home.url).content.decode()
        self.assertEqual(
            self.titles(html), ["Harbour vote", self.issue.title, "Ferry resumes"]
        )
        self.assertIn("Saltmarsh wetlands counted", html)
        self.assertIn("January 3 2024</time>", html)

    def test_a_section_lists_only_its_posts(self):
        html = self.client.get(self.section.url).content.decode()
        self.assertEqual(self.titles(html), ["Harbour vote", "Ferry resumes"])

    def test_the_site_feed_carries_the_issue(self):
        response = self.client.get(reverse("public:rss"))
        items = lxml.etree.fromstring(response.content).findall("./channel/item")
        titles = [item.findtext("title") for item in items]
        self.assertEqual(titles, ["Harbour vote", self.issue.title, "Ferry resumes"])
        entry = items[1]
        self.assertTrue(entry.findtext("link").endswith(self.issue.url))
        self.assertIn("Saltmarsh wetlands counted", entry.findtext("description"))

    def test_search_finds_the_issue(self):
        response = self.client.get(reverse("public:search"), {"q": "wetlands"})
        self.assertEqual(self.titles(response.content.decode()), [self.issue.title])
