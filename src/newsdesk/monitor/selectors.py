"""Reads for the monitor: due feeds, the matcher, clustering candidates, inbox."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet

from newsdesk import conf
from newsdesk.text import minhash

from .cluster import StoryPrint
from .match import AliasSpec, Matcher
from .models import Alias, Feed, Snapshot, Story, StoryMatch, Topic


def feeds_due(*, now: datetime) -> QuerySet[Feed]:
    """Return the enabled feeds whose next poll time has come (or never set)."""
    return Feed.objects.filter(enabled=True).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    )


def matcher_build(*, topic: Topic | None = None) -> Matcher:
    """Return a matcher for every alias of every topic (or of one), with exclusions."""
    rows = Alias.objects.select_related("term")
    topics = Topic.objects.all()
    if topic is not None:
        rows = rows.filter(term__topic=topic)
        topics = topics.filter(pk=topic.pk)
    aliases = [
        AliasSpec(alias.pk, alias.term_id, alias.term.topic_id, alias.text)
        for alias in rows
    ]
    exclusions = {topic.pk: topic.exclusion_list for topic in topics}
    return Matcher(
        aliases, exclusions=exclusions, context_words=conf.get("MATCH_CONTEXT_WORDS")
    )


def cluster_candidates(*, story: Story, now: datetime) -> list[StoryPrint]:
    """Return the matched stories of the clustering window, other than `story`."""
    since = now - timedelta(days=conf.get("CLUSTER_WINDOW_DAYS"))
    rows = (
        Story.objects.filter(created_at__gte=since, matches__isnull=False)
        .exclude(pk=story.pk)
        .exclude(signature=b"")
        .distinct()
        .values_list("pk", "url", "title_key", "signature", "cluster_id")
    )
    return [
        StoryPrint(pk, url, key, tuple(minhash.from_bytes(bytes(sig))))
        for pk, url, key, sig, _cluster in rows
    ]


@dataclass(frozen=True)
class InboxFilters:
    """What the editor narrowed the inbox to; empty values mean everything."""

    topic: int | None = None
    language: str = ""
    outlet: int | None = None
    status: str = ""
    since: date | None = None
    until: date | None = None
    query: str = ""
    story: int | None = None
    assignee: int | None = None


def inbox_stories(*, filters: InboxFilters) -> QuerySet[Story]:
    """Return matched stories, newest first, with their feed, outlet and matches."""
    stories = Story.objects.filter(
        Exists(StoryMatch.objects.filter(story=OuterRef("pk")))
    )
    stories = _filtered(stories, filters)
    return (
        stories.select_related("feed__outlet", "cluster", "assignee")
        .prefetch_related(
            "matches__alias",
            "matches__topic",
            Prefetch(
                "cluster__stories",
                queryset=Story.objects.select_related("feed__outlet").only(
                    "pk",
                    "url",
                    "title",
                    "cluster_id",
                    "feed__outlet__name",
                    "feed__outlet_name",
                    "feed__url",
                ),
            ),
        )
        .annotate(
            group_size=Count("cluster__stories", distinct=True),
            outlet_count=Count("cluster__stories__feed__outlet", distinct=True),
            has_snapshot=Exists(Snapshot.objects.filter(story=OuterRef("pk"))),
        )
        .order_by(F("published_at").desc(nulls_last=True), "-created_at", "-pk")
    )


def _filtered(stories: QuerySet[Story], filters: InboxFilters) -> QuerySet[Story]:
    if filters.story:
        stories = stories.filter(pk=filters.story)
    if filters.topic:
        stories = stories.filter(matches__topic_id=filters.topic)
    if filters.language:
        stories = stories.filter(language=filters.language)
    if filters.outlet:
        stories = stories.filter(feed__outlet_id=filters.outlet)
    if filters.status:
        stories = stories.filter(status=filters.status)
    if filters.since:
        stories = stories.filter(published_at__date__gte=filters.since)
    if filters.until:
        stories = stories.filter(published_at__date__lte=filters.until)
    if filters.assignee:
        stories = stories.filter(assignee_id=filters.assignee)
    if filters.query:
        stories = stories.filter(
            Q(title__icontains=filters.query) | Q(text__icontains=filters.query)
        )
    return stories.distinct()


@dataclass(frozen=True)
class InboxRow:
    """One line of the inbox: a story, and the other outlets' copies of it."""

    story: Story
    copies: list[Story]
    # Actions other apps offer on the row (the `construct_inbox_buttons` hook).
    buttons: list[Any] = field(default_factory=list)


def inbox_rows(stories: Iterable[Story]) -> list[InboxRow]:
    """Show each group once on a page, at its newest story, with its copies."""
    rows, seen = [], set()
    for story in stories:
        if story.cluster_id is not None:
            if story.cluster_id in seen:
                continue
            seen.add(story.cluster_id)
            copies = [s for s in story.cluster.stories.all() if s.pk != story.pk]
        else:
            copies = []
        rows.append(InboxRow(story=story, copies=copies))
    return rows


def inbox_editors() -> QuerySet[Any]:
    """Return the active users who may change stories: who a story can go to."""
    can_change = Q(codename="change_story", content_type__app_label="monitor")
    permission = Permission.objects.filter(can_change)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permission)
            | Q(groups__permissions__in=permission)
        )
        .distinct()
        .order_by("username")
    )
