"""Rate limits count every attempt once, however many arrive at the same moment."""

import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.utils import timezone

from newsdesk.contact.models import ContactMessage
from newsdesk.contact.tests.factories import ContactPageFactory
from newsdesk.engagement import antispam
from newsdesk.engagement.models import Comment
from newsdesk.newsletter.views import FORM_ID
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    tree_root,
)

# Committed transactions, so the threads' connections see the pages and each
# other's counts (as in newsroom/tests/test_clip_race.py).
pytestmark = pytest.mark.django_db(transaction=True)

POSTS = 30
LIMIT = 5


@pytest.fixture
def home():
    """Make the tree's root, which a flushed database lacks, and a home page."""
    tree_root()
    return HomePageFactory()


@pytest.fixture
def limits():
    """Set every reader form's limit to LIMIT an hour, from one address."""
    newsdesk = {
        **settings.NEWSDESK,
        "COMMENT_RATE_LIMIT": (LIMIT, 3600),
        "CONTACT_RATE_LIMIT": (LIMIT, 3600),
        "NEWSLETTER_SUBSCRIBE_RATE_PER_IP": (LIMIT, 3600),
    }
    with override_settings(NEWSDESK=newsdesk):
        yield


def at_once(post) -> list[int]:
    """Call `post(n)` from POSTS threads released together; return the statuses."""
    start = threading.Barrier(POSTS)
    statuses, errors = [], []

    def run(n):
        try:
            start.wait()
            statuses.append(post(n).status_code)
        except Exception as error:  # noqa: BLE001 - reported by the assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(POSTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return statuses


def stamp(page_id: int, form: str = "comment") -> str:
    shown = timezone.now() - timedelta(seconds=30)
    return antispam.stamp(page_id=page_id, now=shown, form=form)


def test_simultaneous_comments_from_one_address(home, limits):
    page = ArticlePageFactory(parent=home)

    def post(n):
        data = {
            "name": f"Reader {n}",
            "email": f"reader{n}@example.org",
            "body": f"Comment number {n}.",
            "nickname": "",
            "stamp": stamp(page.pk),
        }
        return Client().post(f"/comments/{page.pk}/", data, REMOTE_ADDR="192.0.2.9")

    statuses = at_once(post)
    assert statuses.count(303) == LIMIT
    assert statuses.count(400) == POSTS - LIMIT
    assert Comment.objects.count() == LIMIT


def test_simultaneous_contact_messages_from_one_address(home, limits):
    page = ContactPageFactory(parent=home)

    def post(n):
        data = {
            "name": f"Sender {n}",
            "reach": f"sender{n}@example.org",
            "message": f"Message number {n}.",
            "nickname": "",
            "stamp": stamp(page.pk, form="contact"),
        }
        return Client().post(page.url, data, REMOTE_ADDR="192.0.2.10")

    statuses = at_once(post)
    assert statuses.count(303) == LIMIT
    assert statuses.count(400) == POSTS - LIMIT
    assert ContactMessage.objects.count() == LIMIT


def test_simultaneous_subscriptions_from_one_address(home, limits):
    def post(n):
        data = {"email": f"new{n}@example.org", "stamp": stamp(FORM_ID)}
        return Client().post("/subscribe/", data, REMOTE_ADDR="192.0.2.11")

    statuses = at_once(post)
    assert statuses.count(200) == LIMIT
    assert statuses.count(429) == POSTS - LIMIT
