"""Dates as a clipping shows them, and the posting-date fallback."""

from collections.abc import Iterable
from datetime import date, datetime, time, tzinfo

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(value: date) -> str:
    """Return the date the way clipping services write it: `January 26 2021`."""
    return f"{MONTHS[value.month - 1]} {value.day} {value.year}"


def posting_date(
    *,
    posted_at: datetime | None,
    source_dates: Iterable[date | None],
    first_published_at: datetime | None,
    stored_at: datetime,
    tz: tzinfo,
) -> datetime:
    """Return the date a piece is listed under; never empty.

    The editor's posting date wins; then the earliest date of its sources (at
    midnight in `tz`); then when the page was first published; then when it
    was stored.
    """
    if posted_at is not None:
        return posted_at
    known = [day for day in source_dates if day is not None]
    if known:
        return datetime.combine(min(known), time.min, tzinfo=tz)
    if first_published_at is not None:
        return first_published_at
    return stored_at
