"""Numbering issues and drafting an issue from the week's clippings."""

from datetime import timedelta
from io import StringIO

import time_machine
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone

from newsdesk.digests.models import DigestIndexPage, DigestIssuePage
from newsdesk.digests.services import (
    DigestError,
    digest_draft,
    digest_publish,
    digest_redraft,
    issue_number_take,
    issue_numbering_start,
)
from newsdesk.newsroom.tests.factories import ClippingPageFactory

from .factories import WEEK, at, build_site, clipping


class DraftTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.section, (cls.courier, cls.lantern) = build_site()
        c = clipping
        cls.first = c(cls.section, cls.courier, title="Ferry resumes", day=0)
        cls.same_url = c(
            cls.section,
            cls.lantern,
            title="Ferry back on the water",
            day=2,
            url="https://www.COURIER.example/0-Ferry resumes/#top",
        )
        cls.same_title = c(cls.section, cls.lantern, title="ferry RESUMES", day=3)
        cls.other = c(cls.section, cls.courier, title="Wetland count", day=4)
        cls.persian = c(
            cls.section, cls.courier, title="شمارش تالاب", day=1, language="fa"
        )
        cls.french = c(
            cls.section, cls.lantern, title="Le bac repart", day=6, language="fr"
        )
        c(cls.section, cls.courier, title="Last week", day=-1)
        c(cls.section, cls.courier, title="Next week", day=7)

    def test_draft_groups_by_language_in_site_order(self):
        issue = digest_draft(week_start=WEEK + timedelta(days=3))
        self.assertEqual(issue.week_start, WEEK)
        self.assertEqual(issue.week_end, WEEK + timedelta(days=6))
        self.assertFalse(issue.live)
        languages = [block.value["language"] for block in issue.body]
        self.assertEqual(languages, ["en", "fa", "fr"])

    def test_one_item_per_story(self):
        issue = digest_draft(week_start=WEEK)
        english = issue.body[0].value["items"]
        groups = [[page.pk for page in item.value["clippings"]] for item in english]
        story = [self.first.pk, self.same_url.pk, self.same_title.pk]
        self.assertEqual(groups, [story, [self.other.pk]])

    def test_item_text_is_the_excerpt_lead(self):
        issue = digest_draft(week_start=WEEK)
        text = issue.body[0].value["items"][1].value["text"].source
        self.assertEqual(text, "<p>Wetland count was reported. A second line.</p>")

    def test_title_number_and_index(self):
        issue = digest_draft(week_start=WEEK)
        self.assertEqual(issue.title, f"Weekly Digest – {issue.number}")
        self.assertIsInstance(issue.get_parent().specific, DigestIndexPage)
        self.assertEqual(issue.get_parent().get_parent().pk, self.home.pk)

    def test_twice_for_the_same_week_returns_the_draft(self):
        issue = digest_draft(week_start=WEEK)
        again = digest_draft(week_start=WEEK + timedelta(days=6))
        self.assertEqual(again.pk, issue.pk)
        self.assertEqual(DigestIssuePage.objects.count(), 1)
        self.assertEqual(DigestIndexPage.objects.count(), 1)
        self.assertEqual(issue_number_take(), issue.number + 1)

    def test_a_published_week_is_returned_not_redrafted(self):
        issue = digest_publish(issue=digest_draft(week_start=WEEK))
        self.assertTrue(issue.live)
        self.assertEqual(digest_draft(week_start=WEEK).pk, issue.pk)

    def test_an_empty_week_gives_an_empty_draft(self):
        issue = digest_draft(week_start=WEEK + timedelta(weeks=5))
        self.assertEqual(len(issue.body), 0)

    def test_unpublished_clippings_are_left_out(self):
        self.other.unpublish()
        issue = digest_draft(week_start=WEEK)
        english = issue.body[0].value["items"]
        self.assertEqual(len(english), 1)


class NumberingTests(TestCase):
    def test_numbers_follow_each_other(self):
        first = issue_number_take()
        self.assertEqual(
            [issue_number_take() for _ in range(3)],
            [
                first + 1,
                first + 2,
                first + 3,
            ],
        )

    def test_start_sets_the_next_number_and_never_goes_back(self):
        self.assertEqual(issue_numbering_start(next_number=268), 268)
        self.assertEqual(issue_number_take(), 268)
        self.assertEqual(issue_numbering_start(next_number=5), 269)
        self.assertEqual(issue_number_take(), 269)

    def test_a_deleted_issue_number_is_not_reused(self):
        build_site()
        issue = digest_draft(week_start=WEEK)
        issue.delete()
        later = digest_draft(week_start=WEEK + timedelta(weeks=1))
        self.assertEqual(later.number, issue.number + 1)
        redrafted = digest_draft(week_start=WEEK)
        self.assertEqual(redrafted.number, issue.number + 2)

    def test_without_a_home_page_the_error_says_what_to_do(self):
        with self.assertRaisesMessage(DigestError, "create one"):
            digest_draft(week_start=WEEK)
        self.assertFalse(DigestIssuePage.objects.exists())


class DraftCommandTests(TestCase):
    def test_draft_then_keep(self):
        build_site()
        out = StringIO()
        call_command("draft_digest", "--week", "2024-01-03", stdout=out)
        self.assertIn(
            "Weekly Digest – 1 (drafted issue, week of January 1 – 7", out.getvalue()
        )
        out = StringIO()
        call_command("draft_digest", "--week", "2024-01-07", stdout=out)
        self.assertIn("kept the existing issue", out.getvalue())
        self.assertEqual(DigestIssuePage.objects.count(), 1)

    def test_errors_say_what_to_do(self):
        with self.assertRaisesMessage(CommandError, "write it as"):
            call_command("draft_digest", "--week", "soon")
        with self.assertRaisesMessage(CommandError, "no home page"):
            call_command("draft_digest")


class TranslatedDraftTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.section, (cls.courier, _) = build_site()
        cls.translated = ClippingPageFactory(
            parent=cls.section,
            title="شمارش تالاب",
            language="fa",
            posted_at=at(1),
            excerpt="<p>داوطلبان پرندگان را شمردند. جملهٔ دوم.</p>",
            translated_title="The wetland count",
            translated_excerpt="<p>Volunteers counted the birds. A second one.</p>",
            sources=[{"outlet": cls.courier, "url": "https://courier.example/w"}],
        )
        cls.untranslated = clipping(
            cls.section, cls.courier, title="شمارش دوم", day=2, language="fa"
        )

    def test_items_use_the_translation_marked_with_its_language(self):
        issue = digest_draft(week_start=WEEK)
        [persian] = issue.body
        self.assertEqual(persian.value["language"], "fa")
        texts = [item.value["text"].source for item in persian.value["items"]]
        self.assertEqual(
            texts[0],
            '<p lang="en" dir="ltr">Volunteers counted the birds. A second one.</p>',
        )
        self.assertEqual(texts[1], "<p>شمارش دوم was reported. A second line.</p>")


class RedraftTests(TestCase):
    """Drafting a week again catches up with it, never undoing the editor."""

    @classmethod
    def setUpTestData(cls):
        cls.home, cls.section, (cls.courier, cls.lantern) = build_site()
        cls.first = clipping(cls.section, cls.courier, title="Ferry resumes", day=0)
        cls.dropped = clipping(cls.section, cls.lantern, title="Wetland count", day=1)

    def edit_as_editor(self, issue):
        """Rewrite the first item's text and remove the second item."""
        page = issue.get_latest_revision_as_object()
        raw = list(page.body.raw_data)
        items = raw[0]["value"]["items"]
        items[0]["value"]["text"] = "<p>The editor's own words.</p>"
        raw[0]["value"]["items"] = items[:1]
        page.body = raw
        page.save_revision()

    def publish_later(self, **kwargs):
        with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
            return clipping(self.section, self.courier, **kwargs)

    def test_adds_what_was_published_since_and_keeps_the_editors_changes(self):
        issue = digest_redraft(week_start=WEEK).issue
        self.edit_as_editor(issue)
        late = self.publish_later(title="Harbour vote", day=3)
        persian = self.publish_later(title="رأی بندر", day=4, language="fa")
        result = digest_redraft(week_start=WEEK + timedelta(days=2))
        self.assertEqual(
            (result.issue.pk, result.created, result.added), (issue.pk, False, 2)
        )
        body = result.issue.get_latest_revision_as_object().body
        english = body[0].value["items"]
        self.assertEqual(
            english[0].value["text"].source, "<p>The editor's own words.</p>"
        )
        pages = [[p.pk for p in item.value["clippings"]] for item in english]
        # The removed item stays removed; the new clipping comes after.
        self.assertEqual(pages, [[self.first.pk], [late.pk]])
        self.assertEqual(body[1].value["language"], "fa")
        self.assertEqual(body[1].value["items"][0].value["clippings"][0].pk, persian.pk)
        again = digest_redraft(week_start=WEEK)
        self.assertEqual(again.added, 0)

    def test_a_live_issue_is_left_as_is_and_the_next_week_offered(self):
        issue = digest_publish(issue=digest_redraft(week_start=WEEK).issue)
        revisions = issue.revisions.count()
        self.publish_later(title="Harbour vote", day=3)
        result = digest_redraft(week_start=WEEK)
        self.assertTrue(result.live)
        self.assertEqual(result.added, 0)
        self.assertEqual(result.next_week, WEEK + timedelta(days=7))
        self.assertEqual(issue.revisions.count(), revisions)
