"""Scheduled publishing: the monitor's scheduler runs Wagtail's publish_scheduled."""

from datetime import timedelta
from unittest import mock

from django.test import TestCase
from django.utils import timezone

from newsdesk.monitor.scheduler import scheduler_tick
from newsdesk.newsroom.models import ClippingPage

from .factories import ClippingPageFactory, HomePageFactory, SectionPageFactory


class ScheduledPublishingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.section = SectionPageFactory(parent=cls.home, slug="news")

    def test_page_goes_live_when_the_scheduler_ticks_after_its_time(self):
        start = timezone.now()
        page = ClippingPageFactory(parent=self.section, publish=False)
        page.go_live_at = start + timedelta(days=1)
        page.save_revision().publish()
        assert not ClippingPage.objects.get(pk=page.pk).live

        scheduler_tick(holder="test", now=start)
        assert not ClippingPage.objects.get(pk=page.pk).live

        later = start + timedelta(days=1, minutes=1)
        # Fake time only: the clock reads a day later.
        with mock.patch("django.utils.timezone.now", return_value=later):
            scheduler_tick(holder="test", now=later)
        page = ClippingPage.objects.get(pk=page.pk)
        assert page.live
        assert page.first_published_at is not None
