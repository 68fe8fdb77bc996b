"""An editor's saved inbox filter, followed as a private feed at a secret address."""

from datetime import UTC, datetime

import feedparser
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from newsdesk.monitor.models import InboxFeed, Story, StoryMatch
from newsdesk.monitor.tests.factories import FeedFactory, topic_with_terms


def titles(response) -> list[str]:
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return [entry.title for entry in parsed.entries]


class InboxFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        users = get_user_model().objects
        cls.editor = users.create_superuser("ed", "ed@example.org", "pw")
        cls.other = users.create_superuser("jo", "jo@example.org", "pw")
        ferry = topic_with_terms("Ferry", {"Kestrel Bay": ""})
        guild = topic_with_terms("Guild", {"Keepers guild": ""})
        feed = FeedFactory()
        for n, (title, topic, language) in enumerate(
            [
                ("Kestrel Bay ferry late", ferry, "en"),
                ("Keepers guild meets", guild, "en"),
                ("Kestrel Bay en français", ferry, "fr"),
            ]
        ):
            story = Story.objects.create(
                feed=feed,
                url=f"https://a.example/{n}",
                title=title,
                language=language,
                published_at=datetime(2026, 12, 1 + n, tzinfo=UTC),
            )
            term = topic.terms.get()
            StoryMatch.objects.create(
                story=story,
                topic=topic,
                term=term,
                alias=term.aliases.first(),
                context=title,
            )
        cls.ferry = ferry

    def save_feed(self, query):
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("monitor_inbox_feed_save"), {"name": "Ferry news", "query": query}
        )
        self.assertRedirects(response, reverse("monitor_inbox_feeds"))
        self.client.logout()
        return InboxFeed.objects.get(user=self.editor)

    def test_a_saved_filter_is_a_private_feed_of_its_stories(self):
        feed = self.save_feed(f"topic={self.ferry.pk}&language=en&p=3&evil=1")
        self.assertEqual(feed.query, f"topic={self.ferry.pk}&language=en")
        address = reverse("inbox-feed", args=[feed.token])
        response = self.client.get(address)  # a feed reader: nobody signed in
        self.assertEqual(response.status_code, 200)
        self.assertEqual(titles(response), ["Kestrel Bay ferry late"])
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertIn("noindex", response["X-Robots-Tag"])
        self.client.force_login(self.editor)
        listing = self.client.get(reverse("monitor_inbox_feeds"))
        self.assertContains(listing, f"http://testserver{address}")

    def test_a_new_address_kills_the_old_one(self):
        feed = self.save_feed("")
        old = reverse("inbox-feed", args=[feed.token])
        self.client.force_login(self.editor)
        self.client.post(
            reverse("monitor_inbox_feed_change", args=[feed.pk]), {"action": "revoke"}
        )
        feed.refresh_from_db()
        self.assertEqual(self.client.get(old).status_code, 404)
        new = self.client.get(reverse("inbox-feed", args=[feed.token]))
        self.assertEqual(len(titles(new)), 3)
        self.client.post(
            reverse("monitor_inbox_feed_change", args=[feed.pk]), {"action": "delete"}
        )
        self.assertEqual(
            self.client.get(reverse("inbox-feed", args=[feed.token])).status_code, 404
        )

    def test_only_the_owner_changes_a_feed_and_only_while_they_may_sign_in(self):
        feed = self.save_feed("")
        self.client.force_login(self.other)
        response = self.client.post(
            reverse("monitor_inbox_feed_change", args=[feed.pk]), {"action": "revoke"}
        )
        self.assertEqual(response.status_code, 404)
        self.assertNotContains(
            self.client.get(reverse("monitor_inbox_feeds")), feed.token
        )
        self.editor.is_active = False
        self.editor.save()
        address = reverse("inbox-feed", args=[feed.token])
        self.assertEqual(self.client.get(address).status_code, 404)
