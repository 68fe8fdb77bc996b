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
VERSION = 1


@dataclass
class Entry:
    file: str
    digest: str
    page: str | None = None
    scopes: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    fingerprint: str = ""
    base_url: str = ""
    files: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def referrers(self, paths: set[str]) -> set[str]:
        """Return the paths whose files link to any of `paths`."""
        return {
            path
            for path, entry in self.files.items()
            if entry.links and not paths.isdisjoint(entry.links)
        }


def _fields(entry: Entry) -> dict[str, Any]:
    """Return `entry` as JSON data (`asdict` deep-copies: slow at 10,000 files)."""
    return {
        "file": entry.file,
        "digest": entry.digest,
        "page": entry.page,
        "scopes": entry.scopes,
        "links": entry.links,
    }


def load(folder: Path) -> Manifest | None:
    """Return the manifest kept in `folder`, or None if there is none usable."""
    try:
        data: dict[str, Any] = json.loads((folder / NAME).read_text("utf-8"))
        if data.get("version") != VERSION:
            return None
        files = {path: Entry(**entry) for path, entry in data["files"].items()}
        return Manifest(data["fingerprint"], data["base_url"], files, data["names"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(folder: Path, manifest: Manifest) -> None:
    """Write the manifest atomically: a crash leaves the old one whole."""
    data = {
        "version": VERSION,
        "fingerprint": manifest.fingerprint,
        "base_url": manifest.base_url,
        "files": {path: _fields(entry) for path, entry in manifest.files.items()},
        "names": manifest.names,
    }
    temporary = folder / (NAME + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    os.replace(temporary, folder / NAME)
