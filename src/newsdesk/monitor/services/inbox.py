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
