"""Read one social post from its address, for "Clip a URL": text, never embed.

X/Twitter and Bluesky answer their public oEmbed endpoints; a Mastodon
status page carries its author, handle, date and text in its metadata
(`og:title`, `og:description`, `og:published_time`, `profile:username`); a
Telegram post's embed page (`?embed=1`) has the channel page's message
markup. The embed HTML a platform offers is read for its text and dropped:
no script, frame or image of the platform reaches our pages. Every request
goes through the monitor's `Fetcher` (the guarded outbound client).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from lxml import etree, html

from newsdesk import conf
from newsdesk.text.langid import identify

from .fetch import Fetcher, FetchResult
from .parse import ParsedFeed
from .social import base_url, element_text, telegram_message

_MASTODON_PATH = re.compile(r"^/@([^/@]+)(?:@[^/]+)?/(\d+)/?$")
_X_PATH = re.compile(r"^/([^/]+)/status(?:es)?/(\d+)")
_BLUESKY_PATH = re.compile(r"^/profile/([^/]+)/post/([^/?#]+)")
_TELEGRAM_PATH = re.compile(r"^/(?:s/)?([A-Za-z][\w]{3,})/(\d+)/?$")


class PostError(Exception):
    """The post could not be read; the message says why, for the editor."""


@dataclass(frozen=True)
class QuotedPost:
    """A social post as the clipping quotes it: plain text and a link."""

    platform: str
    author: str
    handle: str
    text: str
    url: str
    published_on: date | None = None
    language: str = ""


def post_platform(url: str) -> str:
    """Return the platform whose post `url` is (x, bluesky, telegram, mastodon)."""
    url = url.strip()
    for platform, bases, pattern in _platforms():
        for base in bases:
            if url.startswith(f"{base}/") and pattern.match(_rest(url, base)):
                return platform
    if _MASTODON_PATH.match(urlsplit(url).path):
        return "mastodon"
    return ""


def _platforms() -> list[tuple[str, list[str], re.Pattern[str]]]:
    x_bases = [str(base).rstrip("/") for base in conf.get("SOCIAL_X_URLS")]
    return [
        ("x", x_bases, _X_PATH),
        ("bluesky", [base_url("bluesky")], _BLUESKY_PATH),
        ("telegram", [base_url("telegram")], _TELEGRAM_PATH),
    ]


def _rest(url: str, base: str) -> str:
    """Return the path of `url` after the platform's base address."""
    return urlsplit(url[len(base) :]).path


def _groups(pattern: re.Pattern[str], path: str) -> tuple[str, ...]:
    found = pattern.match(path)
    if found is None:
        raise PostError("The address is not a post's address.")
    return found.groups()


def post_read(url: str, *, fetcher: Fetcher) -> QuotedPost:
    """Return the post at `url`, or raise PostError saying why it is not read."""
    platform = post_platform(url)
    readers = {
        "x": _read_x,
        "bluesky": _read_bluesky,
        "mastodon": _read_mastodon,
        "telegram": _read_telegram,
    }
    if platform not in readers:
        raise PostError(
            "The address is not a post on X, Bluesky, Mastodon or Telegram."
        )
    post = readers[platform](url.strip(), fetcher)
    if not post.text:
        raise PostError(f"The {platform} post has no text to quote.")
    language = identify(post.text, languages=conf.get("LANGUAGES"), hint=post.language)
    return QuotedPost(**{**post.__dict__, "language": language})


def _get(url: str, fetcher: Fetcher) -> FetchResult:
    result = fetcher.fetch(url)
    if not result.ok or not result.body:
        reason = result.error or f"HTTP {result.status}"
        raise PostError(f"The post could not be fetched ({reason}).")
    return result


def _oembed(endpoint: str, url: str, fetcher: Fetcher, **extra: str) -> dict[str, Any]:
    query = urlencode({"url": url, **extra})
    result = _get(f"{endpoint}?{query}", fetcher)
    try:
        answer = json.loads(result.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PostError(f"The platform's oEmbed answer is not JSON ({exc}).") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("html"), str):
        raise PostError("The platform's oEmbed answer has no post in it.")
    return answer


def _blockquote(markup: str) -> Any:
    """Return the `<blockquote>` of an oEmbed's HTML (scripts are dropped)."""
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        raise PostError(f"The oEmbed HTML cannot be read ({exc}).") from None
    quote = root.find(".//blockquote")
    if quote is None:
        raise PostError("The oEmbed HTML has no quoted post.")
    return quote


def _day(text: str) -> date | None:
    """Read "December 5, 2026" (and "… at 10:00 AM"), as the embeds write it."""
    text = text.split(" at ")[0].strip()
    try:
        return datetime.strptime(text, "%B %d, %Y").date()
    except ValueError:
        return None


def _quote_parts(quote: Any) -> tuple[str, str, date | None]:
    """Return the text, its language and the date of an embed's blockquote."""
    paragraph = quote.find(".//p")
    text = element_text(paragraph) if paragraph is not None else ""
    language = paragraph.get("lang", "") if paragraph is not None else ""
    links = quote.findall(".//a")
    day = _day(links[-1].text_content()) if links else None
    return text, language, day


def _read_x(url: str, fetcher: Fetcher) -> QuotedPost:
    answer = _oembed(
        str(conf.get("SOCIAL_X_OEMBED_URL")),
        url,
        fetcher,
        omit_script="true",
        dnt="true",
    )
    text, language, day = _quote_parts(_blockquote(answer["html"]))
    author_url = str(answer.get("author_url", ""))
    handle = urlsplit(author_url).path.strip("/").rsplit("/", 1)[-1]
    handle = handle or _groups(_X_PATH, urlsplit(url).path)[0]
    text = re.sub(r"\s*pic\.twitter\.com/\S+$", "", text)
    return QuotedPost(
        platform="x",
        author=str(answer.get("author_name", "")),
        handle=handle,
        text=text,
        url=url,
        published_on=day,
        language=language,
    )


def _read_bluesky(url: str, fetcher: Fetcher) -> QuotedPost:
    answer = _oembed(str(conf.get("SOCIAL_BLUESKY_OEMBED_URL")), url, fetcher)
    quote = _blockquote(answer["html"])
    text, language, day = _quote_parts(quote)
    text = re.sub(r"\s*\[image or embed\]$", "", text)
    handles = [a.text_content() for a in quote.findall(".//a")]
    handle = next((h for h in handles if h.startswith("@")), "").lstrip("@")
    handle = handle or _groups(_BLUESKY_PATH, _rest(url, base_url("bluesky")))[0]
    author = str(answer.get("author_name", ""))
    return QuotedPost(
        platform="bluesky",
        author=author.removesuffix(f" (@{handle})"),
        handle=handle,
        text=text,
        url=url,
        published_on=day,
        language=language,
    )


def _meta(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in root.iter("meta"):
        name = node.get("property") or node.get("name")
        if name and name not in found:
            found[name] = str(node.get("content") or "").strip()
    return found


def _read_mastodon(url: str, fetcher: Fetcher) -> QuotedPost:
    result = _get(url, fetcher)
    try:
        meta = _meta(html.document_fromstring(result.body))
    except (etree.ParserError, ValueError) as exc:
        raise PostError(f"The post page cannot be read ({exc}).") from None
    title = meta.get("og:title", "")
    handle = meta.get("profile:username", "").lstrip("@")
    if not handle:
        user = _groups(_MASTODON_PATH, urlsplit(url).path)[0]
        handle = f"{user}@{urlsplit(url).hostname}"
    stamp = meta.get("og:published_time") or meta.get("article:published_time", "")
    return QuotedPost(
        platform="mastodon",
        author=re.sub(r"\s*\(@[^)]*\)$", "", title),
        handle=handle,
        text=meta.get("og:description", ""),
        url=url,
        published_on=_iso_day(stamp),
        language=meta.get("og:locale", "").split("_")[0],
    )


def _iso_day(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.strip()).date() if value.strip() else None
    except ValueError:
        return None


def _read_telegram(url: str, fetcher: Fetcher) -> QuotedPost:
    base = base_url("telegram")
    channel, number = _groups(_TELEGRAM_PATH, _rest(url, base))
    link = f"{base}/{channel}/{number}"
    result = _get(f"{link}?embed=1&mode=tme", fetcher)
    try:
        root = html.document_fromstring(result.body)
    except (etree.ParserError, ValueError) as exc:
        raise PostError(f"The post page cannot be read ({exc}).") from None
    wanted = f"{channel}/{number}"
    messages = [
        message
        for message in root.find_class("tgme_widget_message")
        if message.get("data-post") == wanted
    ]
    problems = ParsedFeed()
    entry = (
        telegram_message(messages[0], channel=channel, handle=channel, parsed=problems)
        if messages
        else None
    )
    if entry is None:
        raise PostError("The Telegram page has no post with text.")
    return QuotedPost(
        platform="telegram",
        author=entry.author,
        handle=entry.handle,
        text=entry.text,
        url=link,
        published_on=entry.published_at.date() if entry.published_at else None,
    )
