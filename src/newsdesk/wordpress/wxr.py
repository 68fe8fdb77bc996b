"""Stream-read a WordPress eXtended RSS (WXR 1.0–1.2) export.

The file is read with `lxml.etree.iterparse` and each author, term and item is
cleared once it has been turned into a record, so memory stays flat however
large the export. Malformed or truncated XML ends the stream with a
`ReadError` giving the position; every record read before it is kept.
"""

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from lxml import etree

from .records import Author, Comment, Item, ReadError, Record, SiteInfo, Term

logger = logging.getLogger(__name__)

# The prefixes WXR uses, and the URIs they are known by when a file binds them
# to no prefix of these names (scheme and trailing slash left out; WordPress's
# own exports write http, WordPress.com's https).
_WXR_PREFIXES = frozenset({"wp", "excerpt", "content", "dc", "wfw"})
_KNOWN_URIS = {
    "purl.org/rss/1.0/modules/content": "content",
    "purl.org/dc/elements/1.1": "dc",
    "wellformedweb.org/CommentAPI": "wfw",
}
_SITE_FIELDS = {
    "title": "title",
    "link": "link",
    "language": "language",
    "wp:base_site_url": "base_site_url",
    "wp:base_blog_url": "base_blog_url",
    "wp:wxr_version": "wxr_version",
}
_RECORD_TAGS = {"item", "wp:author", "wp:category", "wp:tag", "wp:term"}


def known_prefix(uri: str) -> str:
    """Return the WXR prefix a namespace URI stands for, http or https; else ""."""
    bare = uri.partition("://")[2].rstrip("/") if "://" in uri else uri
    if bare.startswith("wordpress.org/export/"):
        return "excerpt" if bare.endswith("/excerpt") else "wp"
    return _KNOWN_URIS.get(bare, "")


class Names:
    """Turn namespaced tags into `prefix:local`, as the file binds its prefixes.

    Like WordPress's own importer, a `wp`, `excerpt`, `content`, `dc` or `wfw`
    prefix declared in the file means that prefix whatever its URI; any other
    URI is recognised by `known_prefix`.
    """

    def __init__(self) -> None:
        self.prefixes: dict[str, str] = {}

    def declare(self, prefix: str | None, uri: str) -> None:
        """Note a namespace declaration read from the file."""
        if prefix in _WXR_PREFIXES:
            self.prefixes[uri] = prefix

    def __call__(self, tag: Any) -> str:
        if not isinstance(tag, str):
            return ""  # comments and processing instructions
        if not tag.startswith("{"):
            return tag
        try:
            qname = etree.QName(tag)
        except ValueError:
            return ""  # a name cut short, e.g. `<wp:` in a truncated file
        namespace = qname.namespace or ""
        prefix = self.prefixes.get(namespace)
        if prefix is None:
            prefix = self.prefixes[namespace] = known_prefix(namespace)
        return f"{prefix}:{qname.localname}" if prefix else qname.localname


def parse_datetime(text: str) -> datetime | None:
    """Read WordPress's `2021-01-26 09:30:00` (or ISO) as UTC; None when unset."""
    text = text.strip()
    if not text or text.startswith("0000-00-00"):
        return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _int(text: str) -> int:
    text = text.strip()
    return int(text) if text.isdigit() else 0


def _children(element: Any, names: Names) -> dict[str, str]:
    return {names(child.tag): (child.text or "") for child in element}


def _author(element: Any, names: Names) -> Author:
    f = _children(element, names)
    return Author(
        id=_int(f.get("wp:author_id", "")),
        login=f.get("wp:author_login", ""),
        display_name=f.get("wp:author_display_name", ""),
        email=f.get("wp:author_email", ""),
        first_name=f.get("wp:author_first_name", ""),
        last_name=f.get("wp:author_last_name", ""),
    )


def _term(element: Any, tag: str, names: Names) -> Term:
    f = _children(element, names)
    if tag == "wp:category":
        return Term(
            kind="category",
            id=_int(f.get("wp:term_id", "")),
            slug=f.get("wp:category_nicename", ""),
            name=f.get("wp:cat_name", ""),
            parent=f.get("wp:category_parent", ""),
            description=f.get("wp:category_description", ""),
        )
    if tag == "wp:tag":
        return Term(
            kind="tag",
            id=_int(f.get("wp:term_id", "")),
            slug=f.get("wp:tag_slug", ""),
            name=f.get("wp:tag_name", ""),
            description=f.get("wp:tag_description", ""),
        )
    taxonomy = f.get("wp:term_taxonomy", "")
    return Term(
        kind={"post_tag": "tag"}.get(taxonomy, taxonomy),
        id=_int(f.get("wp:term_id", "")),
        slug=f.get("wp:term_slug", ""),
        name=f.get("wp:term_name", ""),
        parent=f.get("wp:term_parent", ""),
        description=f.get("wp:term_description", ""),
    )


def _comment(element: Any, names: Names) -> Comment:
    f = _children(element, names)
    return Comment(
        id=_int(f.get("wp:comment_id", "")),
        parent_id=_int(f.get("wp:comment_parent", "")),
        author=f.get("wp:comment_author", ""),
        content=f.get("wp:comment_content", ""),
        approved=f.get("wp:comment_approved", "").strip(),
        posted_at=parse_datetime(f.get("wp:comment_date_gmt", ""))
        or parse_datetime(f.get("wp:comment_date", "")),
        email=f.get("wp:comment_author_email", ""),
        url=f.get("wp:comment_author_url", ""),
        ip=f.get("wp:comment_author_IP", ""),
        kind=f.get("wp:comment_type", "").strip(),
    )


def _item(element: Any, names: Names) -> Item:
    item = Item(id=0, post_type="")
    fields: dict[str, str] = {}
    for child in element:
        name = names(child.tag)
        if name == "category":
            _add_term(item, child)
        elif name == "wp:postmeta":
            meta = _children(child, names)
            item.meta[meta.get("wp:meta_key", "")] = meta.get("wp:meta_value", "")
        elif name == "wp:comment":
            item.comments.append(_comment(child, names))
        else:
            fields[name] = child.text or ""
    _fill_item(item, fields)
    return item


def _add_term(item: Item, element: Any) -> None:
    pair = (element.get("nicename", ""), element.text or "")
    domain = element.get("domain", "")
    if domain == "category":
        item.categories.append(pair)
    elif domain in ("post_tag", "tag"):  # WXR 1.0 wrote "tag"
        item.tags.append(pair)


def _fill_item(item: Item, f: dict[str, str]) -> None:
    item.id = _int(f.get("wp:post_id", ""))
    item.post_type = f.get("wp:post_type", "").strip()
    item.title = f.get("title", "")
    item.link = f.get("link", "").strip()
    item.slug = f.get("wp:post_name", "").strip()
    item.status = f.get("wp:status", "").strip()
    item.creator = f.get("dc:creator", "")
    item.content = f.get("content:encoded", "")
    item.excerpt = f.get("excerpt:encoded", "")
    item.parent_id = _int(f.get("wp:post_parent", ""))
    item.is_sticky = f.get("wp:is_sticky", "").strip() == "1"
    item.attachment_url = f.get("wp:attachment_url", "").strip()
    item.password = f.get("wp:post_password", "")
    _fill_date(item, f.get("wp:post_date_gmt", ""), f.get("wp:post_date", ""))


def _fill_date(item: Item, gmt: str, local: str) -> None:
    item.posted_at = parse_datetime(gmt)
    if item.posted_at is None and local.strip():
        # Drafts carry no GMT date; the local one is the best there is.
        item.posted_at = parse_datetime(local)
        if item.posted_at is None:
            item.problems.append(f"invalid date {local.strip()!r}")


def _release(element: Any) -> None:
    """Free a handled element and the siblings already read before it."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def read_wxr(path: str | Path | IO[bytes]) -> Iterator[Record]:
    """Yield the site info, then authors, terms and items, in file order."""
    site = SiteInfo()
    site_sent = False
    depth = 0
    names = Names()
    events = etree.iterparse(
        path if hasattr(path, "read") else str(path),
        events=("start-ns", "start", "end"),
        huge_tree=True,
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
    )
    try:
        for event, element in events:
            if event == "start-ns":
                names.declare(*element)
                continue
            tag = names(element.tag)
            if event == "start":
                depth += 1
                if depth == 3 and tag in _RECORD_TAGS and not site_sent:
                    site_sent = True
                    yield site
                continue
            depth -= 1
            if depth != 2:
                continue
            if tag in _SITE_FIELDS:
                setattr(site, _SITE_FIELDS[tag], (element.text or "").strip())
            elif tag in _RECORD_TAGS:
                yield _record(element, tag, names)
                _release(element)
    except etree.XMLSyntaxError as error:
        line, column = error.position
        logger.warning(
            "wxr unreadable", extra={"wxr_path": str(path), "wxr_line": line}
        )
        if not site_sent:
            yield site
        yield ReadError(f"Malformed or truncated XML: {error.msg}", line, column)
        return
    if not site_sent:
        yield site


def _record(element: Any, tag: str, names: Names) -> Record:
    if tag == "item":
        return _item(element, names)
    if tag == "wp:author":
        return _author(element, names)
    return _term(element, tag, names)
