"""Quoting a social post of the inbox in the week's issue, in one click."""

from datetime import UTC, date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from newsdesk.digests.models import DigestIssuePage
from newsdesk.digests.services import DigestError, digest_draft, digest_quote_post
from newsdesk.monitor.models import Feed, Story, StoryMatch
from newsdesk.monitor.tests.factories import topic_with_terms

from .factories import WEEK, build_site, clipping

TODAY = WEEK + timedelta(days=2)


def post_story(*, n=301, language="fa", text="رأی‌گیری کشتی کسترل بی عقب افتاد."):
    feed, _ = Feed.objects.get_or_create(
        url="https://t.me/s/kbharbourdesk", defaults={"source": "telegram"}
    )
    return Story.objects.create(
        feed=feed,
        url=f"https://t.me/kbharbourdesk/{n}",
        title=text[:100],
        author="Kestrel Bay Harbour Desk",
        handle="kbharbourdesk",
        text=text,
        language=language,
        published_at=datetime(2026, 12, 5, 7, 30, tzinfo=UTC),
    )


def social_posts(issue):
    page = DigestIssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    return [
        (section.value["language"], item.value)
        for section in page.body
        for item in section.value["items"]
        if item.block_type == "social_post"
    ]


class QuotePostTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "e@example.org", "pw"
        )
        cls.home, cls.section, (cls.courier, _) = build_site()
        clipping(cls.section, cls.courier, title="Ferry resumes", day=1)

    def test_a_post_is_quoted_in_the_weeks_draft_once(self):
        story = post_story()
        first = digest_quote_post(story=story, user=self.editor, today=TODAY)
        second = digest_quote_post(story=story, user=self.editor, today=TODAY)

        self.assertTrue(first.added)
        self.assertFalse(second.added)
        self.assertEqual(first.issue.pk, second.issue.pk)
        self.assertEqual(first.issue.week_start, WEEK)
        [(language, value)] = social_posts(first.issue)
        self.assertEqual(language, "fa")
        self.assertEqual(value["author_name"], "Kestrel Bay Harbour Desk")
        self.assertEqual(value["handle"], "@kbharbourdesk")
        self.assertEqual(value["date"], date(2026, 12, 5))
        self.assertEqual(value["text"], "رأی‌گیری کشتی کسترل بی عقب افتاد.")
        self.assertEqual(value["link"], "https://t.me/kbharbourdesk/301")

    def test_the_existing_draft_keeps_its_items_and_gets_the_post(self):
        issue = digest_draft(week_start=WEEK, user=self.editor)
        digest_quote_post(
            story=post_story(language="en", text="Ferry back."),
            user=self.editor,
            today=TODAY,
        )
        page = DigestIssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
        [english] = [s for s in page.body if s.value["language"] == "en"]
        kinds = [item.block_type for item in english.value["items"]]
        self.assertEqual(kinds, ["clippings", "social_post"])
        self.assertEqual(DigestIssuePage.objects.count(), 1)

    def test_a_piece_is_clipped_not_quoted(self):
        feed = Feed.objects.create(url="https://courier.example/rss")
        story = Story.objects.create(feed=feed, url="https://courier.example/1")
        with self.assertRaisesMessage(DigestError, "clip this story instead"):
            digest_quote_post(story=story, today=TODAY)
        self.assertFalse(DigestIssuePage.objects.exists())

    def test_the_inbox_offers_the_quote_as_a_form_and_it_quotes(self):
        topic = topic_with_terms("Ferry", {"Kestrel Bay": "کسترل بی"})
        story = post_story()
        term = topic.terms.get()
        StoryMatch.objects.create(
            story=story, topic=topic, term=term, alias=term.aliases.first()
        )
        self.client.force_login(self.editor)
        inbox = self.client.get(reverse("monitor_inbox"))
        action = reverse("digests_quote_post", args=[story.pk])
        self.assertContains(inbox, f'<form method="post" action="{action}">')
        self.assertContains(inbox, "Telegram: <bdi>Kestrel Bay Harbour Desk")

        response = self.client.post(action, {"next": reverse("monitor_inbox")})

        self.assertRedirects(response, reverse("monitor_inbox"))
        [issue] = DigestIssuePage.objects.all()
        self.assertEqual(len(social_posts(issue)), 1)
        self.assertEqual(self.client.get(action).status_code, 405)
