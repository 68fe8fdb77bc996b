"""Two editors clipping the same story at the same moment end with one clipping."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from newsdesk.newsroom.models import Clip, ClippingPage
from newsdesk.newsroom.services import clipping_from_story

from .factories import HomePageFactory, SectionPageFactory, make_story, tree_root

# Committed transactions, so the two threads see each other's writes. Not
# serialized_rollback: another transactional test's flush recreates content
# types, which the restored copy would then collide with.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def root():
    """Make the tree's root and locale a flushed database lacks."""
    tree_root()


def test_two_editors_at_once_make_one_clipping(root):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, slug="news")
    story = make_story("Saltreach Courier", 9)
    users = [
        get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
        for name in ("ana", "ben")
    ]
    start = threading.Barrier(len(users))
    results, errors = [], []

    def clip(user):
        try:
            start.wait()
            results.append(clipping_from_story(story=story, section=section, user=user))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=clip, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(result.created for result in results) == [False, True]
    assert len({result.page.pk for result in results}) == 1
    assert ClippingPage.objects.count() == 1
    assert Clip.objects.count() == 1
