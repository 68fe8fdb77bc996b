"""Turn a WordPress item into what a newsdesk page needs; no database here.

Posts that open with an attribution line become clippings, other posts and
pages become articles. `map_item` raises `Unmappable` with the reason when an
item cannot become a page (attachments are media, see `media.py`).
"""

import hashlib
import html
import json
import re
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import unquote, urlsplit

from django.utils.text import slugify

from newsdesk.newsroom.attribution import Source
from newsdesk.text.languages import is_valid_tag, primary_subtag

from .attribution import parse_attribution
from .content import clean_html, plain_text
from .records import Item

PAGE_TYPES = {"post", "page"}
STATES = {
    "publish": "live",
    "future": "scheduled",
    "draft": "draft",
    "pending": "draft",
    "private": "private",
}
_FIRST_PARAGRAPH = re.compile(r"^\s*<p>(?P<inner>.*?)</p>", re.S)
_PERSIAN_LETTERS = re.compile("[پچژگکی]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")


class Unmappable(Exception):
    """An item that cannot become a page; the message says why."""


@dataclass
class Context:
    """What mapping needs to know about the whole site."""

    site_url: str
    language: str = "en"
    authors: dict[str, str] = field(default_factory=dict)
    known_outlets: Collection[str] = ()


@dataclass
class PostData:
    """One page to create or update, and where it came from."""

    wp_id: int
    post_type: str
    kind: str  # "clipping" or "article"
    title: str
    slug: str
    body: str  # an article's body, or a clipping's excerpt
    state: str
    language: str
    author: str = ""
    summary: str = ""  # WordPress's excerpt, kept as the search description
    commentary: str = ""
    sources: tuple[Source, ...] = ()
    section: str = ""
    tags: list[str] = field(default_factory=list)
    posted_at: datetime | None = None
    old_paths: list[str] = field(default_factory=list)
    thumbnail_id: int | None = None
    password: str = ""
    sticky: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def checksum(self) -> str:
        data = json.dumps(asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(data.encode()).hexdigest()


def map_item(item: Item, context: Context) -> PostData:
    """Return the page `item` becomes; raise Unmappable with the reason."""
    if item.id <= 0:
        raise Unmappable("no post id: cannot be imported twice safely")
    if item.post_type not in PAGE_TYPES:
        raise Unmappable(f"unknown post type {item.post_type!r}")
    state = STATES.get(item.status)
    if state is None:
        raise Unmappable(f"status {item.status!r} is not imported")
    # A page's body may not be empty: a title-only post keeps its excerpt.
    body = clean_html(item.content) or clean_html(item.excerpt) or "<p></p>"
    data = PostData(
        wp_id=item.id,
        post_type=item.post_type,
        kind="article",
        title=_title(item),
        slug=_slug(item),
        body=body,
        state=state,
        language=guess_language(plain_text(item.content), context.language),
        author=context.authors.get(item.creator, item.creator),
        summary=plain_text(item.excerpt),
        section=item.categories[0][0] if item.categories else "",
        tags=_tags(item),
        posted_at=item.posted_at,
        old_paths=old_paths(item, context.site_url),
        thumbnail_id=item.thumbnail_id,
        sticky=item.is_sticky,
        notes=list(item.problems),
    )
    if item.post_type == "post":
        _as_clipping(data, context)
    if state == "private":
        data.notes.append("private on WordPress: imported unpublished")
    _protect(data, item)
    return data


def _protect(data: PostData, item: Item) -> None:
    """Keep a password-protected post behind the same shared password."""
    if item.password:
        data.password = item.password
        data.notes.append("password-protected on WordPress: same password here")
    elif item.protected and data.state in ("live", "scheduled"):
        # Its content cannot be read without the password: keep it unpublished.
        data.state = "draft"
        data.notes.append("password-protected, password unknown: imported unpublished")


def _title(item: Item) -> str:
    title = html.unescape(plain_text(item.title)).strip()
    return (title or f"Untitled {item.post_type} {item.id}")[:255]


def _slug(item: Item) -> str:
    slug = slugify(unquote(item.slug), allow_unicode=True)
    slug = slug or slugify(html.unescape(item.title), allow_unicode=True)
    return (slug or f"{item.post_type}-{item.id}")[:240]


def _tags(item: Item) -> list[str]:
    """Return the tags, with every category past the first kept as a tag too."""
    names = [name for _term_slug, name in item.tags]
    names += [name for _term_slug, name in item.categories[1:]]
    seen: dict[str, str] = {}
    for name in names:
        name = html.unescape(name).strip()[:100]
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return list(seen.values())


def old_paths(item: Item, site_url: str) -> list[str]:
    """Return the paths the item answered at on the old site."""
    base = urlsplit(site_url).path.rstrip("/")
    key = "p" if item.post_type == "post" else "page_id"
    paths = [f"{base}/?{key}={item.id}"]
    link = urlsplit(item.link)
    if item.link and (not link.netloc or link.netloc == urlsplit(site_url).netloc):
        path = link.path + (f"?{link.query}" if link.query else "")
        if path not in paths and path.strip("/"):
            paths.insert(0, path)
    return paths


def guess_language(text: str, default: str) -> str:
    """Tell Persian and Arabic text from the site's language by its letters."""
    arabic = len(_ARABIC_SCRIPT.findall(text))
    if arabic > len(_LATIN.findall(text)):
        return "fa" if _PERSIAN_LETTERS.search(text) else "ar"
    default = primary_subtag(default) if default else "en"
    return default if is_valid_tag(default) else "en"


def _as_clipping(data: PostData, context: Context) -> None:
    """Make `data` a clipping when its first paragraph is an attribution line."""
    match = _FIRST_PARAGRAPH.match(data.body)
    if not match:
        return
    parsed = parse_attribution(plain_text(match["inner"]), context.known_outlets)
    if parsed is None:
        return
    rest = _after_head(match["inner"], parsed.rest)
    first = f"<p>{rest}</p>" if rest.strip() else ""
    if not (first + data.body[match.end() :]).strip():
        return  # an attribution with nothing quoted is not a clipping
    data.kind = "clipping"
    data.sources = parsed.sources
    data.body = first + data.body[match.end() :]
    if data.author:
        data.commentary = f"<p>Posted by {html.escape(data.author)}.</p>"


def _after_head(inner: str, rest: str) -> str:
    """Keep the paragraph's own markup when the line ends before any tag."""
    colon = min((inner.find(mark) for mark in ":：" if mark in inner), default=-1)
    if colon != -1 and "<" not in inner[:colon]:
        return re.sub(r"^\s*(…|\.\.\.)?\s*", "", inner[colon + 1 :])
    return html.escape(rest)
