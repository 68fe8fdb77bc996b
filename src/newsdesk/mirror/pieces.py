"""Listing items' HTML kept between exports, beside the manifest.

A new post shifts every page of every listing it appears in, so an
incremental export renders thousands of listing pages; their items are the
same HTML as last time. `DIR/.newsdesk-export-items` keeps each item's
HTML (the `listing-item` fragment, `public/includes/listing.html`) with the
address and state of its page when it was built, under the export's
fingerprint (theme, settings, base and live URLs, page size). The next
incremental export puts back, into the export's fragment cache, the items
whose page still has that address and state; only the others are built.

A full export never puts items back (it is the way to rebuild everything)
but keeps what it built for the next incremental one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.test import RequestFactory

from newsdesk.public.listings import items_keep

NAME = ".newsdesk-export-items"
VERSION = 1


@dataclass
class Item:
    """One listing item's HTML and the page state it was built from."""

    path: str
    state: str
    html: str


@dataclass
class Items:
    """The items kept in a mirror, valid under `fingerprint`."""

    fingerprint: str = ""
    by_id: dict[int, Item] = field(default_factory=dict)

    def still_valid(self, states: dict[int, tuple[str, str]]) -> dict[int, Item]:
        """Return the items whose page has the same address and state now."""
        return {
            pk: item
            for pk, item in self.by_id.items()
            if states.get(pk) == (item.path, item.state)
        }


def seed(items: dict[int, Item], *, base_url: str) -> int:
    """Put `items` back in the fragment cache; return how many.

    Cached under the listing template's own keys (`public.listings`), for
    a request at the mirror's address, so a listing page finds them.
    """
    if not items:
        return 0
    html = {pk: item.html for pk, item in items.items()}
    return items_keep(_request(base_url), html)


def _request(base_url: str) -> Any:
    scheme, _, host = base_url.partition("://")
    return RequestFactory().get(
        "/", HTTP_HOST=host.split("/")[0], secure=scheme == "https"
    )


def load(folder: Path) -> Items:
    """Return the items kept in `folder` (none if missing or unreadable).

    The file is one line of JSON (fingerprint; each item's id, address,
    state and length in bytes), then every item's HTML, one after the
    other: no escaping to undo, and nothing parsed but the small index.
    """
    try:
        with open(folder / NAME, "rb") as handle:
            head = json.loads(handle.readline())
            if head.get("version") != VERSION:
                return Items()
            body = handle.read()
        by_id, offset = {}, 0
        for pk, path, state, length in head["items"]:
            html = body[offset : offset + length].decode("utf-8")
            by_id[int(pk)] = Item(str(path), str(state), html)
            offset += length
        if offset != len(body):
            return Items()  # cut short or grown: not what was written
        return Items(str(head["fingerprint"]), by_id)
    except (OSError, ValueError, KeyError, TypeError):
        return Items()


def save(folder: Path, items: Items) -> None:
    """Write the items atomically: a crash leaves the old file whole."""
    index, blobs = [], []
    for pk, item in sorted(items.by_id.items()):  # the same bytes, however built
        blob = item.html.encode("utf-8")
        index.append([pk, item.path, item.state, len(blob)])
        blobs.append(blob)
    head = {"version": VERSION, "fingerprint": items.fingerprint, "items": index}
    line = json.dumps(head, ensure_ascii=True, separators=(",", ":")).encode()
    temporary = folder / (NAME + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(line + b"\n")
        handle.writelines(blobs)
    os.replace(temporary, folder / NAME)
