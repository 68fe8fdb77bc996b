"""The digest section and issue pages as readers get them."""

import re
from datetime import date, timedelta

from django.test import TestCase

from newsdesk.digests.services import digest_draft, digest_publish

from .factories import WEEK, build_site, clipping

SOCIAL = {
    "type": "social_post",
    "value": {
        "author_name": "Mira <Quill>",
        "handle": "@mira_q",
        "date": "2024-01-03",
        "text": "Ferry <script>alert(1)</script> & more",
        "link": "https://social.example/@mira_q/1",
    },
}


def publish_weeks(weeks):
    return [digest_publish(issue=digest_draft(week_start=w)) for w in weeks]


class IssuePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, section, (courier, lantern) = build_site()
        cls.ferry = clipping(section, courier, title="Ferry resumes", day=0)
        cls.persian = clipping(
            section, lantern, title="شمارش تالاب", day=1, language="fa"
        )
        weeks = [WEEK + timedelta(weeks=i) for i in range(4)]
        cls.issues = publish_weeks(weeks)
        second = cls.issues[0]
        body = second.body.raw_data
        body[0]["value"]["items"].append(SOCIAL)
        second.body = list(body)
        second.headline = "Boats & <birds>"
        second.save_revision().publish()
        cls.draft = digest_draft(week_start=WEEK + timedelta(weeks=9))

    def get(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_breadcrumbs_date_and_headline(self):
        issue = self.issues[0]
        html = self.get(issue)
        crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
        self.assertIn(">Home</a>", crumbs)
        self.assertIn(">Weekly Digest</a>", crumbs)
        self.assertIn(f"<bdi>Weekly Digest – {issue.number}</bdi>", crumbs)
        self.assertIn("Week of January 1 – 7 2024", html)
        self.assertIn("Boats &amp; &lt;birds&gt;", html)

    def test_sections_have_headings_and_direction(self):
        html = self.get(self.issues[0])
        self.assertIn("<h2>In English:</h2>", html)
        self.assertIn("<h2>In Persian:</h2>", html)
        self.assertIn('<ul class="digest-items" lang="fa" dir="rtl">', html)
        self.assertIn('<ul class="digest-items" lang="en" dir="ltr">', html)

    def test_items_link_their_clippings(self):
        html = self.get(self.issues[0])
        self.assertIn(f'<a href="{self.ferry.url}">Ferry resumes</a>', html)
        self.assertIn("(<bdi>Saltreach Courier</bdi>)", html)
        self.assertIn("Ferry resumes was reported. A second line.", html)

    def test_social_post_is_quoted_text_escaped(self):
        html = self.get(self.issues[0])
        self.assertIn(
            '<blockquote cite="https://social.example/@mira_q/1"><p>Ferry '
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p></blockquote>",
            html,
        )
        self.assertIn("— Mira &lt;Quill&gt;", html)
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<iframe", html)
        self.assertNotIn("<img", html)

    def test_previous_next_and_neighbours(self):
        first, second, third, fourth = self.issues
        html = self.get(second)
        self.assertIn(f'<a rel="prev" href="{first.url}">« {first.title}</a>', html)
        self.assertIn(f'<a rel="next" href="{third.url}">{third.title} »</a>', html)
        related = re.search(r'<section class="related".*?</section>', html, re.S)
        titles = re.findall(r">(Weekly Digest – \d+)</a>", related.group(0))
        self.assertEqual(titles, [fourth.title, third.title, first.title])
        self.assertNotIn(self.draft.title, html)
        self.assertNotIn('rel="prev"', self.get(first))
        self.assertNotIn('rel="next"', self.get(fourth))

    def test_feed_autodiscovery(self):
        html = self.get(self.issues[0])
        self.assertIn(
            '<link rel="alternate" type="application/rss+xml" '
            'title="Weekly Digest (RSS)" href="/digest/feed/">',
            html,
        )
        self.assertIn('href="/digest/feed/atom/"', html)

    def test_a_print_stylesheet_prints_the_issue_only(self):
        """The rules themselves are checked in a browser (test_browser_print)."""
        html = self.get(self.issues[0])
        self.assertIn(
            '<link rel="stylesheet" media="print" '
            'href="/static/digests/css/issue-print.css">',
            html,
        )

    def test_a_drafts_preview_claims_no_publication_date(self):
        upcoming = digest_draft(week_start=date.today() + timedelta(weeks=1))
        html = upcoming.make_preview_request().content.decode()
        posted = re.search(r'<p class="posted">.*?</p>', html, re.S).group(0)
        self.assertIn("Not published yet", posted)
        self.assertNotIn("Published on", posted)
        self.assertNotIn("<time", posted)

    def test_no_javascript(self):
        html = self.get(self.issues[0])
        self.assertNotRegex(html, r"<script(?! type=\"application/ld\+json\")")

    def test_a_draft_is_not_public(self):
        self.assertEqual(
            self.client.get(self.draft.url or "/digest/x/").status_code, 404
        )


class IndexPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        monday = date(2023, 1, 2)
        cls.issues = publish_weeks([monday + timedelta(weeks=i) for i in range(12)])
        cls.index = cls.issues[0].get_parent().specific

    def test_newest_first_and_paginated(self):
        html = self.client.get(self.index.url).content.decode()
        titles = re.findall(r"<h2><a href=\"[^\"]+\">(Weekly Digest – \d+)</a>", html)
        newest = [issue.title for issue in reversed(self.issues)]
        self.assertEqual(titles, newest[:10])
        self.assertIn("Page 1 of 2", html)
        second = self.client.get(f"{self.index.url}page/2/").content.decode()
        self.assertIn("Page 2 of 2", second)
        self.assertIn(newest[-1], second)
        self.assertEqual(self.client.get(f"{self.index.url}page/3/").status_code, 404)

    def test_in_the_site_navigation(self):
        html = self.client.get("/").content.decode()
        self.assertIn(f'<a href="{self.index.url}">Weekly Digest</a>', html)
