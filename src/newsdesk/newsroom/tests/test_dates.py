from datetime import UTC, date, datetime

import pytest

from newsdesk.newsroom.dates import format_date, posting_date

POSTED = datetime(2021, 3, 1, 9, 30, tzinfo=UTC)
PUBLISHED = datetime(2021, 3, 5, 12, 0, tzinfo=UTC)
STORED = datetime(2021, 3, 6, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("posted_at", "first_published_at", "expected"),
    [
        (POSTED, PUBLISHED, POSTED),
        # The day it was posted on the site, not the source's own date.
        (None, PUBLISHED, PUBLISHED),
        (None, None, STORED),
    ],
)
def test_posting_date_fallback(posted_at, first_published_at, expected):
    result = posting_date(
        posted_at=posted_at, first_published_at=first_published_at, stored_at=STORED
    )
    assert result == expected


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2021, 1, 26), "January 26 2021"),
        (date(2020, 12, 3), "December 3 2020"),
        (datetime(1999, 5, 9, 23, 59), "May 9 1999"),
    ],
)
def test_format_date(value, text):
    assert format_date(value) == text


@pytest.mark.parametrize(
    ("language", "numbering", "expected"),
    [
        ("en", "latn", "December 6 2026"),
        ("", "latn", "December 6 2026"),
        # Persian: the Solar Hijri date, 15 Azar 1405, in Persian digits.
        ("fa", "arabext", "۱۵ آذر ۱۴۰۵"),
        ("fa-IR", "latn", "15 آذر 1405"),
        ("ar", "latn", "6 ديسمبر 2026"),
        ("ar", "arab", "٦ ديسمبر ٢٠٢٦"),
        ("fr", "latn", "6 décembre 2026"),
        ("sq", "latn", "6 dhjetor 2026"),
        ("zz", "latn", "December 6 2026"),  # no CLDR data: English
    ],
)
def test_format_date_per_language(language, numbering, expected):
    assert format_date(date(2026, 12, 6), language, numbering) == expected


def test_solar_hijri_new_year():
    assert format_date(date(2026, 3, 21), "fa", "latn") == "1 فروردین 1405"
