"""Background work for the monitor, on the "monitor" task backend."""

from __future__ import annotations

from django_tasks import task

from .models import Feed
from .services import feeds_poll


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
