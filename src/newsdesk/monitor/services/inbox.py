"""The inbox's actions."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from ..models import Story, StoryStatus


@transaction.atomic
def story_dismiss(*, story: Story, whole_group: bool = False) -> int:
    """Dismiss a story (or every story of its group) for good; return how many."""
    stories = Story.objects.filter(pk=story.pk)
    if whole_group and story.cluster_id:
        stories = Story.objects.filter(cluster_id=story.cluster_id)
    return stories.exclude(status=StoryStatus.DISMISSED).update(
        status=StoryStatus.DISMISSED, dismissed_at=timezone.now()
    )
