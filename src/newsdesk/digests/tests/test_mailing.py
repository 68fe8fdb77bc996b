"""The issue cut into mail parts for the newsletter."""

import re

from django.test import TestCase, override_settings

from newsdesk.digests.mailing import html_to_text, issue_parts
from newsdesk.digests.services import digest_draft, digest_publish

from .factories import WEEK, build_site, clipping

BASE = "https://desk.example"
SOCIAL = {
    "type": "social_post",
    "value": {
        "author_name": "Mira <Quill>",
        "handle": "@mira_q",
        "date": "2024-01-03",
        "text": "Ferry <b>back</b> & on time",
        "link": "javascript:alert(1)",
    },
}


@override_settings(BASE_URL=BASE)
class IssuePartsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        _, section, (courier, lantern) = build_site()
        cls.ferry = clipping(section, courier, title="Ferry & <friends>", day=0)
        cls.persian = clipping(
            section, lantern, title="شمارش تالاب", day=1, language="fa"
        )
        issue = digest_draft(week_start=WEEK)
        body = issue.body.raw_data
        body[0]["value"]["items"].append(SOCIAL)
        issue.body = list(body)
        issue.headline = "Boats & <birds>"
        issue.intro = (
            f'<p>See <a linktype="page" id="{cls.ferry.pk}">the ferry</a> and '
            '<a href="https://elsewhere.example/x">this</a>.</p>'
        )
        issue.save_revision().publish()
        cls.issue = digest_publish(issue=issue)
        cls.parts = issue_parts(cls.issue)

    def test_head_part_then_one_per_language(self):
        self.assertEqual([language for language, _, _ in self.parts], ["", "en", "fa"])

    def test_head_links_to_the_issue_absolutely(self):
        _, html, text = self.parts[0]
        url = f"{BASE}{self.issue.url}"
        self.assertIn(f'<a href="{url}">Read this issue on the site</a>', html)
        self.assertIn(f"Read this issue on the site: {url}", text)
        self.assertIn(f'<a href="{BASE}{self.ferry.url}"', html)
        self.assertIn(f"the ferry ({BASE}{self.ferry.url})", text)
        self.assertIn("this (https://elsewhere.example/x)", text)
        self.assertIn("Week of January 1 – 7 2024", text)

    def test_editor_text_is_escaped_in_html_and_plain_in_text(self):
        _, head_html, head_text = self.parts[0]
        # The title and headline are the mail's subject, not repeated here.
        self.assertNotIn("birds", head_html + head_text)
        self.assertNotIn(self.issue.title, head_html + head_text)
        _, html, text = self.parts[1]
        self.assertIn("Ferry &amp; &lt;friends&gt;", html)
        self.assertIn("Ferry &lt;b&gt;back&lt;/b&gt; &amp; on time", html)
        self.assertIn("— Mira &lt;Quill&gt; (@mira_q), January 3 2024", html)
        self.assertIn("“Ferry <b>back</b> & on time”", text)
        self.assertNotIn("javascript:", html + text)

    def test_plain_text_has_no_tags_and_every_link_is_absolute(self):
        for language, html, text in self.parts:
            with self.subTest(language=language):
                self.assertNotRegex(text, r"<(a|p|ul|li|h\d|blockquote)[ >]")
                for href in re.findall(r'href="([^"]+)"', html):
                    self.assertTrue(href.startswith("https://"), href)
                for url in re.findall(r"https?://\S+", text):
                    self.assertFalse(url.startswith("/"))

    def test_sections_have_headings_direction_and_clipping_links(self):
        _, html, text = self.parts[2]
        self.assertIn('<h2 lang="en" dir="ltr">In <bdi>Persian</bdi>:</h2>', html)
        self.assertIn('<ul lang="fa" dir="rtl">', html)
        self.assertIn(f'<a href="{BASE}{self.persian.url}">شمارش تالاب</a>', html)
        self.assertIn(
            f"- شمارش تالاب (Harbour Lantern): {BASE}{self.persian.url}", text
        )
        self.assertTrue(text.startswith("In Persian:\n\n"))


def test_html_to_text_keeps_blocks_and_link_addresses():
    html = '<p>One <a href="https://a.example/">link</a>.</p><ul><li>two</li></ul>'
    assert html_to_text(html) == "One link (https://a.example/).\n- two"
