"""The demo's weekly digest: the last twelve weeks of clippings, published."""

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from newsdesk.digests.drafting import week_of
from newsdesk.digests.models import DigestIndexPage, DigestIssuePage
from newsdesk.digests.selectors import digest_index, issue_for_week
from newsdesk.digests.services import (
    digest_draft,
    digest_publish,
    issue_numbering_start,
)
from newsdesk.newsroom.models import ClippingPage, HomePage

from . import content

if TYPE_CHECKING:
    from .services import DemoReport

WEEKS = 12


def demo_digests(*, home: HomePage, today: date, report: "DemoReport") -> None:
    """Draft and publish an issue for each of the demo clippings' last 12 weeks.

    The weeks come from the clippings' own dates, so a second run, even days
    later, finds the same weeks and their issues and creates nothing. An
    issue is dated the Monday after its week, or `today` if that is sooner.
    """
    latest = min(timezone.now(), _aware(today, time(18)))
    _index(home, report)
    if not DigestIssuePage.objects.exists():
        issue_numbering_start(next_number=content.DIGEST["first_number"])
    weeks = _clipping_weeks(home)
    quoting = len(weeks) - 1 - content.DIGEST["social_post"]["weeks_ago"]
    for number, monday in enumerate(weeks):
        existing = issue_for_week(monday) is not None
        issue = digest_draft(week_start=monday)
        if not existing and number == quoting:
            _quote_social_post(issue)
        published_at = min(_aware(issue.week_end + timedelta(days=1), time(7)), latest)
        digest_publish(issue=issue, published_at=published_at)
        report.count("digest issues", created=not existing)


def _index(home: HomePage, report: "DemoReport") -> DigestIndexPage:
    index = digest_index()
    if index is not None:
        report.count("digest sections", created=False)
        return index
    spec = content.DIGEST
    index = DigestIndexPage(
        title=spec["title"], slug=spec["slug"], intro=spec["intro_html"]
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    report.count("digest sections", created=True)
    return index


def _clipping_weeks(home: HomePage) -> list[date]:
    clippings = ClippingPage.objects.live().descendant_of(home)
    dates = clippings.values_list("listing_date", flat=True)
    mondays = {week_of(timezone.localtime(moment).date())[0] for moment in dates}
    return sorted(mondays)[-WEEKS:]


def _aware(day: date, clock: time) -> datetime:
    return timezone.make_aware(datetime.combine(day, clock))


def _quote_social_post(issue: DigestIssuePage) -> None:
    """Add the demo's quoted post to its week's English section."""
    post = content.DIGEST["social_post"]
    body: list[dict[str, Any]] = list(issue.body.raw_data)
    english = [block for block in body if block["value"]["language"] == "en"]
    if not english:
        return
    day = issue.week_start + timedelta(days=post["days_after_monday"])
    english[0]["value"]["items"].append(
        {
            "type": "social_post",
            "value": {
                "author_name": post["author_name"],
                "handle": post["handle"],
                "date": day.isoformat(),
                "text": post["text"],
                "link": post["link"],
            },
        }
    )
    issue.body = body
    issue.save_revision()
