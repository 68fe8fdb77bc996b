"""Social accounts and pages without a feed, polled from a server on 127.0.0.1.

The answers are written in each platform's format for fictional accounts
(tests/resources/social/); `{base}` in them becomes the local server.
"""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.monitor.fetch import FetchConfig, Fetcher
from newsdesk.monitor.models import Feed, Snapshot, Story
from newsdesk.monitor.recipe import to_xpath
from newsdesk.monitor.selectors import matcher_build
from newsdesk.monitor.services import PollContext, feed_for_account, feed_poll
from newsdesk.monitor.social import account_feed_url, handle_from_url, post_title
from newsdesk.monitor.tests.factories import topic_with_terms

pytestmark = pytest.mark.django_db
RESOURCES = Path(__file__).parent / "resources" / "social"
ARTICLE = Path(__file__).parent / "resources" / "articles" / "courier-ferry.html"


def serve(server, path, name, *, prefix="", content_type="application/rss+xml"):
    body = (
        (RESOURCES / name)
        .read_text()
        .replace("{base}", server.url_for(prefix).rstrip("/"))
    )
    server.expect_request(path).respond_with_data(
        body.encode(), content_type=content_type
    )


@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


@pytest.fixture
def context():
    topic_with_terms("Ferry", {"Kestrel Bay": "کسترل بی\nKB-7"})
    config = FetchConfig(host_delay=0, total_timeout=5, connect_timeout=2)
    with Fetcher(config=config) as fetcher:
        yield PollContext(fetcher=fetcher, matcher=matcher_build())


def requested_paths(server):
    return [request.path for request, _response in server.log]


def test_mastodon_account_posts_become_stories_without_article_fetch(server, context):
    serve(server, "/@mira_q.rss", "mastodon.rss")
    feed = Feed.objects.create(url=server.url_for("/@mira_q.rss"), source="mastodon")

    report = feed_poll(feed=feed, context=context)

    assert (report.outcome, report.new, report.matched) == ("polled", 2, 1)
    post = Story.objects.get(url=server.url_for("/@mira_q/113600000000000001"))
    assert post.author == "Mira Quell"
    assert post.handle == "mira_q@localhost"
    assert post.text == (
        "The Kestrel Bay ferry vote is delayed again.\n\n"
        "Council says courier.example/ferry next week."
    )
    assert post.title == "The Kestrel Bay ferry vote is delayed again."
    assert post.published_at == datetime(2026, 12, 5, 10, 15, tzinfo=UTC)
    assert post.language == "en"
    assert post.is_post
    assert post.matches.get().alias.text == "Kestrel Bay"
    assert not Snapshot.objects.exists()
    assert "/@mira_q/113600000000000001" not in requested_paths(server)


def test_bluesky_account_from_its_handle_through_the_platform_setting(
    server, context, settings
):
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "SOCIAL_BLUESKY_URL": server.url_for("/bsky"),
    }
    path = "/bsky/profile/tomas.harbour.example/rss"
    serve(server, path, "bluesky.rss", prefix="/bsky")
    feed = feed_for_account(platform="bluesky", account="@tomas.harbour.example")
    assert feed.url == server.url_for(path)
    assert feed_for_account(platform="bluesky", account="tomas.harbour.example") == feed

    report = feed_poll(feed=feed, context=context)

    assert (report.new, report.matched) == (1, 1)
    post = Story.objects.get()
    assert post.author == "Tomas Veld"
    assert post.handle == "tomas.harbour.example"
    assert post.text == (
        "KB-7 crossing cancelled for the third day.\nPassengers wait at the pier."
    )
    assert post.url.endswith("/post/3lfictional1a")
    assert post.published_at == datetime(2026, 12, 5, 9, 40, tzinfo=UTC)


def test_youtube_channel_videos_keep_their_titles(server, context, settings):
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "SOCIAL_YOUTUBE_URL": server.url_for("/yt"),
    }
    serve(server, "/yt/feeds/videos.xml", "youtube.xml", prefix="/yt")
    feed = feed_for_account(platform="youtube", account="UCfictionalHarbourWatch")
    assert feed.url.endswith("/yt/feeds/videos.xml?channel_id=UCfictionalHarbourWatch")

    report = feed_poll(feed=feed, context=context)

    assert report.new == 1
    video = Story.objects.get()
    assert video.title == "Kestrel Bay: the ferry vote explained"
    assert video.author == "Harbour Watch TV"
    assert video.text.startswith("Why the council delayed the vote")
    assert video.url == server.url_for("/yt/watch") + "?v=fictvid0001"
    assert video.matches.exists()
    assert not Snapshot.objects.exists()


def test_telegram_channel_page_is_parsed_post_by_post(server, context, settings):
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "SOCIAL_TELEGRAM_URL": server.url_for("/tg"),
    }
    serve(
        server,
        "/tg/s/kbharbourdesk",
        "telegram.html",
        prefix="/tg",
        content_type="text/html",
    )
    feed = feed_for_account(platform="telegram", account="@kbharbourdesk")

    report = feed_poll(feed=feed, context=context)
    again = feed_poll(feed=Feed.objects.get(pk=feed.pk), context=context)

    assert (report.entries, report.new, report.matched) == (2, 2, 1)
    assert again.outcome == "unchanged"
    assert Story.objects.count() == 2
    post = Story.objects.get(url=server.url_for("/tg/kbharbourdesk/301"))
    assert post.author == "Kestrel Bay Harbour Desk"
    assert post.handle == "kbharbourdesk"
    assert post.text == (
        "رأی‌گیری کشتی کسترل بی دوباره عقب افتاد.\nشورا هفتهٔ آینده تصمیم می‌گیرد."
    )
    assert post.language == "fa"
    assert post.published_at == datetime(2026, 12, 5, 7, 30, tzinfo=UTC)
    feed.refresh_from_db()
    assert feed.kind == "telegram"
    assert "without text skipped: kbharbourdesk/302" in feed.last_problems


def test_a_page_that_is_not_a_channel_fails_with_the_reason(server, context):
    server.expect_request("/s/nothing").respond_with_data(
        b"<html><body><p>Hello</p></body></html>", content_type="text/html"
    )
    feed = Feed.objects.create(url=server.url_for("/s/nothing"), source="telegram")

    report = feed_poll(feed=feed, context=context)

    assert report.outcome == "failed"
    assert "no messages found" in report.error
    assert not Story.objects.exists()


@pytest.mark.parametrize(
    "recipe",
    [
        {
            "recipe_item": "ul.notices > li.notice",
            "recipe_title": "h3.notice-title",
            "recipe_link": "a.more",
            "recipe_date": "time",
        },
        {
            "recipe_item": "//li[contains(@class, 'notice')]",
            "recipe_title": "./h3",
            "recipe_link": ".//a[@class='more']/@href",
            "recipe_date": "./time",
        },
    ],
    ids=["css", "xpath"],
)
def test_a_page_without_a_feed_is_read_by_its_recipe(server, context, recipe):
    serve(server, "/notices", "notices.html", content_type="text/html")
    server.expect_request("/notices/41").respond_with_data(
        ARTICLE.read_bytes(), content_type="text/html"
    )
    feed = Feed.objects.create(url=server.url_for("/notices"), source="page", **recipe)

    report = feed_poll(feed=feed, context=context)

    assert (report.outcome, report.entries) == ("polled", 2)
    first = Story.objects.get(url=server.url_for("/notices/41"))
    assert first.title == "Kestrel Bay ferry timetable changed"
    assert first.published_at == datetime(2026, 12, 4, 12, tzinfo=UTC)
    # A page's items are articles: fetched and kept like a feed's.
    assert Snapshot.objects.filter(story=first).exists()
    second = Story.objects.get(url="https://port.example/notices/42")
    assert second.published_at == datetime(2026, 12, 4, 15, tzinfo=UTC)
    feed.refresh_from_db()
    assert "item 3 skipped: no link found" in feed.last_problems


def test_a_recipe_that_finds_nothing_says_so(server, context):
    serve(server, "/notices", "notices.html", content_type="text/html")
    feed = Feed.objects.create(
        url=server.url_for("/notices"), source="page", recipe_item="article.post"
    )

    feed_poll(feed=feed, context=context)

    feed.refresh_from_db()
    assert "the item selector 'article.post' found nothing" in feed.last_problems


@pytest.mark.parametrize(
    ("selector", "relative", "xpath"),
    [
        ("li", False, "//li"),
        ("ul > li", False, "//ul/li"),
        ("#main a", True, "./descendant-or-self::*[@id='main']//a"),
        ("a[href]", True, "./descendant-or-self::a[@href]"),
        ("time[datetime='x']", True, "./descendant-or-self::time[@datetime='x']"),
        ("//div[@id='x']", False, "//div[@id='x']"),
        ("./h3", True, "./h3"),
    ],
)
def test_css_selectors_become_xpath(selector, relative, xpath):
    assert to_xpath(selector, relative=relative) == xpath


def test_an_unreadable_css_selector_is_refused_with_the_way_out():
    with pytest.raises(ValueError, match="write XPath"):
        to_xpath("li:nth-child(2)", relative=False)


@pytest.mark.parametrize(
    ("platform", "account", "url"),
    [
        ("mastodon", "@mira_q@social.example", "https://social.example/@mira_q.rss"),
        (
            "mastodon",
            "https://social.example/@mira_q",
            "https://social.example/@mira_q.rss",
        ),
        ("bluesky", "tomas.example", "https://bsky.app/profile/tomas.example/rss"),
        (
            "youtube",
            "UCfictional",
            "https://www.youtube.com/feeds/videos.xml?channel_id=UCfictional",
        ),
        ("telegram", "@kbdesk", "https://t.me/s/kbdesk"),
    ],
)
def test_account_feed_addresses(platform, account, url):
    assert account_feed_url(platform=platform, account=account) == url


def test_a_mastodon_account_without_host_is_refused():
    with pytest.raises(ValueError, match="write @user@host"):
        account_feed_url(platform="mastodon", account="@mira_q")


@pytest.mark.parametrize(
    ("platform", "url", "handle"),
    [
        ("mastodon", "https://social.example/@mira_q.rss", "mira_q@social.example"),
        ("bluesky", "https://bsky.app/profile/tomas.example/rss", "tomas.example"),
        ("telegram", "https://t.me/s/kbdesk", "kbdesk"),
        ("youtube", "https://www.youtube.com/feeds/videos.xml?channel_id=x", ""),
    ],
)
def test_handles_from_addresses(platform, url, handle):
    assert handle_from_url(platform=platform, url=url) == handle


def test_a_long_post_title_is_cut_at_a_word():
    title = post_title("word " * 40)
    assert title.endswith("word…")
    assert len(title) <= 101


def test_the_admin_asks_a_page_feed_for_its_item_selector(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("ed", "e@example.org", "pw")
    )
    form = {
        "url": "https://port.example/notices",
        "source": "page",
        "outlet": "",
        "outlet_name": "Port Authority",
        "language": "en",
        "enabled": "on",
        "recipe_item": "",
        "recipe_title": "h3",
        "recipe_link": "",
        "recipe_date": "time",
    }
    add = "/admin/snippets/monitor/feed/add/"

    refused = client.post(add, form)
    saved = client.post(add, {**form, "recipe_item": "ul.notices > li"})

    assert "A web page without a feed needs an item selector." in refused.text
    assert saved.status_code == 302
    feed = Feed.objects.get()
    assert (feed.source, feed.recipe_item) == ("page", "ul.notices > li")
    listing = client.get("/admin/snippets/monitor/feed/?source=page")
    assert "web page without a feed (selector recipe)" in listing.text
