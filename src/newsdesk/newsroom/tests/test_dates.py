from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from newsdesk.newsroom.dates import format_date, posting_date

POSTED = datetime(2021, 3, 1, 9, 30, tzinfo=UTC)
PUBLISHED = datetime(2021, 3, 5, 12, 0, tzinfo=UTC)
STORED = datetime(2021, 3, 6, 8, 0, tzinfo=UTC)
TEHRAN = timezone(timedelta(hours=3, minutes=30))


@pytest.mark.parametrize(
    ("posted_at", "source_dates", "first_published_at", "expected"),
    [
        (POSTED, [date(2021, 2, 1)], PUBLISHED, POSTED),
        (None, [date(2021, 2, 1)], PUBLISHED, datetime(2021, 2, 1, tzinfo=UTC)),
        # The earliest source date, skipping sources without one.
        (
            None,
            [None, date(2021, 2, 3), date(2021, 2, 2)],
            PUBLISHED,
            datetime(2021, 2, 2, tzinfo=UTC),
        ),
        (None, [None, None], PUBLISHED, PUBLISHED),
        (None, [], PUBLISHED, PUBLISHED),
        (None, [], None, STORED),
    ],
)
def test_posting_date_fallback(posted_at, source_dates, first_published_at, expected):
    result = posting_date(
        posted_at=posted_at,
        source_dates=source_dates,
        first_published_at=first_published_at,
        stored_at=STORED,
        tz=UTC,
    )
    assert result == expected


def test_source_date_is_midnight_in_the_site_time_zone():
    result = posting_date(
        posted_at=None,
        source_dates=[date(2021, 2, 1)],
        first_published_at=None,
        stored_at=STORED,
        tz=TEHRAN,
    )
    assert result.isoformat() == "2021-02-01T00:00:00+03:30"


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
