"""The manifest round-trips every field of every entry."""

import tempfile
from dataclasses import asdict
from pathlib import Path

from newsdesk.mirror import manifest
from newsdesk.mirror.manifest import Entry, Manifest


def test_a_saved_manifest_loads_back_whole():
    entry = Entry(
        file="news/a/index.html",
        digest="ab" * 32,
        page="2021-01-05T09:00:00+00:00|1:7",
        scopes=["/", "/news/"],
        links=["/news/", "/tags/birds/"],
    )
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-manifest-"))
    manifest.save(folder, Manifest("f" * 64, "https://m.example", {"/news/a/": entry}))
    loaded = manifest.load(folder)
    assert loaded is not None
    assert asdict(loaded.files["/news/a/"]) == asdict(entry)
    assert manifest._fields(entry) == asdict(entry)  # no field left out
