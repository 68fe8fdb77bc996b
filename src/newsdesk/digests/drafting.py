"""Pure helpers for drafting an issue: weeks, lead sentences, story groups.

No Django here: the service feeds these plain values and stores the result.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsdesk.newsroom.dates import MONTHS, format_date
from newsdesk.text.folding import fold

# A sentence ends with . ! ? (or the Arabic-script ؟ and the full stop ۔)
# followed by white space; abbreviations may cut early, which the editor fixes.
_SENTENCE_END = re.compile(r"[.!?؟۔…][\"'”’»)]*(?=\s)")


def week_of(day: date) -> tuple[date, date]:
    """Return the Monday and the Sunday of the week that holds `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_label(start: date, end: date) -> str:
    """Return a week as `November 16 – 22 2026` (months and years when they differ)."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{MONTHS[start.month - 1]} {start.day} – {end.day} {end.year}"
    if start.year == end.year:
        return f"{MONTHS[start.month - 1]} {start.day} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def lead(text: str, *, sentences: int = 2, words: int = 60) -> str:
    """Return the first `sentences` sentences of `text`, at most `words` words.

    White space is collapsed; a cut inside a sentence ends with "…".
    """
    flat = " ".join(text.split())
    if not flat:
        return ""
    ends = [match.end() for match in _SENTENCE_END.finditer(flat)]
    kept = flat[: ends[sentences - 1]] if len(ends) >= sentences else flat
    tokens = kept.split(" ")
    if len(tokens) <= words:
        return kept
    return " ".join(tokens[:words]).rstrip(",;:،؛") + "…"


def story_url(url: str) -> str:
    """Return `url` reduced to what tells two links to one story apart.

    Scheme and `www.` are dropped, the host lower-cased, the fragment and a
    trailing slash removed; the query stays (some outlets put the id there).
    """
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return ""
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("", host, parts.path.rstrip("/"), parts.query, ""))


@dataclass(frozen=True)
class ClippingRef:
    """What grouping needs to know of a clipping."""

    key: int
    title: str
    urls: Sequence[str] = field(default_factory=tuple)


def same_story_groups(clippings: Iterable[ClippingRef]) -> list[list[ClippingRef]]:
    """Group clippings that quote the same story, keeping the given order.

    Two clippings are one story when they share a source URL (compared with
    `story_url`) or have the same title once folded. Groups chain: A shares a
    link with B and B a title with C puts all three together.
    """
    refs = list(clippings)
    parent = list(range(len(refs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[str, int] = {}
    for i, ref in enumerate(refs):
        keys = {"title:" + fold(ref.title)} if fold(ref.title) else set()
        keys |= {"url:" + u for u in map(story_url, ref.urls) if u}
        for key in sorted(keys):
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(refs)):
        groups.setdefault(root(i), []).append(i)
    ordered = sorted(groups.values(), key=lambda members: members[0])
    return [[refs[i] for i in members] for members in ordered]


def language_order(languages: Iterable[str], preferred: Sequence[str]) -> list[str]:
    """Return the languages present, the site's own languages first, in order."""
    present = set(languages)
    first = [code for code in preferred if code in present]
    return first + sorted(present - set(first))


def _listed(value: Any) -> list[Any]:
    """Return a ListBlock's raw items, in either of Wagtail's raw forms."""
    return [
        item["value"] if isinstance(item, dict) and "value" in item else item
        for item in value or []
    ]


def body_clipping_ids(raw: Iterable[dict[str, Any]]) -> set[int]:
    """Return the ids of the clippings a raw issue body points to."""
    found: set[int] = set()
    for section in raw:
        for item in section.get("value", {}).get("items", []) or []:
            if item.get("type") == "clippings":
                found.update(
                    int(pk) for pk in _listed(item["value"]["clippings"]) if pk
                )
    return found


def body_with_items(
    raw: list[dict[str, Any]], drafted: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return `raw` with the items of `drafted` added at the end of each section.

    Both are raw bodies (a list of language sections). A section's new items
    go after the ones it has; a language the body lacks gets a new section at
    the end. Nothing already in `raw` is changed.
    """
    body = [dict(section) for section in raw]
    by_language = {
        section["value"].get("language"): section
        for section in body
        if section.get("type") == "section"
    }
    for section in drafted:
        code = section["value"]["language"]
        if code in by_language:
            target = by_language[code]
            value = dict(target["value"])
            value["items"] = [*(value.get("items") or []), *section["value"]["items"]]
            target["value"] = value
        else:
            body.append(section)
    return body
