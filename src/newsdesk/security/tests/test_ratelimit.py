"""The atomic counter behind every reader form's rate limit."""

from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.security.models import RateCount
from newsdesk.security.ratelimit import rate_limited

pytestmark = pytest.mark.django_db


def test_a_window_ends_and_its_row_is_dropped():
    start = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    answers = [
        rate_limited(key="k", limit=(2, 600), now=start + timedelta(seconds=s))
        for s in (0, 1, 2)
    ]
    assert answers == [False, False, True]
    later = start + timedelta(seconds=600)
    assert rate_limited(key="k", limit=(2, 600), now=later) is False
    assert RateCount.objects.get().count == 1
