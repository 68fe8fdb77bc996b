"""Dates as a clipping shows them, and the posting-date fallback."""

from datetime import date, datetime

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
    first_published_at: datetime | None,
    stored_at: datetime,
) -> datetime:
    """Return the date a piece is listed under ("Posted on"); never empty.

    The date the editor set wins; then when the page was first published
    (the day it was posted on the site); then, for a page never published,
    when it was stored. The source's own date is not used: it stays in the
    attribution line, and a story from Friday clipped on Monday is posted on
    Monday.
    """
    if posted_at is not None:
        return posted_at
    if first_published_at is not None:
        return first_published_at
    return stored_at
