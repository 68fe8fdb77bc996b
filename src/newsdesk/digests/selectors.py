"""Reads for digests: the week's clippings, issue listings and neighbours."""

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.selectors import posts_for_display

from .models import DigestIndexPage, DigestIssuePage

RELATED_ISSUES = 4


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def week_clippings(*, week_start: date, week_end: date) -> list[ClippingPage]:
    """Return the live, public clippings posted in the week, oldest first.

    The week runs from `week_start` 00:00 to the end of `week_end`, in the
    site's time zone; sources and outlets come loaded.
    """
    clippings = (
        ClippingPage.objects.live()
        .public()
        .filter(
            listing_date__gte=_start_of(week_start),
            listing_date__lt=_start_of(week_end + timedelta(days=1)),
        )
        .order_by("listing_date", "pk")
    )
    return posts_for_display(clippings)


def digest_index() -> DigestIndexPage | None:
    """Return the site's digest section, if there is one."""
    return DigestIndexPage.objects.order_by("path").first()


def issue_for_week(week_start: date) -> DigestIssuePage | None:
    """Return the issue for the week starting `week_start`, live or draft."""
    return DigestIssuePage.objects.filter(week_start=week_start).first()


def issue_listing(*, index: DigestIndexPage) -> QuerySet[DigestIssuePage]:
    """Return the live, public issues of a digest section, newest first."""
    issues = DigestIssuePage.objects.live().public().child_of(index)
    return issues.order_by("-number")


def issue_neighbours(*, issue: DigestIssuePage) -> dict[str, Any]:
    """Return the previous and next live issues and the nearest few by number.

    `related` holds up to four live issues closest in number (ties go to the
    earlier one), never the issue itself.
    """
    issues = DigestIssuePage.objects.live().public().exclude(pk=issue.pk)
    if issue.pk:
        issues = issues.sibling_of(issue, inclusive=False)
    earlier = issues.filter(number__lt=issue.number).order_by("-number")
    later = issues.filter(number__gt=issue.number).order_by("number")
    before = list(earlier[:RELATED_ISSUES])
    after = list(later[:RELATED_ISSUES])
    nearest = sorted(before + after, key=lambda other: _distance(issue, other))
    related = sorted(nearest[:RELATED_ISSUES], key=lambda other: -other.number)
    return {
        "previous": before[0] if before else None,
        "next": after[0] if after else None,
        "related": related,
    }


def _distance(issue: DigestIssuePage, other: DigestIssuePage) -> tuple[int, int]:
    gap = other.number - issue.number
    return abs(gap), 0 if gap < 0 else 1
