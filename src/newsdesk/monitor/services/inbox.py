"""The inbox's actions."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from newsdesk.security.audit import audit_log

from ..models import Story, StoryStatus


@transaction.atomic
def story_dismiss(*, story: Story, whole_group: bool = False, user: Any = None) -> int:
    """Dismiss a story (or every story of its group) for good; return how many.

    The dismissal is written to the audit log, by `user` when one is given.
    """
    stories = Story.objects.filter(pk=story.pk)
    if whole_group and story.cluster_id:
        stories = Story.objects.filter(cluster_id=story.cluster_id)
    count: int = stories.exclude(status=StoryStatus.DISMISSED).update(
        status=StoryStatus.DISMISSED, dismissed_at=timezone.now()
    )
    if count:
        audit_log(
            instance=story,
            action="newsdesk.monitor.dismiss",
            user=user,
            data={"count": count, "whole_group": whole_group},
        )
    return count


@transaction.atomic
def stories_dismiss(*, story_ids: list[int], user: Any = None) -> int:
    """Dismiss the chosen stories that are still new; return how many.

    Running it twice dismisses nothing more the second time.
    """
    count = 0
    for story in Story.objects.filter(pk__in=story_ids, status=StoryStatus.NEW):
        count += story_dismiss(story=story, user=user)
    return count


@transaction.atomic
def stories_assign(*, story_ids: list[int], assignee: Any, user: Any = None) -> int:
    """Give the chosen stories to an editor (None: to nobody); return how many."""
    stories = list(Story.objects.filter(pk__in=story_ids))
    for story in stories:
        story.assignee = assignee
        story.save(update_fields=["assignee"])
        audit_log(
            instance=story,
            action="newsdesk.monitor.assign",
            user=user,
            data={"assignee": getattr(assignee, "pk", None)},
        )
    return len(stories)
