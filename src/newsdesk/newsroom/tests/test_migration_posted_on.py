"""Migration 0008: posts nobody dated by hand move to their first publication."""

import importlib
from datetime import UTC, date, datetime

from django.apps import apps
from django.test import TestCase

from newsdesk.newsroom.models import ClippingPage, PostPage, SearchEntry
from newsdesk.newsroom.services.search import search_entries_refresh

from .factories import ClippingPageFactory, HomePageFactory, SectionPageFactory

migration = importlib.import_module(
    "newsdesk.newsroom.migrations.0008_posted_on_first_published"
)
PUBLISHED = datetime(2022, 4, 4, 9, 0, tzinfo=UTC)
SOURCE_DAY = datetime(2022, 4, 1, 0, 0, tzinfo=UTC)
HAND = datetime(2022, 3, 30, 8, 0, tzinfo=UTC)


class PostedOnMigrationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        news = SectionPageFactory(parent=HomePageFactory(), slug="news")
        source = [{"published_on": date(2022, 4, 1)}]
        cls.undated = ClippingPageFactory(parent=news, posted_at=None, sources=source)
        cls.by_hand = ClippingPageFactory(parent=news, posted_at=HAND, sources=source)
        for page in (cls.undated, cls.by_hand):
            ClippingPage.objects.filter(pk=page.pk).update(first_published_at=PUBLISHED)
        # As the old rule stored them: the source's date, or the editor's.
        PostPage.objects.filter(pk=cls.undated.pk).update(listing_date=SOURCE_DAY)
        PostPage.objects.filter(pk=cls.by_hand.pk).update(listing_date=HAND)
        search_entries_refresh(page=news)

    def listing_date(self, page):
        return PostPage.objects.get(pk=page.pk).listing_date

    def test_undated_posts_move_to_their_first_publication(self):
        migration.forwards(apps, None)
        self.assertEqual(self.listing_date(self.undated), PUBLISHED)
        entry = SearchEntry.objects.get(page_id=self.undated.pk)
        self.assertEqual(entry.listing_date, PUBLISHED)

    def test_posts_dated_by_hand_do_not_move(self):
        migration.forwards(apps, None)
        self.assertEqual(self.listing_date(self.by_hand), HAND)
        entry = SearchEntry.objects.get(page_id=self.by_hand.pk)
        self.assertEqual(entry.listing_date, HAND)

    def test_backwards_puts_back_the_source_date(self):
        migration.forwards(apps, None)
        migration.backwards(apps, None)
        self.assertEqual(self.listing_date(self.undated), SOURCE_DAY)
        self.assertEqual(self.listing_date(self.by_hand), HAND)
