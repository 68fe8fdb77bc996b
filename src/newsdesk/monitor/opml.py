"""Read the feeds listed in an OPML file (the outlines with an xmlUrl)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree


@dataclass(frozen=True)
class OpmlFeed:
    """One feed of an OPML file, with the outlet it belongs to."""

    url: str
    outlet_name: str
    outlet_url: str = ""
    language: str = ""


@dataclass
class OpmlDocument:
    """The feeds found, and what could not be read."""

    feeds: list[OpmlFeed] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_opml(data: bytes) -> OpmlDocument:
    """Return the feeds of an OPML document; never raise on bad input."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        return OpmlDocument(problems=[f"not a readable OPML file: {exc}"])
    document = OpmlDocument()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue
        problem = _address_problem(url)
        if problem:
            document.problems.append(
                f"line {outline.sourceline}: skipped, {problem}: {url!r}"
            )
            continue
        name = (outline.get("title") or outline.get("text") or "").strip()
        document.feeds.append(
            OpmlFeed(
                url=url,
                outlet_name=name or urlsplit(url).netloc,
                outlet_url=(outline.get("htmlUrl") or "").strip(),
                language=(outline.get("language") or "").strip(),
            )
        )
    return document


def _address_problem(url: str) -> str:
    """Return why `url` is not a feed address to poll, or ""."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks the port
    except ValueError:
        return "not a valid address"
    if parts.scheme.lower() not in ("http", "https"):
        return "not a web address (only http and https)"
    if not parts.hostname:
        return "the address names no host"
    return ""
