"""Extract an article's text and metadata from its HTML; never raise.

trafilatura first (with its own fallbacks); when its text is shorter than
NEWSDESK["EXTRACT_MIN_TEXT_CHARS"], the paragraphs of the page are taken
instead if they say more. The language is identified on title + text among
the site's languages, the page's `lang` attribute breaking ties.

The outlet's name is what the page itself states (`og:site_name`, then the
JSON-LD `publisher`), never a guess from the title or the address; the
declared language is the page's `lang`, `og:locale` or Content-Language.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from configparser import ConfigParser
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from newsdesk.text.langid import identify
from newsdesk.text.languages import is_valid_tag, primary_subtag

log = logging.getLogger(__name__)
# Larger documents are hostile or broken; trafilatura stops on them.
MAX_TREE_SIZE = 50_000
# trafilatura drops characters that are not printable, among them the
# zero-width non-joiner Persian spelling needs (می‌شود is not میشود). It is
# swapped for a printable stand-in (a Javanese sign, absent from the
# languages newsdesk expects) before extraction and back after.
ZWNJ_FORMS = ("\u200c", "&zwnj;", "&#8204;", "&#x200c;", "&#x200C;")
STAND_IN = "\ua9c1"
# Only dates the page states: no guesses from copyright lines or URLs.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class ExtractedArticle:
    """What could be read from an article page; empty fields when nothing."""

    title: str = ""
    text: str = ""
    authors: list[str] = field(default_factory=list)
    published_on: date | None = None
    language: str = ""
    site_name: str = ""
    declared_language: str = ""
    problem: str = ""


def extract_article(
    html: bytes | str,
    *,
    url: str,
    languages: Sequence[str] = ("en",),
    min_text_chars: int = 200,
) -> ExtractedArticle:
    """Return the article in `html` (fetched from `url`); never raise."""
    try:
        tree = _parse(html)
    except (etree.ParserError, ValueError) as exc:
        return ExtractedArticle(problem=f"unreadable HTML: {exc}")
    try:
        document = trafilatura.bare_extraction(
            _protect(html),
            url=url,
            with_metadata=True,
            include_comments=False,
            config=_config(),
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a hostile page must not stop a poll
        log.warning(
            "extraction failed url=%s error=%r",
            url,
            exc,
            extra={"url": url, "error": repr(exc)},
        )
        document = None
    return _article(document, tree, languages=languages, min_text_chars=min_text_chars)


def _protect(html: bytes | str) -> bytes | str:
    if isinstance(html, bytes):
        for form in ZWNJ_FORMS:
            html = html.replace(form.encode(), STAND_IN.encode())
        return html
    for form in ZWNJ_FORMS:
        html = html.replace(form, STAND_IN)
    return html


def _restore(text: str) -> str:
    return text.replace(STAND_IN, "\u200c")


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return config


def _parse(html: bytes | str) -> lxml.html.HtmlElement:
    if isinstance(html, bytes) and not html.strip():
        raise ValueError("empty document")
    if isinstance(html, str) and not html.strip():
        raise ValueError("empty document")
    return lxml.html.document_fromstring(html)


def _article(
    document: object,
    tree: lxml.html.HtmlElement,
    *,
    languages: Sequence[str],
    min_text_chars: int,
) -> ExtractedArticle:
    text = _restore(str(getattr(document, "text", "") or ""))
    if len(text) < min_text_chars:
        text = max(text, _paragraphs(tree), key=len)
    title = _restore(str(getattr(document, "title", "") or "")) or _title(tree)
    hint = str(tree.get("lang", "") or "")
    return ExtractedArticle(
        title=title,
        text=text,
        authors=_authors(_restore(str(getattr(document, "author", "") or ""))),
        published_on=_date(str(getattr(document, "date", "") or "")),
        language=identify(f"{title}\n{text}", languages=languages, hint=hint),
        site_name=site_name(tree),
        declared_language=declared_language(tree),
        problem="" if text else "no article text found",
    )


def site_name(tree: lxml.html.HtmlElement) -> str:
    """Return the outlet's name as the page states it, or ""."""
    for value in tree.xpath('//meta[@property="og:site_name"]/@content'):
        if str(value).strip():
            return " ".join(str(value).split())[:200]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        name = _publisher(_json(str(script)))
        if name:
            return " ".join(name.split())[:200]
    return ""


def declared_language(tree: lxml.html.HtmlElement) -> str:
    """Return the language the page declares (a valid BCP 47 tag), or ""."""
    candidates = [
        *tree.xpath("/html/@lang"),
        *tree.xpath('//meta[@property="og:locale"]/@content'),
        *tree.xpath('//meta[@http-equiv="Content-Language"]/@content'),
    ]
    for value in candidates:
        tag = str(value).strip().replace("_", "-").split(",")[0].strip()
        if tag and is_valid_tag(tag):
            return primary_subtag(tag)
    return ""


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _publisher(data: object, depth: int = 0) -> str:
    """Return the first `publisher` name in JSON-LD data, looked for breadth-first."""
    if depth > 5:
        return ""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        publisher = item.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return str(publisher["name"]).strip()
        if isinstance(publisher, str) and publisher.strip():
            return publisher.strip()
    for item in items:
        if isinstance(item, dict) and "@graph" in item:
            name = _publisher(item["@graph"], depth + 1)
            if name:
                return name
    return ""


def _paragraphs(tree: lxml.html.HtmlElement) -> str:
    texts = (p.text_content().strip() for p in tree.iter("p"))
    return "\n".join(t for t in texts if t)


def _title(tree: lxml.html.HtmlElement) -> str:
    titles = tree.xpath("//title/text()")
    return str(titles[0]).strip() if titles else ""


def _authors(value: str) -> list[str]:
    return [name.strip() for name in value.split(";") if name.strip()]


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
