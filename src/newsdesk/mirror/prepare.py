"""Turn the site's answer into what the mirror's file holds.

Run where the page was rendered (a worker process, when there are several),
so the one process that writes files only compares digests and writes: the
links are listed and rewritten and the digest taken in parallel.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import lru_cache

from django.urls import Resolver404, resolve
from django.utils.encoding import iri_to_uri

from . import paths
from .render import Answer

FEED_ENDINGS = ("/feed/", "/feed/atom/")  # every feed's address ends so


@lru_cache(maxsize=4096)
def is_feed(path: str) -> bool:
    """Tell whether a directory-style site path is one of the site's feeds."""
    if not path.endswith(FEED_ENDINGS):
        return False
    try:
        match = resolve(iri_to_uri(path))
    except Resolver404:
        return False
    name = match.url_name or ""
    return match.namespace == "public" and (
        name in ("rss", "atom") or name.endswith(("-rss", "-atom"))
    )


def feed_file(path: str) -> str | None:
    """Return the file name a link to `path` must add (`index.xml` for feeds)."""
    return "index.xml" if path.endswith("/") and is_feed(path) else None


def prepare(path: str, answer: Answer, *, base: str, origins: list[str]) -> Answer:
    """Return `answer` as the mirror stores it: links moved, listed and digested.

    Links to the site's other addresses (`origins`) move to `base`; links to
    feeds name their `index.xml`; an HTML or CSS answer lists the site paths
    it links to (`links`). Answers other than 200 are returned as they are.
    """
    if answer.status != 200:
        return answer
    body, links = answer.body, set()
    kind = paths.media_type(answer.content_type)
    if paths.is_text(answer.content_type):
        text = body.decode("utf-8", errors="replace")
        if kind == "text/css":
            links = paths.links_in(text, origin=base, current=path, css=True)
        text, linked = prepare_text(text, path=path, base=base, origins=origins)
        if kind == "text/html":
            links = linked
        body = text.encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    return replace(answer, body=body, links=tuple(sorted(links)), digest=digest)


def prepare_text(
    text: str, *, path: str, base: str, origins: list[str]
) -> tuple[str, set[str]]:
    """Return HTML `text` with its links moved (see `prepare`), and those links.

    Each link is worked out alone, so a page cut between two elements can be
    prepared piece by piece (`assemble.py`).
    """
    text = paths.replace_origins(text, origins=origins, base=base)
    return paths.rewrite_and_list(text, origin=base, current=path, target=feed_file)
