"""Addresses and files of the static mirror: pure functions, no Django.

A directory-style address (`/tags/birds/`) becomes `tags/birds/index.html`,
which every static web server sends for `/tags/birds/`. A feed at a
directory-style address becomes `index.xml` beside it, since a static server
picks the Content-Type from the file's extension; links to feeds are
rewritten to name that file.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

LINK = re.compile(
    r"""(?P<attr>\b(?:href|src|action))=(?P<quote>["'])(?P<url>[^"'<>]*)(?P=quote)""",
    re.IGNORECASE,
)
# Where a link's value may start: `=` then a quote. Far cheaper to look for
# than LINK itself, which the engine would try at every character.
VALUE = re.compile(r"""=["']""")
# An attribute's name by its last letter: how far back from `=` it starts.
NAME_LENGTHS = {"f": 4, "F": 4, "c": 3, "C": 3, "n": 6, "N": 6}
CSS_URL = re.compile(r"""url\(\s*(?P<quote>["']?)(?P<url>[^"')]+)(?P=quote)\s*\)""")
EXTENSIONS = {
    "text/html": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
    "application/json": ".json",
}
TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom")


def media_type(content_type: str) -> str:
    """Return the media type of a Content-Type header, without parameters."""
    return content_type.split(";", 1)[0].strip().lower()


def is_text(content_type: str) -> bool:
    """Tell whether a response of this type is text whose links are read."""
    kind = media_type(content_type)
    return kind.startswith(TEXT_TYPES) or kind.endswith(("+xml", "/json"))


def file_for(path: str, content_type: str) -> str:
    """Return the file, relative to the mirror's folder, that holds `path`."""
    relative = unquote(path).lstrip("/")
    if relative == "" or relative.endswith("/"):
        return relative + "index" + EXTENSIONS.get(media_type(content_type), ".html")
    return relative


def site_path(url: str, *, origin: str, current: str) -> str | None:
    """Return the site path (no query, no fragment) a link points to, or None.

    `origin` is the site's `scheme://host[:port]`; links elsewhere, and links
    that are not http(s), are not the site's.
    """
    url = url.strip()
    if not url or url.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    if url.startswith(origin + "/"):
        url = url[len(origin) :]
    if url.startswith("/") and not url.startswith("//"):
        rooted = _rooted(url)  # nearly every link: no join needed
        if rooted is not None:
            return rooted
    absolute = urljoin(origin + current, url)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(origin).netloc:
        return None
    return unquote(parts.path or "/")


@lru_cache(maxsize=65536)
def _rooted(url: str) -> str | None:
    """Return the path of a link that starts with one `/`, or None if unusual."""
    path = url.split("#", 1)[0].split("?", 1)[0]
    if "/." in path or "\\" in path or ";" in path:
        return None  # dot segments and the like: leave them to urljoin
    return unquote(path)


def link_matches(text: str) -> Iterator[re.Match[str]]:
    """Yield what `LINK.finditer(text)` yields, several times faster.

    Each match of LINK has `=` and a quote right after its attribute's name,
    and the name's last letter tells which name it is (hre*f*, sr*c*,
    actio*n*; no other character folds to f, c or n). So only where `=` and
    a quote meet after one of those letters is LINK tried, from where that
    name would start; the scan goes on after a match as `finditer` does.
    """
    position = 0
    search, match, lengths = VALUE.search, LINK.match, NAME_LENGTHS
    while (value := search(text, position)) is not None:
        equals = value.start()
        start = equals - lengths.get(text[equals - 1], equals + 1) if equals else -1
        found = match(text, start) if start >= position else None
        if found is not None:
            yield found
            position = found.end()
        else:
            position = equals + 1


def _sub(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """Return `LINK.sub(replace, text)` (see `link_matches`)."""
    parts, last = [], 0
    for found in link_matches(text):
        parts += [text[last : found.start()], replace(found)]
        last = found.end()
    parts.append(text[last:])
    return "".join(parts)


def links_in(text: str, *, origin: str, current: str, css: bool = False) -> set[str]:
    """Return the site paths that `text` (HTML or CSS) links to."""
    matches = CSS_URL.finditer(text) if css else link_matches(text)
    found = (
        site_path(match.group("url"), origin=origin, current=current)
        for match in matches
    )
    return {path for path in found if path is not None}


def rewrite_links(
    text: str, *, origin: str, current: str, target: Callable[[str], str | None]
) -> str:
    """Return `text` with each site link that `target` renames pointing there.

    `target(path)` returns the file's name to add to a directory-style link
    (`index.xml`), or None to leave the link alone.
    """

    def replace(match: re.Match[str]) -> str:
        url = match.group("url")
        path = site_path(url, origin=origin, current=current)
        name = target(path) if path is not None else None
        if not name:
            return match.group(0)
        head, _, fragment = url.partition("#")
        head = head.split("?", 1)[0]
        new = head + name + (f"#{fragment}" if fragment else "")
        quote = match.group("quote")
        return f"{match.group('attr')}={quote}{new}{quote}"

    return _sub(text, replace)


def rewrite_and_list(
    text: str, *, origin: str, current: str, target: Callable[[str], str | None]
) -> tuple[str, set[str]]:
    """Return `rewrite_links(text, …)` and the site paths `text` links to.

    One pass over the links instead of two (`links_in`, then `rewrite_links`).
    A link starting with `/` or the origin means the same from any page, so
    what it becomes is worked out once per export (`_absolute_link`): the
    chrome's links and each item's repeat on thousands of pages.
    """
    found: set[str] = set()
    rooted = origin + "/"

    def replace(match: re.Match[str]) -> str:
        url = match.group("url")
        if url.startswith(("/", rooted)):
            path, new = _absolute_link(url, origin, target)
        else:
            path, new = _link(url, origin, current, target)
        if path is None:
            return match.group(0)
        found.add(path)
        if new is None:
            return match.group(0)
        quote = match.group("quote")
        return f"{match.group('attr')}={quote}{new}{quote}"

    return _sub(text, replace), found


def _link(
    url: str, origin: str, current: str, target: Callable[[str], str | None]
) -> tuple[str | None, str | None]:
    """Return the site path `url` points to and the URL to write (None: as is)."""
    path = site_path(url, origin=origin, current=current)
    if path is None:
        return None, None
    name = target(path)
    if not name:
        return path, None
    head, _, fragment = url.partition("#")
    head = head.split("?", 1)[0]
    return path, head + name + (f"#{fragment}" if fragment else "")


@lru_cache(maxsize=65536)
def _absolute_link(
    url: str, origin: str, target: Callable[[str], str | None]
) -> tuple[str | None, str | None]:
    # A path from the root (or another host) is joined the same on every page.
    return _link(url, origin, "/", target)


def replace_origins(text: str, *, origins: Iterable[str], base: str) -> str:
    """Return `text` with absolute links to any of `origins` moved to `base`."""
    for origin in origins:
        if origin and origin != base:
            text = re.sub(re.escape(origin) + r"(?=[/\"'<\s]|$)", base, text)
    return text
