"""Each anti-spam check refuses what it should and lets a real reader through."""

from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import TestCase

from newsdesk.engagement import antispam
from newsdesk.engagement.models import SpamCount

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def check(*, honeypot="", stamp=None, page_id=7, shown=NOW - timedelta(seconds=30)):
    value = stamp if stamp is not None else antispam.stamp(page_id=7, now=shown)
    return antispam.rejection_reason(
        honeypot=honeypot,
        stamp_value=value,
        page_id=page_id,
        address_hash="a" * 64,
        now=NOW,
    )


class AntispamTests(TestCase):
    def setUp(self):
        cache.clear()

    def test_a_reader_who_took_their_time_passes(self):
        assert check() is None

    def test_honeypot(self):
        assert check(honeypot="http://spam.example") == "honeypot"

    def test_too_fast(self):
        assert check(shown=NOW - timedelta(seconds=1)) == "too_fast"

    def test_too_old(self):
        assert check(shown=NOW - timedelta(days=2, seconds=1)) == "too_old"
        assert check(shown=NOW - timedelta(days=2)) is None

    def test_tampered_or_missing_stamp(self):
        good = antispam.stamp(page_id=7, now=NOW - timedelta(seconds=30))
        assert check(stamp=good[:-1] + ("A" if good[-1] != "A" else "B")) == (
            "bad_stamp"
        )
        assert check(stamp="") == "bad_stamp"
        assert check(stamp="garbage") == "bad_stamp"

    def test_stamp_is_bound_to_its_page(self):
        assert check(page_id=8) == "bad_stamp"

    def test_rate_limit_per_address_and_window(self):
        for _ in range(5):
            assert check() is None
        assert check() == "rate_limit"
        later = antispam.rejection_reason(
            honeypot="",
            stamp_value=antispam.stamp(page_id=7, now=NOW),
            page_id=7,
            address_hash="a" * 64,
            now=NOW + timedelta(minutes=11),
        )
        assert later is None

    def test_rejections_are_counted_per_reason_and_day(self):
        antispam.rejection_record(reason="honeypot", now=NOW)
        antispam.rejection_record(reason="honeypot", now=NOW)
        antispam.rejection_record(reason="too_fast", now=NOW)
        antispam.rejection_record(reason="honeypot", now=NOW + timedelta(days=1))
        counts = {(c.day.day, c.reason): c.count for c in SpamCount.objects.all()}
        assert counts == {(1, "honeypot"): 2, (1, "too_fast"): 1, (2, "honeypot"): 1}

    def test_moderators_see_the_counts_in_the_admin(self):
        antispam.rejection_record(reason="rate_limit", now=NOW)
        user = get_user_model().objects.create_superuser("chief", "c@example.org", "p")
        self.client.force_login(user)
        response = self.client.get("/admin/refused-comments/")
        assert response.status_code == 200
        assert b"Too many from one address" in response.content
