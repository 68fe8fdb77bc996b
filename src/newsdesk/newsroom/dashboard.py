"""Reads for the admin's home page: the figures an editor checks each morning.

A fixed number of queries (four), whatever the number of topics, feeds,
languages or clippings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.utils import timezone

from newsdesk import conf
from newsdesk.monitor.models import Feed, StoryMatch, StoryStatus
from newsdesk.text.languages import language_name

from .models import ClippingPage


@dataclass(frozen=True)
class DashboardFigures:
    """What the dashboard panels show."""

    inbox_by_topic: list[tuple[int, str, int]]
    failing_feeds: list[Feed]
    this_week_by_language: list[tuple[str, str, int]]
    weekly: list[tuple[date, int]]


def week_start(day: date) -> date:
    """Return the Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def dashboard_figures(*, now: datetime | None = None) -> DashboardFigures:
    """Return the inbox per topic, failing feeds and clippings per week."""
    now = now or timezone.now()
    monday = week_start(timezone.localdate(now))
    return DashboardFigures(
        inbox_by_topic=inbox_by_topic(),
        failing_feeds=list(
            Feed.objects.filter(failure_count__gt=0)
            .select_related("outlet")
            .order_by("-failure_count", "url")
        ),
        this_week_by_language=published_by_language(since=_midnight(monday)),
        weekly=published_per_week(last=monday, weeks=conf.get("DASHBOARD_WEEKS")),
    )


def inbox_by_topic() -> list[tuple[int, str, int]]:
    """Return (topic id, name, new stories) for the topics in the inbox."""
    rows = (
        StoryMatch.objects.filter(story__status=StoryStatus.NEW)
        .values("topic_id", "topic__name")
        .annotate(count=Count("story", distinct=True))
        .order_by("-count", "topic__name")
    )
    return [(row["topic_id"], row["topic__name"], row["count"]) for row in rows]


def published_by_language(*, since: datetime) -> list[tuple[str, str, int]]:
    """Return (code, name, count) of clippings first published since `since`."""
    rows = (
        ClippingPage.objects.live()
        .filter(first_published_at__gte=since)
        .values("language")
        .annotate(count=Count("pk"))
        .order_by("-count", "language")
    )
    return [
        (row["language"], language_name(row["language"]), row["count"]) for row in rows
    ]


def published_per_week(*, last: date, weeks: int) -> list[tuple[date, int]]:
    """Return (Monday, clippings first published that week), oldest first."""
    first = last - timedelta(weeks=weeks - 1)
    rows = (
        ClippingPage.objects.live()
        .filter(first_published_at__gte=_midnight(first))
        .annotate(week=TruncWeek("first_published_at"))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts = {_as_date(row["week"]): row["count"] for row in rows}
    days = (first + timedelta(weeks=n) for n in range(weeks))
    return [(day, counts.get(day, 0)) for day in days]


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _as_date(value: datetime | date) -> date:
    if isinstance(value, datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value
