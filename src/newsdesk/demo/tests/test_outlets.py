"""The demo outlets fill the inbox: real server on 127.0.0.1, real polling."""

import pytest

from newsdesk.demo.outlets import serve_outlets, stories
from newsdesk.demo.watch import demo_watch_load
from newsdesk.monitor.models import Feed, Story
from newsdesk.monitor.selectors import InboxFilters, inbox_stories
from newsdesk.monitor.services import feeds_poll


@pytest.fixture
def outlets():
    server = serve_outlets("127.0.0.1", 0)
    yield server
    server.shutdown()
    server.server_close()


def test_syndicated_copies_carry_their_edits():
    copies = {s["slug"]: s for s in stories()}
    assert (
        "on Saturday and Sunday" in copies["herons-up-on-kestrel-bay"]["paragraphs"][0]
    )
    assert "ي" in copies["havasil-dar-khalij"]["paragraphs"][0]


@pytest.mark.django_db
def test_polling_the_demo_outlets_fills_the_inbox(outlets, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
    assert demo_watch_load(base_url=outlets.base_url) == 14
    assert demo_watch_load(base_url=outlets.base_url) == 0
    totals = feeds_poll(feeds=Feed.objects.all())
    assert (totals.feeds, totals.failed) == (14, 2)  # broken and not-a-feed
    assert Story.objects.count() == len(stories())
    inbox = list(inbox_stories(filters=InboxFilters()))
    assert {s.language for s in inbox} == {"en", "fr", "sq", "fa", "ar"}
    assert "Harbour café" not in {s.title for s in inbox}
    groups = {s.cluster_id for s in inbox if s.group_size > 1}
    assert len(groups) >= 3  # herons (en), waste (fr), herons (fa)
    failing = Feed.objects.filter(failure_count__gt=0).values_list("url", flat=True)
    assert sorted(u.rsplit("/", 2)[1] for u in failing) == ["broken", "not-a-feed"]
    moved = Feed.objects.get(url__endswith="/moved/feed.xml")
    assert moved.last_status == 200
