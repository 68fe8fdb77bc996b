from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.monitor.models import Feed, Outlet, Story
from newsdesk.monitor.tests.factories import topic_with_terms

pytestmark = pytest.mark.django_db
OPML = Path(__file__).parent / "resources" / "outlets.opml"


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_opml_creates_outlets_and_feeds_once():
    out, err = run("import_opml", str(OPML))
    assert "3 feeds and 2 outlets added; 0 feeds already known" in out
    assert "javascript" in err
    courier = Outlet.objects.get(name="Saltreach Courier")
    assert courier.feeds.count() == 2 and courier.url == "https://courier.example/"
    assert Feed.objects.get(url="https://sahel.example/feed.json").language == "fa"
    out, _ = run("import_opml", str(OPML))
    assert "0 feeds and 0 outlets added; 3 feeds already known" in out
    assert Feed.objects.count() == 3


def test_import_opml_reports_an_unreadable_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run("import_opml", str(tmp_path / "missing.opml"))
    broken = tmp_path / "broken.opml"
    broken.write_bytes(b"<opml><body><outline")
    _, err = run("import_opml", str(broken))
    assert "not a readable OPML file" in err
    assert Feed.objects.count() == 0


def test_poll_shows_progress_and_a_summary(httpserver, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
    topic_with_terms("Ferry", {"Kestrel Bay": ""})
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    item = (
        "<item><title>Kestrel Bay ferry delayed</title>"
        f"<link>{httpserver.url_for('/a')}</link></item>"
    )
    httpserver.expect_request("/feed").respond_with_data(
        f"<rss version='2.0'><channel><title>C</title>{item}</channel></rss>"
    )
    httpserver.expect_request("/a").respond_with_data("<html><p>Text.</p></html>")
    Feed.objects.create(url=httpserver.url_for("/feed"))
    Feed.objects.create(url=httpserver.url_for("/gone"))
    out, _ = run("poll")
    assert "Polling 2 feeds" in out
    assert "[1/2]" in out and "[2/2]" in out
    assert "2 feeds: 1 polled, 0 unchanged, 1 failed; 1 new stories, 1 matched" in out
    out, _ = run("poll", "--all")
    assert "0 new stories" in out
    assert Story.objects.count() == 1


def test_poll_an_unknown_feed_says_how_to_add_it():
    with pytest.raises(CommandError, match="import_opml"):
        run("poll", "--feed", "https://nowhere.example/feed")


def test_poll_once_polls_the_due_feeds_and_summarises(httpserver, settings, tmp_path):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
    settings.MEDIA_ROOT = tmp_path
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    item = f"<item><title>Guild</title><link>{httpserver.url_for('/g')}</link></item>"
    httpserver.expect_request("/feed").respond_with_data(
        f"<rss version='2.0'><channel><title>C</title>{item}</channel></rss>"
    )
    httpserver.expect_request("/g").respond_with_data(
        "<html><p>Keepers met.</p></html>", content_type="text/html"
    )
    Feed.objects.create(url=httpserver.url_for("/feed"))
    out, _ = run("poll", "--once")
    assert "Polling 1 feed…" in out
    assert "1 feeds: 1 polled, 0 unchanged, 0 failed; 1 new stories" in out
    assert len(list(tmp_path.rglob("*.warc.gz"))) == 1
    # Polled just now, the feed is no longer due.
    out, _ = run("poll", "--once")
    assert "Polling 0 feeds" in out
    out, _ = run("poll", "--once", "--all")
    assert "1 feeds: 0 polled, 1 unchanged" in out
