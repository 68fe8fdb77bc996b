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
