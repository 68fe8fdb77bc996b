"""Read a live WordPress site through its REST API (`/wp-json/wp/v2/…`).

Yields the same records as `wxr.read_wxr`, so the import maps both alike.
Collections are paged with `page` and `per_page` until `X-WP-TotalPages`;
a failing request ends that collection with a `ReadError` naming the URL,
and the import goes on with what was read. Only what the API shows without
logging in is read: published posts and pages, approved comments. Requests
go through the guarded outbound client, with the monitor's size caps.
"""

import html
import json
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from newsdesk import conf
from newsdesk.security.outbound import (
    GuardedClient,
    OutboundError,
    OutboundLimits,
    OutboundResponse,
)

from .records import Author, Comment, Item, ReadError, Record, SiteInfo, Term
from .wxr import parse_datetime

logger = logging.getLogger(__name__)
COMMENT_STATES = {"approved": "1", "hold": "0", "spam": "spam", "trash": "trash"}


class _Failed(Exception):
    pass


def client_for_import() -> GuardedClient:
    """Return the guarded client with the import's time limit."""
    return GuardedClient(
        limits=OutboundLimits.from_settings(
            total_timeout=conf.get("WORDPRESS_FETCH_TIMEOUT")
        )
    )


def _get(client: GuardedClient, url: str, params: dict[str, Any]) -> OutboundResponse:
    try:
        response = client.get(f"{url}?{urlencode(params)}" if params else url)
    except OutboundError as error:
        raise _Failed(f"{url}: {error}") from error
    if response.status != 200:
        raise _Failed(f"{url}: HTTP {response.status}")
    return response


def _json(response: OutboundResponse) -> Any:
    try:
        return json.loads(response.body)
    except ValueError as error:
        raise _Failed(f"{response.url}: not JSON ({error})") from error


def collection(client: GuardedClient, base: str, name: str) -> Iterator[dict[str, Any]]:
    """Yield every object of `/wp-json/wp/v2/<name>`, page by page."""
    url = f"{base}/wp-json/wp/v2/{name}"
    page, total = 1, 1
    while page <= total:
        params = {"page": page, "per_page": conf.get("WORDPRESS_REST_PER_PAGE")}
        response = _get(client, url, params)
        data = _json(response)
        if not isinstance(data, list):
            raise _Failed(f"{url}: expected a list of {name}")
        yield from (entry for entry in data if isinstance(entry, dict))
        total = _int(response.header("X-WP-TotalPages")) or 1
        page += 1


def _int(value: Any) -> int:
    """Return `value` as a whole number; 0 for anything else."""
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", "")
    return value if isinstance(value, str) else ""


def read_rest(url: str, client: GuardedClient | None = None) -> Iterator[Record]:
    """Yield the site info, authors, terms, media and posts of a live site."""
    base = url.rstrip("/")
    own = client is None
    client = client or client_for_import()
    try:
        yield from _read(client, base)
    finally:
        if own:
            client.close()


def _read(client: GuardedClient, base: str) -> Iterator[Record]:
    yield _site(client, base)
    terms: dict[str, dict[int, Term]] = {"categories": {}, "tags": {}}
    for name, step in [("users", _users), ("categories", None), ("tags", None)]:
        try:
            if step:
                yield from step(client, base)
            else:
                terms[name] = _terms(client, base, name)
                yield from terms[name].values()
        except _Failed as error:
            yield ReadError(str(error))
    comments = _comments(client, base)
    if isinstance(comments, ReadError):
        yield comments
        comments = {}
    for name, kind in [("media", "attachment"), ("posts", "post"), ("pages", "page")]:
        try:
            for entry in collection(client, base, name):
                yield _item(entry, kind, terms, comments)
        except _Failed as error:
            yield ReadError(str(error))


def _site(client: GuardedClient, base: str) -> SiteInfo:
    site = SiteInfo(link=base, base_site_url=base, base_blog_url=base)
    try:
        data = _json(_get(client, f"{base}/wp-json/", {}))
    except _Failed:
        return site
    if isinstance(data, dict):
        site.title = html.unescape(str(data.get("name", "")))
        site.language = str(data.get("language", ""))
    return site


def _users(client: GuardedClient, base: str) -> Iterator[Author]:
    for user in collection(client, base, "users"):
        yield Author(
            id=_int(user.get("id")),
            login=str(user.get("slug", "")),
            display_name=html.unescape(str(user.get("name", ""))),
        )


def _terms(client: GuardedClient, base: str, name: str) -> dict[int, Term]:
    """Return a collection's terms by id; a category's parent becomes its slug."""
    kind = "category" if name == "categories" else "tag"
    entries = list(collection(client, base, name))
    found = {
        _int(entry.get("id")): Term(
            kind=kind,
            id=_int(entry.get("id")),
            slug=str(entry.get("slug", "")),
            name=html.unescape(str(entry.get("name", ""))),
            description=str(entry.get("description", "")),
        )
        for entry in entries
    }
    for entry in entries:
        parent = found.get(_int(entry.get("parent")))
        if parent:
            found[_int(entry.get("id"))].parent = parent.slug
    return found


def _comments(client: GuardedClient, base: str) -> dict[int, list[Comment]] | ReadError:
    grouped: dict[int, list[Comment]] = {}
    try:
        for entry in collection(client, base, "comments"):
            comment = Comment(
                id=_int(entry.get("id")),
                parent_id=_int(entry.get("parent")),
                author=html.unescape(str(entry.get("author_name", ""))),
                content=_text(entry.get("content")),
                approved=COMMENT_STATES.get(str(entry.get("status", "")), "0"),
                posted_at=parse_datetime(str(entry.get("date_gmt", "") or "")),
                url=str(entry.get("author_url", "")),
                kind=""
                if entry.get("type") == "comment"
                else str(entry.get("type", "")),
            )
            grouped.setdefault(_int(entry.get("post")), []).append(comment)
    except _Failed as error:
        return ReadError(str(error))
    return grouped


def _item(
    entry: dict[str, Any],
    kind: str,
    terms: dict[str, dict[int, Term]],
    comments: dict[int, list[Comment]],
) -> Item:
    wp_id = _int(entry.get("id"))
    item = Item(
        id=wp_id,
        post_type=kind,
        title=_text(entry.get("title")),
        link=str(entry.get("link", "")),
        slug=str(entry.get("slug", "")),
        status=str(entry.get("status", "")),
        posted_at=parse_datetime(str(entry.get("date_gmt", "") or "")),
        creator=str(entry.get("author", "")),
        content=_text(entry.get("content")),
        excerpt=_text(entry.get("excerpt")),
        parent_id=_int(entry.get("parent")),
        is_sticky=bool(entry.get("sticky", False)),
        comments=comments.get(wp_id, []),
        attachment_url=str(entry.get("source_url", "")),
        protected=_protected(entry.get("content")),
    )
    item.categories = _pairs(entry.get("categories"), terms["categories"])
    item.tags = _pairs(entry.get("tags"), terms["tags"])
    if entry.get("featured_media"):
        item.meta["_thumbnail_id"] = str(entry["featured_media"])
    details = entry.get("media_details")
    if isinstance(details, dict) and details.get("file"):
        item.meta["_wp_attached_file"] = str(details["file"])
    return item


def _protected(content: Any) -> bool:
    return isinstance(content, dict) and bool(content.get("protected"))


def _pairs(ids: Any, known: dict[int, Term]) -> list[tuple[str, str]]:
    if not isinstance(ids, list):
        return []
    return [
        (known[i].slug, known[i].name) for i in ids if type(i) is int and i in known
    ]
