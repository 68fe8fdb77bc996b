"""The client's address behind proxies, its keyed hash, and flood throttling."""

import hashlib
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import RequestFactory, TestCase, override_settings
from django.utils import timezone

from newsdesk import conf
from newsdesk.engagement import antispam
from newsdesk.engagement.models import Comment, SpamCount
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
)
from newsdesk.security.network import client_ip, ip_hash


def proxies(count: int):
    return override_settings(
        NEWSDESK={**conf.settings.NEWSDESK, "TRUSTED_PROXIES": count}
    )


def request(remote="192.0.2.1", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("count", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.5", "192.0.2.1"),  # no proxy: header ignored
        (1, "10.0.0.2", "203.0.113.5", "203.0.113.5"),
        (1, "10.0.0.2", "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # spoofed left
        (2, "10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (2, "10.0.0.2", "203.0.113.5", "10.0.0.2"),  # fewer hops than proxies
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
        (1, "10.0.0.2", "2001:DB8::1", "2001:db8::1"),
        (0, "", None, ""),
    ],
)
def test_client_ip(count, remote, forwarded, expected):
    with proxies(count):
        assert client_ip(request(remote, forwarded)) == expected


def test_ip_hash_is_keyed_with_the_secret():
    assert len(ip_hash("192.0.2.7")) == 64
    assert ip_hash("192.0.2.7") != hashlib.sha256(b"192.0.2.7").hexdigest()
    before = ip_hash("192.0.2.7")
    with override_settings(SECRET_KEY="another-secret-key-for-this-test-only-" * 2):
        assert ip_hash("192.0.2.7") != before


class FloodTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.page = ArticlePageFactory(parent=SectionPageFactory(parent=home))

    def setUp(self):
        cache.clear()

    def post(self, n, **extra):
        shown = timezone.now() - timedelta(seconds=30)
        data = {
            "name": f"Reader {n}",
            "email": "",
            "url": "",
            "body": f"Comment number {n}.",
            "nickname": "",
            "stamp": antispam.stamp(page_id=self.page.pk, now=shown),
        }
        return self.client.post(f"/comments/{self.page.pk}/", data, **extra)

    def test_fifty_posts_from_one_address_are_throttled_others_go_through(self):
        limit, _ = conf.get("COMMENT_RATE_LIMIT")
        codes = [
            self.post(n, REMOTE_ADDR="198.51.100.7").status_code for n in range(50)
        ]
        self.assertEqual(codes[:limit], [303] * limit)
        self.assertEqual(set(codes[limit:]), {400})
        self.assertEqual(Comment.objects.count(), limit)
        self.assertEqual(SpamCount.objects.get(reason="rate_limit").count, 50 - limit)
        self.assertEqual(self.post(99, REMOTE_ADDR="203.0.113.4").status_code, 303)

    @proxies(1)
    def test_behind_a_proxy_a_spoofed_header_does_not_escape_the_limit(self):
        limit, _ = conf.get("COMMENT_RATE_LIMIT")
        for n in range(limit + 5):
            self.post(
                n,
                REMOTE_ADDR="10.0.0.2",
                HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7",
            )
        self.assertEqual(Comment.objects.count(), limit)
        other = self.post(
            99, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.4"
        )
        self.assertEqual(other.status_code, 303)
