"""Dates as a clipping shows them, and the posting-date fallback.

English keeps the clipping trade's `January 26 2021`; Persian shows the
Solar Hijri date (jdatetime); every other language its CLDR form (Babel:
`26 janvier 2021`, `26 janar 2021`, `26 يناير 2021`). Digits follow a CLDR
numbering system chosen per language (`NEWSDESK["DIGITS"]`).
"""

from datetime import date, datetime

import jdatetime
from babel.core import UnknownLocaleError
from babel.dates import format_date as babel_format_date

from newsdesk import conf

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


# CLDR numbering systems: the ten digits of each.
NUMBERING_SYSTEMS = {
    "latn": "0123456789",
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}


def with_digits(text: str, numbering: str = "latn") -> str:
    """Return `text` with its ASCII digits written in `numbering`'s digits."""
    digits = NUMBERING_SYSTEMS.get(numbering, NUMBERING_SYSTEMS["latn"])
    return text.translate(str.maketrans("0123456789", digits))


def primary_language(tag: str) -> str:
    """Return the language subtag of a BCP 47 tag (`fa-IR` -> `fa`)."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


def numbering_for(language: str) -> str:
    """Return the numbering system `language`'s digits use (`NEWSDESK["DIGITS"]`)."""
    chosen = dict(conf.get("DIGITS")).get(primary_language(language))
    return str(chosen or "latn")


def english_date(value: date) -> str:
    """Return the date the way clipping services write it: `January 26 2021`."""
    return f"{MONTHS[value.month - 1]} {value.day} {value.year}"


def gregorian_date(value: date, language: str = "en") -> str:
    """Return the Gregorian date in `language`: CLDR's `d MMMM y`, or English."""
    primary = primary_language(language)
    if primary in ("", "en"):
        return english_date(value)
    try:
        return str(babel_format_date(value, "d MMMM y", locale=primary))
    except (UnknownLocaleError, ValueError):
        return english_date(value)


def solar_hijri_date(value: date) -> str:
    """Return the Solar Hijri date as Persian writes it: `15 آذر 1405`."""
    day = jdatetime.date.fromgregorian(date=value)
    return f"{day.day} {jdatetime.date.j_months_fa[day.month - 1]} {day.year}"


def format_date(value: date, language: str = "en", numbering: str = "latn") -> str:
    """Return the date as a clipping in `language` shows it.

    English: `January 26 2021`; Persian: the Solar Hijri date; others: the
    Gregorian date in CLDR's words. Digits in `numbering` (CLDR's name).
    """
    if primary_language(language) == "fa":
        text = solar_hijri_date(value)
    else:
        text = gregorian_date(value, language)
    return with_digits(text, numbering)


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
