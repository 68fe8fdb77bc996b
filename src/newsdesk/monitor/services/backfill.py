"""Re-check the stories already stored when a topic is added or edited."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from newsdesk import conf

from .. import selectors
from ..match import Matcher
from ..models import Story, StoryMatch, StoryStatus, Topic
from .alerts import alerts_queue
from .polling import _story_cluster

log = logging.getLogger(__name__)

STORY_FIELDS = (
    "pk",
    "title",
    "summary",
    "text",
    "language",
    "status",
    "cluster_id",
    "created_at",
)


@dataclass
class BackfillReport:
    """How far a re-check got: stories checked of all, matches added/removed."""

    topic_id: int
    total: int
    checked: int = 0
    added: int = 0
    removed: int = 0


def topic_backfill(
    *,
    topic: Topic,
    progress: Callable[[BackfillReport], None] | None = None,
) -> BackfillReport:
    """Match every stored story against the topic's aliases, a batch at a time.

    New matches are stored (grouped and alerted like a poll's); the topic's
    matches that no longer hold are removed from stories still new in the
    inbox (a dismissed or clipped story keeps its history). Running it twice
    changes nothing the second time: one match per story and term. Each
    batch is its own transaction and records the progress on the topic.
    """
    matcher = selectors.matcher_build(topic=topic)
    report = BackfillReport(topic_id=topic.pk, total=Story.objects.count())
    Topic.objects.filter(pk=topic.pk).update(
        backfill_total=report.total, backfill_checked=0, backfill_finished_at=None
    )
    after = 0
    size = conf.get("BACKFILL_BATCH_SIZE")
    while batch := list(
        Story.objects.filter(pk__gt=after).order_by("pk").only(*STORY_FIELDS)[:size]
    ):
        _batch_check(batch=batch, topic=topic, matcher=matcher, report=report)
        after = batch[-1].pk
        if progress:
            progress(report)
    Topic.objects.filter(pk=topic.pk).update(
        backfill_checked=report.checked, backfill_finished_at=timezone.now()
    )
    log.info(
        "topic re-checked",
        extra={"topic_id": topic.pk, "checked": report.checked, "added": report.added},
    )
    return report


@transaction.atomic
def _batch_check(
    *, batch: list[Story], topic: Topic, matcher: Matcher, report: BackfillReport
) -> None:
    held = _held_terms(batch=batch, topic=topic)
    for story in batch:
        text = f"{story.title}\n{story.summary}\n{story.text}"
        hits = {hit.term_id: hit for hit in matcher.find(text, language=story.language)}
        for term_id, hit in hits.items():
            if term_id in held.get(story.pk, ()):
                continue
            StoryMatch.objects.create(
                story=story,
                topic_id=topic.pk,
                term_id=term_id,
                alias_id=hit.alias_id,
                context=hit.context[:500],
            )
            report.added += 1
        if hits and not held.get(story.pk):
            _story_first_matched(story=story, topic=topic)
        gone = set(held.get(story.pk, ())) - set(hits)
        if gone and story.status == StoryStatus.NEW:
            report.removed += StoryMatch.objects.filter(
                story=story, term_id__in=gone
            ).delete()[0]
    report.checked += len(batch)
    Topic.objects.filter(pk=topic.pk).update(backfill_checked=report.checked)


def _held_terms(*, batch: list[Story], topic: Topic) -> dict[int, set[int]]:
    rows = StoryMatch.objects.filter(story__in=batch, topic=topic).values_list(
        "story_id", "term_id"
    )
    held: dict[int, set[int]] = {}
    for story_id, term_id in rows:
        held.setdefault(story_id, set()).add(term_id)
    return held


def _story_first_matched(*, story: Story, topic: Topic) -> None:
    """Group a story the topic just found, and tell the people alerted on it."""
    if story.cluster_id is None:
        full = Story.objects.get(pk=story.pk)
        if full.signature:
            _story_cluster(story=full, threshold=conf.get("CLUSTER_THRESHOLD"))
    recent = timezone.now() - timedelta(days=conf.get("ALERT_BACKFILL_DAYS"))
    if story.created_at >= recent:  # last month's press is found, not mailed
        alerts_queue(story=story, topic_ids=[topic.pk])
