"""Writes for the monitor: polling, the inbox's actions, the watchlist."""

from .inbox import stories_assign, stories_dismiss, story_dismiss
from .outlets import outlet_create, outlet_named, outlets_on_domain, registered_domain
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
    "ImportReport",
    "PollContext",
    "PollReport",
    "PollTotals",
    "feed_poll",
    "feeds_import_opml",
    "feeds_poll",
    "outlet_create",
    "outlet_named",
    "outlets_on_domain",
    "registered_domain",
    "stories_assign",
    "stories_dismiss",
    "story_create",
    "story_dismiss",
    "term_aliases_sync",
]
