import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from newsdesk.monitor.fetch import FetchConfig, Fetcher
from newsdesk.monitor.models import (
    Alias,
    Feed,
    Snapshot,
    Story,
    StoryMatch,
    StoryStatus,
)
from newsdesk.monitor.selectors import feeds_due, matcher_build
from newsdesk.monitor.services import (
    PollContext,
    feed_poll,
    story_dismiss,
    term_aliases_sync,
)
from newsdesk.monitor.snapshot import read_snapshot
from newsdesk.monitor.tests.factories import FeedFactory, topic_with_terms
from newsdesk.security.outbound import REFUSED
from newsdesk.security.tests.servers import http_server

pytestmark = pytest.mark.django_db
ARTICLE = (
    Path(__file__).parent / "resources" / "articles" / "courier-ferry.html"
).read_bytes()


def rss(items):
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Sun, 22 Nov 2026 09:30:00 GMT</pubDate></item>"
        for title, link in items
    )
    channel = f"<channel><title>Saltreach Courier</title>{body}</channel>"
    return f"<rss version='2.0'>{channel}</rss>"


@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/ferry").respond_with_data(
        ARTICLE, content_type="text/html", headers={"X-Desk-Test": "1"}
    )
    httpserver.expect_request("/ferry-copy").respond_with_data(
        ARTICLE.replace(b"Thursday evening", b"late on Thursday"),
        content_type="text/html",
    )
    httpserver.expect_request("/guild").respond_with_data(
        b"<html lang='en'><body><p>Lighthouse keepers formed a guild.</p></body>",
        content_type="text/html",
    )
    return httpserver


@pytest.fixture
def context():
    topic_with_terms("Ferry", {"Kestrel Bay": "کسترل بی\nKB-7"})
    config = FetchConfig(host_delay=0, total_timeout=5, connect_timeout=2)
    with Fetcher(config=config) as fetcher:
        yield PollContext(fetcher=fetcher, matcher=matcher_build())


def serve_feed(server, path, items):
    server.expect_request(path).respond_with_data(
        rss([(t, server.url_for(p)) for t, p in items]),
        content_type="application/rss+xml",
    )
    return FeedFactory(url=server.url_for(path))


def test_first_poll_stores_stories_snapshots_and_matches(server, context):
    feed = serve_feed(
        server, "/feed", [("Ferry vote delayed", "/ferry"), ("Guild", "/guild")]
    )
    report = feed_poll(feed=feed, context=context)
    assert (report.outcome, report.entries, report.new, report.matched) == (
        "polled",
        2,
        2,
        1,
    )
    story = Story.objects.get(url=server.url_for("/ferry"))
    assert "postpone its decision" in story.text
    assert story.language == "en"
    assert story.snapshot.http_status == 200
    match = StoryMatch.objects.get(story=story)
    assert match.alias.text == "Kestrel Bay"
    assert "Kestrel Bay" in match.context
    feed.refresh_from_db()
    assert feed.kind == "rss"
    assert feed.last_status == 200 and feed.failure_count == 0
    assert feed.last_new_story_at is not None
    assert feed.next_poll_at > timezone.now()
    assert feed.outlet_name == "Saltreach Courier"


def test_a_poll_keeps_the_raw_response_as_a_warc_file_in_media(
    server, context, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    feed = serve_feed(server, "/feed", [("Ferry vote delayed", "/ferry")])
    feed_poll(feed=feed, context=context)
    snap = Snapshot.objects.get()
    assert snap.warc.name.startswith("snapshots/")
    assert snap.warc.name.endswith(f"/{snap.sha256}.warc.gz")
    path = tmp_path / snap.warc.name
    assert path.is_file()
    with path.open("rb") as fileobj:
        status, headers, body = read_snapshot(fileobj)
    assert status == 200 and body == ARTICLE
    assert ("X-Desk-Test", "1") in headers
    assert hashlib.sha256(body).hexdigest() == snap.sha256


def test_polling_twice_keeps_one_file(server, context, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    feed = serve_feed(server, "/feed", [("Ferry vote delayed", "/ferry")])
    feed_poll(feed=feed, context=context)
    # As after a rolled-back transaction: the file stays, the row goes.
    Story.objects.all().delete()
    Feed.objects.filter(pk=feed.pk).update(body_hash="", etag="")
    feed.refresh_from_db()
    feed_poll(feed=feed, context=context)
    files = list(tmp_path.rglob("*.warc.gz"))
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        Snapshot.objects.get().warc.name
    ]


def test_byte_identical_pages_share_one_file(server, context, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    server.expect_request("/ferry-mirror").respond_with_data(
        ARTICLE, content_type="text/html"
    )
    feed = serve_feed(
        server, "/feed", [("Ferry", "/ferry"), ("Ferry", "/ferry-mirror")]
    )
    feed_poll(feed=feed, context=context)
    names = set(Snapshot.objects.values_list("warc", flat=True))
    assert Snapshot.objects.count() == 2 and len(names) == 1
    assert len(list(tmp_path.rglob("*.warc.gz"))) == 1


def test_polling_twice_stores_nothing_twice(server, context):
    feed = serve_feed(server, "/feed", [("Ferry", "/ferry"), ("Guild", "/guild")])
    feed_poll(feed=feed, context=context)
    again = feed_poll(feed=feed, context=context)
    assert again.outcome == "unchanged"
    # As after a crash before the body hash was saved: every entry seen again.
    Feed.objects.filter(pk=feed.pk).update(body_hash="", etag="")
    feed.refresh_from_db()
    rerun = feed_poll(feed=feed, context=context)
    assert (rerun.outcome, rerun.new) == ("polled", 0)
    assert Story.objects.count() == 2
    assert Snapshot.objects.count() == 2
    assert StoryMatch.objects.count() == 1


def test_a_dismissed_story_never_comes_back(server, context):
    feed = serve_feed(server, "/feed", [("Ferry", "/ferry")])
    feed_poll(feed=feed, context=context)
    story = Story.objects.get()
    assert story_dismiss(story=story) == 1
    Feed.objects.filter(pk=feed.pk).update(body_hash="")
    feed.refresh_from_db()
    feed_poll(feed=feed, context=context)
    story.refresh_from_db()
    assert story.status == StoryStatus.DISMISSED
    assert Story.objects.count() == 1


def test_the_same_story_from_two_outlets_is_one_group(server, context):
    first = serve_feed(server, "/a", [("Ferry vote delayed", "/ferry")])
    second = serve_feed(server, "/b", [("Port Alder puts off ferry", "/ferry-copy")])
    feed_poll(feed=first, context=context)
    report = feed_poll(feed=second, context=context)
    assert report.clustered == 1
    a, b = Story.objects.order_by("pk")
    assert a.cluster_id is not None and a.cluster_id == b.cluster_id
    assert story_dismiss(story=b, whole_group=True) == 2


def test_html_instead_of_a_feed_fails_visibly_and_backs_off(server, context):
    server.expect_request("/not-a-feed").respond_with_data(
        "<html><body>Moved</body></html>", content_type="text/html"
    )
    feed = FeedFactory(url=server.url_for("/not-a-feed"))
    report = feed_poll(feed=feed, context=context)
    assert report.outcome == "failed" and "HTML" in report.error
    feed.refresh_from_db()
    assert feed.failure_count == 1 and "HTML" in feed.last_error
    first_wait = feed.interval_seconds
    feed_poll(feed=feed, context=context)
    feed.refresh_from_db()
    assert feed.failure_count == 2 and feed.interval_seconds == 2 * first_wait
    assert Story.objects.count() == 0
    assert feed.enabled  # failing feeds are never dropped


def test_an_unreachable_feed_is_recorded(context):
    feed = FeedFactory(url="http://127.0.0.1:9/feed.xml")
    report = feed_poll(feed=feed, context=context)
    assert report.outcome == "failed"
    feed.refresh_from_db()
    assert feed.last_error and feed.last_status is None


def test_feeds_due():
    now = timezone.now()
    never = FeedFactory()
    due = FeedFactory(next_poll_at=now - timedelta(minutes=1))
    FeedFactory(next_poll_at=now + timedelta(minutes=1))
    FeedFactory(enabled=False)
    assert set(feeds_due(now=now)) == {never, due}


def test_aliases_follow_the_term():
    topic = topic_with_terms("Ferry", {"Kestrel Bay": "کسترل بی\n\nKESTREL BAY\n"})
    assert sorted(Alias.objects.values_list("folded", flat=True)) == [
        "kestrel bay",
        "کسترل بی",
    ]
    term = topic.terms.get()
    term.aliases_text = "KB-7"
    term.save()
    term_aliases_sync(term=term)
    assert sorted(Alias.objects.values_list("text", flat=True)) == [
        "KB-7",
        "Kestrel Bay",
    ]


def test_a_sitemap_index_brings_its_childrens_stories(server, context, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "SITEMAP_MAX_CHILDREN": 2}
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    children = "".join(
        f"<sitemap><loc>/sitemap-{n}.xml</loc></sitemap>" for n in ("news", "old", "x")
    )
    server.expect_request("/sitemap.xml").respond_with_data(
        f"<sitemapindex xmlns='{ns}'>{children}</sitemapindex>"
    )
    server.expect_request("/sitemap-news.xml").respond_with_data(
        f"<urlset xmlns='{ns}'><url><loc>/ferry</loc></url></urlset>"
    )
    server.expect_request("/sitemap-old.xml").respond_with_data("gone", status=404)
    feed = FeedFactory(url=server.url_for("/sitemap.xml"))
    report = feed_poll(feed=feed, context=context)
    assert (report.outcome, report.new, report.matched) == ("polled", 1, 1)
    feed.refresh_from_db()
    assert feed.kind == "sitemap"
    assert "sitemap-old.xml skipped: HTTP 404" in feed.last_problems
    assert "1 child sitemaps not read" in feed.last_problems


def only_public(settings):
    """Allow 127.0.0.2 (the stand-in public site) and nothing else internal."""
    allowed = ["127.0.0.2/32"]
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_ALLOWED_NETWORKS": allowed}


def test_a_feed_inside_the_servers_network_fails_with_a_plain_reason(
    server, context, settings
):
    only_public(settings)
    feed = serve_feed(server, "/feed.xml", [("Ferry vote", "/ferry")])
    report = feed_poll(feed=feed, context=context)
    feed.refresh_from_db()
    assert (report.outcome, feed.last_error) == ("failed", REFUSED)
    assert server.log == []


def test_entry_links_into_the_servers_network_are_not_fetched(
    server, context, settings
):
    only_public(settings)
    items = rss([("Kestrel Bay ferry vote", server.url_for("/ferry"))]).encode()
    routes = {"/feed.xml": (200, {"Content-Type": "application/rss+xml"}, items)}
    with http_server("127.0.0.2", routes) as public:
        feed = FeedFactory(url=public.url("/feed.xml"))
        report = feed_poll(feed=feed, context=context)
    story = Story.objects.get()
    assert (report.outcome, report.new) == ("polled", 1)
    assert story.text == "" and not Snapshot.objects.exists()
    assert server.log == []


def test_sitemap_children_inside_the_servers_network_are_skipped(
    server, context, settings
):
    only_public(settings)
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    child = server.url_for("/sitemap-news.xml")
    index = f"<sitemapindex xmlns='{ns}'><sitemap><loc>{child}</loc></sitemap>"
    routes = {"/sitemap.xml": (200, {}, f"{index}</sitemapindex>".encode())}
    with http_server("127.0.0.2", routes) as public:
        feed = FeedFactory(url=public.url("/sitemap.xml"))
        feed_poll(feed=feed, context=context)
    feed.refresh_from_db()
    assert f"child sitemap {child} skipped: {REFUSED}" in feed.last_problems
    assert server.log == []
