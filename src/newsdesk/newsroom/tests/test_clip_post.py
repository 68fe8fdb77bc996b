"""Clipping a social post of the inbox: the post is the source, quoted whole."""

from datetime import UTC, date, datetime

from django.contrib.auth import get_user_model
from django.test import TestCase

from newsdesk.monitor.models import Feed, Outlet, Story
from newsdesk.newsroom.attribution import attribution_text
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.services import clipping_from_story
from newsdesk.newsroom.tests.factories import HomePageFactory, SectionPageFactory

TEXT = "The Kestrel Bay ferry vote is delayed again.\n\nCouncil decides next week."


class ClipPostTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser(
            "ed", "e@example.org", "pw"
        )
        cls.section = SectionPageFactory(parent=HomePageFactory(), slug="news")
        feed = Feed.objects.create(
            url="https://t.me/s/kbharbourdesk", source="telegram"
        )
        cls.story = Story.objects.create(
            feed=feed,
            url="https://t.me/kbharbourdesk/301",
            title="The Kestrel Bay ferry vote is delayed again.",
            author="Kestrel Bay Harbour Desk",
            handle="kbharbourdesk",
            text=TEXT,
            language="en",
            published_at=datetime(2026, 12, 5, 7, 30, tzinfo=UTC),
        )

    def test_the_post_is_the_source_named_by_author_handle_and_platform(self):
        result = clipping_from_story(
            story=self.story, section=self.section, user=self.user
        )

        page = ClippingPage.objects.get(pk=result.page.pk)
        [source] = page.sources.all()
        self.assertEqual(source.outlet.name, "Telegram")
        self.assertEqual(source.authors, "Kestrel Bay Harbour Desk (@kbharbourdesk)")
        self.assertEqual(source.published_on, date(2026, 12, 5))
        self.assertEqual(source.url, "https://t.me/kbharbourdesk/301")
        self.assertEqual(
            attribution_text(page.attribution_sources()),
            "Kestrel Bay Harbour Desk (@kbharbourdesk), Telegram, December 5 2026",
        )
        self.assertEqual(
            page.excerpt,
            "<p>The Kestrel Bay ferry vote is delayed again.</p>"
            "<p>Council decides next week.</p>",
        )
        self.assertEqual(page.title, "The Kestrel Bay ferry vote is delayed again.")

    def test_the_platform_outlet_is_made_once(self):
        clipping_from_story(story=self.story, section=self.section, user=self.user)
        again = Story.objects.create(
            feed=self.story.feed,
            url="https://t.me/kbharbourdesk/302",
            author="Kestrel Bay Harbour Desk",
            handle="kbharbourdesk",
            text="Pier 2 closed.",
        )
        clipping_from_story(story=again, section=self.section, user=self.user)
        self.assertEqual(Outlet.objects.filter(name="Telegram").count(), 1)
