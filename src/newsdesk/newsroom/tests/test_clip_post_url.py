"""Clip a URL of a post on X, Bluesky, Mastodon or Telegram, served on 127.0.0.1.

Each answer is written in the platform's format (oEmbed JSON, status page
metadata, Telegram's embed page) for fictional accounts; the platforms'
addresses are settings pointed at the local server.
"""

import json
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from newsdesk.monitor.fetch import FetchConfig, Fetcher
from newsdesk.monitor.posts import post_platform
from newsdesk.newsroom.attribution import attribution_text
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.services import clipping_from_url
from newsdesk.newsroom.tests.factories import HomePageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db
TELEGRAM_PAGE = (
    Path(__file__).resolve().parents[2] / "monitor/tests/resources/social/telegram.html"
).read_text()

X_HTML = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Kestrel Bay ferry '
    "vote delayed again.<br>Council decides next week. "
    '<a href="https://t.co/fict">pic.twitter.com/fict</a></p>&mdash; Mira Quell '
    '(@mira_q) <a href="{post}?ref_src=twsrc%5Etfw">December 5, 2026</a>'
    "</blockquote>\n"
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8">'
    "</script>\n"
)
BLUESKY_HTML = (
    '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:fict/'
    'app.bsky.feed.post/3lfictional1a" data-bluesky-cid="bafyfict"><p lang="en">'
    "KB-7 crossing cancelled for the third day.<br><br>"
    '<a href="{post}?ref_src=embed">[image or embed]</a></p>&mdash; Tomas Veld '
    '(<a href="{profile}?ref_src=embed">@tomas.harbour.example</a>) '
    '<a href="{post}?ref_src=embed">December 5, 2026 at 9:40 AM</a></blockquote>'
    '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8">'
    "</script>"
)
MASTODON_PAGE = """<!DOCTYPE html><html lang="en"><head>
<meta content="Mira Quell (@mira_q@localhost)" property="og:title">
<meta content="article" property="og:type">
<meta content="2026-12-05T10:15:00Z" property="og:published_time">
<meta content="mira_q@localhost" property="profile:username">
<meta content="The Kestrel Bay ferry vote is delayed again." property="og:description">
<meta content="https://files.example/avatar.png" property="og:image">
<script src="/packs/application.js"></script>
</head><body><div id="mastodon"></div></body></html>"""


@pytest.fixture
def server(httpserver, settings):
    base = httpserver.url_for("").rstrip("/")
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "SOCIAL_X_URLS": [f"{base}/x"],
        "SOCIAL_X_OEMBED_URL": f"{base}/x-oembed",
        "SOCIAL_BLUESKY_URL": f"{base}/bsky",
        "SOCIAL_BLUESKY_OEMBED_URL": f"{base}/bsky-oembed",
        "SOCIAL_TELEGRAM_URL": f"{base}/tg",
    }
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


@pytest.fixture
def section():
    return SectionPageFactory(parent=HomePageFactory(), slug="news")


@pytest.fixture
def user():
    return get_user_model().objects.create_superuser("ed", "e@example.org", "pw")


def clip(url, section, user):
    with Fetcher(config=FetchConfig(host_delay=0, total_timeout=5)) as fetcher:
        return clipping_from_url(url=url, section=section, user=user, fetcher=fetcher)


def quoted(result):
    page = ClippingPage.objects.get(pk=result.page.pk)
    [source] = page.sources.all()
    return page, source


def assert_text_only(page):
    for forbidden in ("<script", "<iframe", "<img", "platform.twitter.com", "embed.js"):
        assert forbidden not in page.excerpt


def test_an_x_post_is_quoted_from_its_oembed(server, section, user):
    post = server.url_for("/x/mira_q/status/1866000000000000001")
    server.expect_request(
        "/x-oembed", query_string={"url": post, "omit_script": "true", "dnt": "true"}
    ).respond_with_json(
        {
            "url": post,
            "author_name": "Mira Quell",
            "author_url": server.url_for("/x/mira_q"),
            "html": X_HTML.format(post=post),
            "provider_name": "Twitter",
        }
    )

    result = clip(post, section, user)

    page, source = quoted(result)
    assert result.created and not result.problem
    assert page.excerpt == (
        "<p>Kestrel Bay ferry vote delayed again.</p><p>Council decides next week.</p>"
    )
    assert page.title == "Kestrel Bay ferry vote delayed again."
    assert page.language == "en"
    assert attribution_text(page.attribution_sources()) == (
        "Mira Quell (@mira_q), X, December 5 2026"
    )
    assert source.url == post
    assert_text_only(page)


def test_a_bluesky_post_is_quoted_from_its_oembed(server, section, user):
    post = server.url_for("/bsky/profile/tomas.harbour.example/post/3lfictional1a")
    profile = server.url_for("/bsky/profile/did:plc:fict")
    server.expect_request("/bsky-oembed", query_string={"url": post}).respond_with_json(
        {
            "type": "rich",
            "version": "1.0",
            "author_name": "Tomas Veld (@tomas.harbour.example)",
            "author_url": profile,
            "provider_name": "Bluesky Social",
            "html": BLUESKY_HTML.format(post=post, profile=profile),
        }
    )

    page, source = quoted(clip(post, section, user))

    assert page.excerpt == "<p>KB-7 crossing cancelled for the third day.</p>"
    assert source.authors == "Tomas Veld (@tomas.harbour.example)"
    assert source.outlet.name == "Bluesky"
    assert source.published_on == date(2026, 12, 5)
    assert_text_only(page)


def test_a_mastodon_post_is_quoted_from_its_page_metadata(server, section, user):
    server.expect_request("/@mira_q/113600000000000001").respond_with_data(
        MASTODON_PAGE, content_type="text/html"
    )
    post = server.url_for("/@mira_q/113600000000000001")

    page, source = quoted(clip(post, section, user))

    assert attribution_text(page.attribution_sources()) == (
        "Mira Quell (@mira_q@localhost), Mastodon, December 5 2026"
    )
    assert page.excerpt == "<p>The Kestrel Bay ferry vote is delayed again.</p>"
    assert_text_only(page)


def test_a_telegram_post_is_quoted_from_its_embed_page(server, section, user):
    base = server.url_for("/tg").rstrip("/")
    server.expect_request(
        "/tg/kbharbourdesk/303", query_string={"embed": "1", "mode": "tme"}
    ).respond_with_data(
        TELEGRAM_PAGE.replace("{base}", base),
        content_type="text/html",
    )
    post = f"{base}/kbharbourdesk/303"

    first = clip(post, section, user)
    again = clip(post, section, user)

    page, source = quoted(first)
    assert not again.created and again.page.pk == page.pk
    assert attribution_text(page.attribution_sources()) == (
        "Kestrel Bay Harbour Desk (@kbharbourdesk), Telegram, December 5 2026"
    )
    assert page.excerpt == "<p>The fish market opens at six tomorrow.</p>"


def test_a_post_that_cannot_be_read_gives_an_empty_draft_and_the_reason(
    server, section, user
):
    post = server.url_for("/x/mira_q/status/404")
    server.expect_request("/x-oembed").respond_with_data("not found", status=404)

    result = clip(post, section, user)

    page, source = quoted(result)
    assert result.problem == "The post could not be fetched (HTTP 404)."
    assert source.url == post
    assert source.outlet is None


def test_an_oembed_answer_without_a_post_says_so(server, section, user):
    post = server.url_for("/x/mira_q/status/2")
    server.expect_request("/x-oembed").respond_with_data(
        json.dumps({"error": "nope"}), content_type="application/json"
    )

    result = clip(post, section, user)

    assert result.problem == "The platform's oEmbed answer has no post in it."


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://x.com/mira_q/status/1866", "x"),
        ("https://twitter.com/mira_q/status/1866", "x"),
        ("https://bsky.app/profile/tomas.example/post/3lfict", "bluesky"),
        ("https://t.me/kbharbourdesk/301", "telegram"),
        ("https://t.me/s/kbharbourdesk/301", "telegram"),
        ("https://social.example/@mira_q/113600000000000001", "mastodon"),
        ("https://x.com/mira_q", ""),
        ("https://t.me/kbharbourdesk", ""),
        ("https://courier.example/2026/ferry", ""),
    ],
)
def test_post_addresses_are_told_apart(url, platform):
    assert post_platform(url) == platform
