"""The monitor's models: outlets, feeds, the watchlist, stories and the inbox."""

from .feeds import SOCIAL_SOURCES, Feed, FeedKind, SourceKind
from .outlets import Outlet
from .scheduler import SchedulerLock
from .stories import Cluster, Snapshot, Story, StoryMatch, StoryStatus
from .watchlist import Alias, Term, Topic

__all__ = [
    "SOCIAL_SOURCES",
    "Alias",
    "Cluster",
    "Feed",
    "FeedKind",
    "Outlet",
    "SchedulerLock",
    "SourceKind",
    "Snapshot",
    "Story",
    "StoryMatch",
    "StoryStatus",
    "Term",
    "Topic",
]
