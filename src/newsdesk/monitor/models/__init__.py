"""The monitor's models: outlets, feeds, the watchlist, stories and the inbox."""

from .alerts import AlertDelivery, AlertFrequency, InboxFeed, TopicAlert
from .feeds import Feed, FeedKind
from .outlets import Outlet
from .scheduler import SchedulerLock
from .stories import Cluster, Snapshot, Story, StoryMatch, StoryStatus
from .watchlist import Alias, Term, Topic

__all__ = [
    "AlertDelivery",
    "AlertFrequency",
    "Alias",
    "Cluster",
    "Feed",
    "FeedKind",
    "InboxFeed",
    "Outlet",
    "SchedulerLock",
    "Snapshot",
    "Story",
    "StoryMatch",
    "StoryStatus",
    "Term",
    "Topic",
    "TopicAlert",
]
