"""Background work for the monitor, on the "monitor" task backend."""

from __future__ import annotations

from django_tasks import task

from .models import Feed, Topic
from .services import feeds_poll, topic_backfill


@task(backend="monitor")
def poll_feed(feed_id: int) -> dict[str, int | str]:
    """Poll one feed. Running it twice stores nothing twice."""
    feed = Feed.objects.filter(pk=feed_id, enabled=True).first()
    if feed is None:
        return {"feed_id": feed_id, "outcome": "gone"}
    totals = feeds_poll(feeds=[feed])
    return {
        "feed_id": feed_id,
        "outcome": "failed" if totals.failed else "done",
        "new": totals.new,
        "matched": totals.matched,
    }


@task(backend="monitor")
def backfill_topic(topic_id: int) -> dict[str, int | str]:
    """Re-check stored stories against one topic. Running it twice adds nothing."""
    topic = Topic.objects.filter(pk=topic_id).first()
    if topic is None:
        return {"topic_id": topic_id, "outcome": "gone"}
    report = topic_backfill(topic=topic)
    return {
        "topic_id": topic_id,
        "outcome": "done",
        "checked": report.checked,
        "added": report.added,
        "removed": report.removed,
    }
