"""The export manifest: what each file of the mirror holds, kept in the mirror.

`DIR/.newsdesk-export.json` maps each site path to its file, the digest of
the bytes written, the page's state (publication time and approved
comments) and, for HTML, the pages it links to, so an incremental
export knows what to render again and which files point at a changed page.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NAME = ".newsdesk-export.json"
# 2: scopes and links name addresses by their index in one list of strings
# (the links alone were 9 of version 1's 15 MB at 10,000 clippings).
VERSION = 2


@dataclass
class Entry:
    file: str
    digest: str
    page: str | None = None
    scopes: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    # As read from the file: scopes and links by their number in the
    # manifest's `strings`, written back as they are (entries never change).
    row: list[Any] | None = field(default=None, compare=False, repr=False)


@dataclass
class Manifest:
    fingerprint: str = ""
    base_url: str = ""
    files: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    # The numbered strings the entries' rows use; a manifest made from an
    # older one's entries keeps its list (new strings are added at the end).
    strings: list[str] = field(default_factory=list, compare=False, repr=False)

    def referrers(self, paths: set[str]) -> set[str]:
        """Return the paths whose files link to any of `paths`."""
        return {
            path
            for path, entry in self.files.items()
            if entry.links and not paths.isdisjoint(entry.links)
        }


class _Strings:
    """Number each distinct string once, in the order first met."""

    def __init__(self, known: list[str] | None = None) -> None:
        self.index: dict[str, int] = {value: at for at, value in enumerate(known or [])}

    def __call__(self, values: list[str]) -> list[int]:
        index = self.index
        return [index.setdefault(value, len(index)) for value in values]


def load(folder: Path) -> Manifest | None:
    """Return the manifest kept in `folder`, or None if there is none usable."""
    try:
        data: dict[str, Any] = json.loads((folder / NAME).read_text("utf-8"))
        if data.get("version") != VERSION:
            return None
        strings: list[str] = data["strings"]
        name = strings.__getitem__
        files = {
            path: Entry(
                row[0],
                row[1],
                row[2],
                list(map(name, row[3])),
                list(map(name, row[4])),
                row,
            )
            for path, row in data["files"].items()
        }
        return Manifest(
            data["fingerprint"], data["base_url"], files, data["names"], strings
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def save(folder: Path, manifest: Manifest) -> None:
    """Write the manifest atomically: a crash leaves the old one whole."""
    number = _Strings(manifest.strings)
    files = {
        path: e.row
        if e.row is not None
        else [e.file, e.digest, e.page, number(e.scopes), number(e.links)]
        for path, e in manifest.files.items()
    }
    data = {
        "version": VERSION,
        "fingerprint": manifest.fingerprint,
        "base_url": manifest.base_url,
        "files": files,
        "strings": list(number.index),
        "names": manifest.names,
    }
    temporary = folder / (NAME + ".tmp")
    temporary.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8"
    )
    os.replace(temporary, folder / NAME)
