"""The monitor's models: outlets, feeds, the watchlist, stories and the inbox."""

from .alerts import AlertDelivery, AlertFrequency, InboxFeed, TopicAlert
from .feeds import SOCIAL_SOURCES, Feed, FeedKind, SourceKind
from .outlets import Outlet
from .scheduler import SchedulerLock
from .stories import Cluster, Snapshot, Story, StoryMatch, StoryStatus
from .watchlist import Alias, Term, Topic

__all__ = [
    "AlertDelivery",
    "AlertFrequency",
    "SOCIAL_SOURCES",
    "Alias",
    "Cluster",
    "Feed",
    "FeedKind",
    "InboxFeed",
    "Outlet",
    "SchedulerLock",
    "SourceKind",
    "Snapshot",
    "Story",
    "StoryMatch",
    "StoryStatus",
    "Term",
    "Topic",
    "TopicAlert",
]
