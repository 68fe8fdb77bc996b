"""Parse feeds and sitemaps into entries; bad input gives problems, not errors.

RSS 0.9x/1.0/2.0 and Atom go through feedparser (given bytes: the HTTP is
ours), JSON Feed through `json`, sitemaps and Google News sitemaps through
lxml with entities and network access off.
"""

from __future__ import annotations

import calendar
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# Dates before this are placeholders (0, 1970) rather than publication dates.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
# Clocks differ: a date a little in the future is accepted.
FUTURE_SLACK = timedelta(days=1)
FEEDPARSER_KINDS = {"rss10": "rdf", "rss090": "rdf", "atom": "atom"}


@dataclass(frozen=True)
class ParsedEntry:
    """One story as a feed lists it."""

    url: str
    guid: str = ""
    title: str = ""
    author: str = ""
    published_at: datetime | None = None
    summary: str = ""
    language: str = ""
    # A social post's account handle (no @) and its text, as plain text.
    handle: str = ""
    text: str = ""


@dataclass
class ParsedFeed:
    """The entries that could be read, and the problems found on the way."""

    kind: str = ""
    title: str = ""
    language: str = ""
    entries: list[ParsedEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_feed(data: bytes, *, url: str, now: datetime | None = None) -> ParsedFeed:
    """Return the entries of a feed or sitemap in `data`; never raise."""
    now = now or datetime.now(UTC)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:2000]
    if not head:
        return ParsedFeed(problems=["the document is empty"])
    try:
        if head.startswith(b"{"):
            parsed = _parse_json_feed(data, url)
        elif b"<urlset" in head or b"<sitemapindex" in head:
            parsed = _parse_sitemap(data, url)
        else:
            parsed = _parse_with_feedparser(data, url)
    except Exception as exc:  # noqa: BLE001 - hostile input must never crash a poll
        return ParsedFeed(
            problems=[f"unreadable document: {type(exc).__name__}: {exc}"]
        )
    _clean_entries(parsed, now)
    return parsed


def _clean_entries(parsed: ParsedFeed, now: datetime) -> None:
    """Drop entries without a usable link or with a repeated GUID; check dates."""
    seen: set[str] = set()
    kept = []
    for entry in parsed.entries:
        if not _is_web(entry.url):
            parsed.problems.append(f"entry without a web link skipped: {entry.url!r}")
            continue
        key = entry.guid or entry.url
        if key in seen:
            parsed.problems.append(f"repeated entry skipped: {key}")
            continue
        seen.add(key)
        kept.append(_checked_date(entry, parsed, now))
    parsed.entries = kept


def _is_web(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _absolute(base: str, link: str) -> str:
    """Resolve a link against the feed's address; no link stays empty."""
    link = link.strip()
    try:
        return urljoin(base, link) if link else ""
    except ValueError:  # "http://[::1" and other unparseable addresses
        return ""


def _checked_date(entry: ParsedEntry, parsed: ParsedFeed, now: datetime) -> ParsedEntry:
    when = entry.published_at
    if when is None or EARLIEST <= when <= now + FUTURE_SLACK:
        return entry
    parsed.problems.append(f"impossible date {when.isoformat()} ignored: {entry.url}")
    return ParsedEntry(**{**entry.__dict__, "published_at": None})


# --- RSS, RDF and Atom ---------------------------------------------------------


def _parse_with_feedparser(data: bytes, url: str) -> ParsedFeed:
    result = feedparser.parse(data, response_headers={"content-location": url})
    version = result.get("version", "")
    error = result.get("bozo_exception") if result.get("bozo") else None
    # The content type is not given to feedparser (the HTTP is ours).
    if isinstance(error, feedparser.NonXMLContentType):
        error = None
    problems = [f"malformed feed: {error}"] if error else []
    if not version and not result.entries:
        kind = "HTML" if b"<html" in data[:2000].lower() else "an unknown format"
        return ParsedFeed(problems=[f"not a feed: the document is {kind}"])
    # A feed that could not be read to its first entry is broken, not empty.
    readable = result.entries or not error or _benign(error)
    channel = result.get("feed", {})
    parsed = ParsedFeed(
        kind=_kind(version) if readable else "",
        title=channel.get("title", ""),
        language=channel.get("language", ""),
        problems=problems,
    )
    parsed.entries = [_feedparser_entry(e, url) for e in result.entries]
    return parsed


def _benign(error: Exception) -> bool:
    return isinstance(error, feedparser.CharacterEncodingOverride)


def _kind(version: str) -> str:
    for prefix, kind in FEEDPARSER_KINDS.items():
        if version.startswith(prefix):
            return kind
    return "rss"


def _feedparser_entry(entry: Any, url: str) -> ParsedEntry:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return ParsedEntry(
        url=_absolute(url, entry.get("link", "")),
        guid=entry.get("id", ""),
        title=entry.get("title", "").strip(),
        author=entry.get("author", ""),
        published_at=_from_struct(stamp),
        summary=entry.get("summary", ""),
        language=entry.get("language", "") or "",
    )


def _from_struct(stamp: time.struct_time | None) -> datetime | None:
    if stamp is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)


# --- JSON Feed -----------------------------------------------------------------


def _parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        return ParsedFeed(problems=[f"malformed JSON Feed: {exc}"])
    if not isinstance(document, dict) or "jsonfeed.org" not in str(
        document.get("version", "")
    ):
        return ParsedFeed(problems=["not a feed: JSON without a JSON Feed version"])
    parsed = ParsedFeed(
        kind="jsonfeed",
        title=str(document.get("title", "")),
        language=str(document.get("language", "")),
    )
    items = document.get("items") or []
    if not isinstance(items, list):
        parsed.problems.append("JSON Feed items are not a list: none read")
        items = []
    for number, item in enumerate(items, start=1):
        try:
            parsed.entries.append(_json_entry(item, url, parsed))
        except (TypeError, ValueError, AttributeError) as exc:
            parsed.problems.append(f"JSON Feed item {number} skipped: {exc}")
    return parsed


def _json_entry(item: Any, url: str, parsed: ParsedFeed) -> ParsedEntry:
    if not isinstance(item, dict):
        raise TypeError(f"an item is an object, not {type(item).__name__}")
    authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
    if not isinstance(authors, list):
        raise TypeError(f"authors is a list, not {type(authors).__name__}")
    names = [str(a.get("name", "")) for a in authors if isinstance(a, dict)]
    return ParsedEntry(
        url=_absolute(url, str(item.get("url") or item.get("external_url") or "")),
        guid=str(item.get("id", "")),
        title=str(item.get("title", "")).strip(),
        author=", ".join(n for n in names if n),
        published_at=_from_iso(str(item.get("date_published", "")), parsed),
        summary=str(item.get("summary") or item.get("content_text") or ""),
        language=str(item.get("language", "")),
    )


def _from_iso(value: str, parsed: ParsedFeed) -> datetime | None:
    """Read an RFC 3339 / W3C date; a date alone means midnight UTC."""
    value = value.strip()
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        parsed.problems.append(f"unreadable date {value!r} ignored")
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


# --- sitemaps ------------------------------------------------------------------


def _parse_sitemap(data: bytes, url: str) -> ParsedFeed:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        return ParsedFeed(problems=[f"malformed sitemap: {exc}"])
    if etree.QName(root).localname == "sitemapindex":
        locs = root.iterfind(f"{{{SITEMAP_NS}}}sitemap/{{{SITEMAP_NS}}}loc")
        return ParsedFeed(
            kind="sitemap",
            sitemaps=[urljoin(url, (x.text or "").strip()) for x in locs],
        )
    parsed = ParsedFeed(kind="sitemap")
    for node in root.iterfind(f"{{{SITEMAP_NS}}}url"):
        parsed.entries.append(_sitemap_entry(node, url, parsed))
    return parsed


def _sitemap_entry(node: Any, url: str, parsed: ParsedFeed) -> ParsedEntry:
    news = node.find(f"{{{NEWS_NS}}}news")
    loc = _absolute(url, node.findtext(f"{{{SITEMAP_NS}}}loc", ""))
    if news is None:
        lastmod = node.findtext(f"{{{SITEMAP_NS}}}lastmod", "")
        return ParsedEntry(url=loc, published_at=_from_iso(lastmod, parsed))
    parsed.kind = "news-sitemap"
    published = news.findtext(f"{{{NEWS_NS}}}publication_date", "")
    return ParsedEntry(
        url=loc,
        title=news.findtext(f"{{{NEWS_NS}}}title", "").strip(),
        published_at=_from_iso(published, parsed),
        language=news.findtext(f"{{{NEWS_NS}}}publication/{{{NEWS_NS}}}language", ""),
    )
