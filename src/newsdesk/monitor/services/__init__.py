"""Writes for the monitor: polling, the inbox's actions, the watchlist."""

from .accounts import feed_for_account
from .alerts import alert_send, alerts_queue, alerts_send
from .backfill import BackfillReport, topic_backfill
from .inbox import stories_assign, stories_dismiss, story_dismiss
from .inbox_feeds import inbox_feed_create, inbox_feed_revoke
from .outlets import (
    outlet_create,
    outlet_for_platform,
    outlet_named,
    outlets_on_domain,
    registered_domain,
)
from .polling import (
    PollContext,
    PollReport,
    PollTotals,
    feed_poll,
    feeds_poll,
    story_create,
)
from .watchlist import ImportReport, feeds_import_opml, term_aliases_sync

__all__ = [
    "BackfillReport",
    "alert_send",
    "alerts_queue",
    "alerts_send",
    "topic_backfill",
    "ImportReport",
    "PollContext",
    "PollReport",
    "PollTotals",
    "feed_for_account",
    "feed_poll",
    "feeds_import_opml",
    "feeds_poll",
    "inbox_feed_create",
    "inbox_feed_revoke",
    "outlet_create",
    "outlet_for_platform",
    "outlet_named",
    "outlets_on_domain",
    "registered_domain",
    "stories_assign",
    "stories_dismiss",
    "story_create",
    "story_dismiss",
    "term_aliases_sync",
]
