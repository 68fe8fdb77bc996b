from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsdesk.monitor.models import Feed, Story
from newsdesk.monitor.scheduler import (
    feeds_enqueue_due,
    scheduler_lock_acquire,
    scheduler_lock_release,
    scheduler_tick,
)
from newsdesk.monitor.tests import queued
from newsdesk.monitor.tests.factories import FeedFactory


@pytest.mark.django_db
def test_only_one_scheduler_holds_the_lease():
    now = timezone.now()
    assert scheduler_lock_acquire(holder="a", now=now)
    assert not scheduler_lock_acquire(holder="b", now=now)
    assert scheduler_lock_acquire(holder="a", now=now)  # renew
    later = now + timedelta(hours=1)
    assert scheduler_lock_acquire(holder="b", now=later)  # a's lease expired
    scheduler_lock_release(holder="b")
    assert scheduler_lock_acquire(holder="c", now=later)


@pytest.mark.django_db
def test_due_feeds_are_queued_once():
    now = timezone.now()
    FeedFactory()
    FeedFactory(next_poll_at=now - timedelta(minutes=5))
    FeedFactory(next_poll_at=now + timedelta(minutes=5))
    assert feeds_enqueue_due(now=now) == 2
    assert feeds_enqueue_due(now=now) == 0
    assert len(queued.queued_args()) == 2
    assert scheduler_tick(holder="x", now=now) == 0
    assert scheduler_tick(holder="y", now=now) is None


@pytest.mark.django_db(transaction=True)
def test_the_worker_polls_the_queued_feeds(httpserver, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    item = f"<item><title>Ferry</title><link>{httpserver.url_for('/a')}</link></item>"
    httpserver.expect_request("/feed").respond_with_data(
        f"<rss version='2.0'><channel><title>C</title>{item}</channel></rss>"
    )
    httpserver.expect_request("/a").respond_with_data("<html><p>Text.</p></html>")
    feed = Feed.objects.create(url=httpserver.url_for("/feed"))
    out = StringIO()
    call_command("scheduler", "--once", stdout=out)
    assert "1 feeds queued" in out.getvalue()
    call_command("worker", "--batch", stdout=StringIO(), stderr=StringIO())
    assert Story.objects.count() == 1
    feed.refresh_from_db()
    assert feed.last_status == 200
    assert queued.statuses() == ["SUCCESSFUL"]
