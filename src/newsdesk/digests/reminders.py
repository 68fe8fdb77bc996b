"""Remind the editors, on the configured weekday, that the week's digest is due."""

import logging
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone

from newsdesk import conf
from newsdesk.staffmail import staff_emails, staff_notify

from .drafting import body_clipping_ids, week_label, week_of
from .selectors import issue_for_week, week_clippings

logger = logging.getLogger(__name__)
EDITORS_GROUP = "Editors"
WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


def reminder_weekday() -> int | None:
    """Return the weekday (Monday is 0) reminders go out on; None when off."""
    name = str(conf.get("DIGEST_REMINDER_DAY") or "").strip().lower()
    if name in ("", "off", "none"):
        return None
    if name not in WEEKDAYS:
        raise ImproperlyConfigured(
            f"NEWSDESK_DIGEST_REMINDER_DAY is {name!r}: set it to a weekday "
            f"({', '.join(WEEKDAYS)}) or to off."
        )
    return WEEKDAYS.index(name)


@dataclass(frozen=True)
class Reminder:
    """What the reminder says: the week, its issue if any, what is left out."""

    monday: date
    sunday: date
    issue_title: str
    missing: int

    @property
    def subject(self) -> str:
        return f"The Weekly Digest for {week_label(self.monday, self.sunday)} is due"

    def body(self) -> str:
        clippings = "clipping" if self.missing == 1 else "clippings"
        state = (
            f"{self.issue_title} is still a draft."
            if self.issue_title
            else "It has no draft yet."
        )
        return (
            f"{self.subject}. {state}\n\n"
            f"{self.missing} {clippings} published this week "
            f"{'is' if self.missing == 1 else 'are'} not yet in it.\n\n"
            "Draft it, or add what was published since the last draft: "
            f"{settings.BASE_URL}{reverse('digests_draft')}\n"
        )


def digest_reminder(*, today: date) -> Reminder | None:
    """Return the reminder for the week of `today`; None when its issue is live."""
    monday, sunday = week_of(today)
    issue = issue_for_week(monday)
    if issue is not None and issue.live:
        return None
    present: set[int] = set()
    if issue is not None:
        latest = issue.get_latest_revision_as_object()
        present = body_clipping_ids(list(latest.body.raw_data))
    clippings = week_clippings(week_start=monday, week_end=sunday)
    missing = sum(1 for clipping in clippings if clipping.pk not in present)
    title = issue.title if issue is not None else ""
    return Reminder(monday=monday, sunday=sunday, issue_title=title, missing=missing)


def digest_reminder_send(*, now: datetime) -> bool:
    """Mail the editors the week's reminder if today is the day; tell if it went.

    The scheduler runs it once a day (NEWSDESK["SCHEDULER_DAILY_COMMANDS"]);
    on other weekdays, or when the week's issue is live, it sends nothing.
    Run twice on the same day by hand, it mails twice.
    """
    today = timezone.localdate(now)
    if reminder_weekday() != today.weekday():
        return False
    reminder = digest_reminder(today=today)
    if reminder is None:
        return False
    sent = staff_notify(
        recipients=staff_emails(group=EDITORS_GROUP, superusers=True),
        subject=reminder.subject,
        body=reminder.body(),
        event="digest reminder failed",
        about={"week_start": reminder.monday.isoformat()},
    )
    logger.info(
        "digest reminder",
        extra={
            "week_start": reminder.monday.isoformat(),
            "missing": reminder.missing,
            "sent": sent,
        },
    )
    return sent
