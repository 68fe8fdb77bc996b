"""Read social accounts' posts: per-account feeds and Telegram channel pages.

Mastodon (`https://host/@user.rss`), Bluesky
(`https://bsky.app/profile/<handle>/rss`) and YouTube
(`…/feeds/videos.xml?channel_id=…`) publish a feed per account, read by
`parse.parse_feed` and turned into posts here: author, handle and plain text.
A Telegram public channel has no feed; its preview page (`t.me/s/<channel>`)
is parsed (`parse_telegram`). The platforms' addresses are settings
(NEWSDESK['SOCIAL_*_URL']) so that a deployment, or a test, can point them
elsewhere. Pure functions: nothing here fetches or writes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from lxml import etree, html

from newsdesk import conf

from .parse import ParsedEntry, ParsedFeed

PLATFORM_NAMES = {
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "youtube": "YouTube",
    "telegram": "Telegram",
    "x": "X",
}
TITLE_CHARS = 100
_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}


def platform_name(platform: str) -> str:
    """Return the name a platform goes by in an attribution line."""
    return PLATFORM_NAMES.get(platform, platform.title())


def base_url(platform: str) -> str:
    """Return a platform's web address from NEWSDESK, without a final slash."""
    return str(conf.get(f"SOCIAL_{platform.upper()}_URL")).rstrip("/")


def platform_home(platform: str) -> str:
    """Return a platform's home page, or "" for a federated one (Mastodon)."""
    if platform == "x":
        urls = conf.get("SOCIAL_X_URLS")
        return f"{str(urls[0]).rstrip('/')}/" if urls else ""
    if platform in ("bluesky", "youtube", "telegram"):
        return f"{base_url(platform)}/"
    return ""


def post_byline(author: str, handle: str) -> str:
    """Return how a post's author is named: `Mira Quell (@mira_q@social.example)`."""
    author = author.strip()
    handle = handle.strip().lstrip("@")
    if not handle:
        return author
    return f"{author} (@{handle})" if author else f"@{handle}"


def account_feed_url(*, platform: str, account: str) -> str:
    """Return the address to poll for an account: a handle, channel or profile.

    Mastodon takes `@user@host` or the profile address; Bluesky a handle;
    YouTube a channel id (`UC…`); Telegram a channel name (with or without @).
    """
    account = account.strip()
    if not account:
        raise ValueError("Give the account: a handle, a channel name or an address.")
    if platform == "mastodon":
        return _mastodon_feed_url(account)
    name = quote(account.lstrip("@"), safe="")
    if platform == "bluesky":
        return f"{base_url('bluesky')}/profile/{name}/rss"
    if platform == "youtube":
        return f"{base_url('youtube')}/feeds/videos.xml?channel_id={name}"
    if platform == "telegram":
        return f"{base_url('telegram')}/s/{name}"
    raise ValueError(f"{platform!r} is not a platform with accounts to follow.")


def _mastodon_feed_url(account: str) -> str:
    if account.startswith(("https://", "http://")):
        return account.rstrip("/").removesuffix(".rss") + ".rss"
    user, _, host = account.lstrip("@").partition("@")
    if not user or not host:
        raise ValueError(
            f"{account!r} is not a Mastodon account: write @user@host "
            "or the profile's address (https://host/@user)."
        )
    return f"https://{host}/@{user}.rss"


def handle_from_url(*, platform: str, url: str) -> str:
    """Return the account's handle (no @) that a feed or page address names."""
    parts = urlsplit(url)
    path = parts.path
    if platform == "mastodon":
        found = re.search(r"/@([^/]+?)(?:\.rss)?/?$", path)
        return f"{found.group(1)}@{parts.hostname}" if found else ""
    if platform == "bluesky":
        found = re.search(r"/profile/([^/]+)", path)
        return found.group(1) if found else ""
    if platform == "telegram":
        found = re.search(r"/s/([^/?#]+)", path)
        return found.group(1) if found else ""
    return ""


def html_text(fragment: str) -> str:
    """Return an HTML fragment as plain text, paragraphs and line breaks kept."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return _tidy(fragment)
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(fragment)
    return element_text(root)


def element_text(element: Any) -> str:
    """Return an element's text, `<br>` and block ends as new lines."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in element.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    return _tidy(element.text_content())


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def post_title(text: str) -> str:
    """Return the first line of a post, cut at a word near TITLE_CHARS with …"""
    first = next((line for line in text.splitlines() if line.strip()), "").strip()
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[:TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.،؛") + "…"


# --- per-account feeds ----------------------------------------------------------


def posts_from_feed(parsed: ParsedFeed, *, platform: str, url: str) -> ParsedFeed:
    """Return the feed's entries as posts: author, handle, plain text, a title."""
    handle = handle_from_url(platform=platform, url=url)
    author = _feed_author(parsed.title, platform=platform, handle=handle)
    parsed.entries = [
        _post(entry, author=author, handle=handle, platform=platform)
        for entry in parsed.entries
    ]
    parsed.title = author or parsed.title
    return parsed


def _feed_author(title: str, *, platform: str, handle: str) -> str:
    """Return the account's display name from the feed's title."""
    title = title.strip()
    if platform == "bluesky":
        # Bluesky titles its feed "@handle - Display Name".
        prefix = f"@{handle} - "
        return title.removeprefix(prefix) if title.startswith(prefix) else title
    return title


def _post(
    entry: ParsedEntry, *, author: str, handle: str, platform: str
) -> ParsedEntry:
    text = html_text(entry.summary)
    if platform == "youtube":
        title = entry.title
    else:
        title = post_title(text) or entry.title
    return replace(
        entry,
        title=title,
        author=entry.author or author,
        handle=handle,
        text=text,
        summary="",
    )


# --- Telegram channel pages -------------------------------------------------------


def parse_telegram(data: bytes, *, url: str) -> ParsedFeed:
    """Return the posts of a Telegram channel's preview page (`t.me/s/<channel>`).

    Each message is a `.tgme_widget_message` with `data-post="channel/id"`,
    its text in `.tgme_widget_message_text` and its date in the `time`
    element of the `.tgme_widget_message_date` link to the post.
    """
    try:
        root = html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        return ParsedFeed(problems=[f"unreadable Telegram page: {exc}"])
    messages = root.find_class("tgme_widget_message")
    if not messages:
        return ParsedFeed(problems=["not a Telegram channel page: no messages found"])
    channel = _meta(root, "og:title")
    parsed = ParsedFeed(kind="telegram", title=channel)
    handle = handle_from_url(platform="telegram", url=url)
    for message in messages:
        entry = telegram_message(message, channel=channel, handle=handle, parsed=parsed)
        if entry is not None:
            parsed.entries.append(entry)
    return parsed


def _meta(root: Any, name: str) -> str:
    for node in root.iter("meta"):
        if name in (node.get("property"), node.get("name")):
            return str(node.get("content") or "").strip()
    return ""


def _first(element: Any, css_class: str) -> Any:
    found = element.find_class(css_class)
    return found[0] if found else None


def telegram_message(
    message: Any, *, channel: str, handle: str, parsed: ParsedFeed
) -> ParsedEntry | None:
    post = str(message.get("data-post") or "")
    link = _first(message, "tgme_widget_message_date")
    body = _first(message, "tgme_widget_message_text")
    if link is None or not link.get("href"):
        parsed.problems.append(f"Telegram post without a link skipped: {post!r}")
        return None
    if body is None:
        parsed.problems.append(f"Telegram post without text skipped: {post}")
        return None
    owner = _first(message, "tgme_widget_message_owner_name")
    text = element_text(body)
    stamp = link.find(".//time")
    return ParsedEntry(
        url=str(link.get("href")),
        guid=post,
        title=post_title(text),
        author=owner.text_content().strip() if owner is not None else channel,
        published_at=_telegram_date(stamp, parsed),
        handle=handle or post.partition("/")[0],
        text=text,
    )


def _telegram_date(stamp: Any, parsed: ParsedFeed) -> datetime | None:
    value = str(stamp.get("datetime") or "") if stamp is not None else ""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        parsed.problems.append(f"unreadable date {value!r} ignored")
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
