"""The manifest round-trips every field of every entry."""

import json
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
    other = Entry(file="news/b/index.html", digest="cd" * 32, links=["/news/a/", "/"])
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-manifest-"))
    files = {"/news/a/": entry, "/news/b/": other, "/robots.txt": Entry("r", "d")}
    kept = Manifest("f" * 64, "https://m.example", files, {"tag:1": "Birds|birds"})
    manifest.save(folder, kept)
    loaded = manifest.load(folder)
    assert loaded is not None
    assert {p: _fields(e) for p, e in loaded.files.items()} == {
        p: _fields(e) for p, e in files.items()
    }
    assert (loaded.fingerprint, loaded.base_url, loaded.names) == (
        kept.fingerprint,
        kept.base_url,
        kept.names,
    )
    assert loaded.referrers({"/news/a/"}) == {"/news/b/"}
    data = json.loads((folder / manifest.NAME).read_text())
    assert data["strings"].count("/news/") == 1  # each address written once


def test_a_manifest_of_another_version_or_broken_is_none():
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-manifest-"))
    assert manifest.load(folder) is None
    (folder / manifest.NAME).write_text(json.dumps({"version": 1, "files": {}}))
    assert manifest.load(folder) is None
    manifest.save(folder, Manifest("f", "https://m.example", {"/x/": Entry("x", "d")}))
    data = json.loads((folder / manifest.NAME).read_text())
    data["files"]["/x/"][3] = [99]  # an index past the list of strings
    (folder / manifest.NAME).write_text(json.dumps(data))
    assert manifest.load(folder) is None


def _fields(entry: Entry) -> dict:
    return {name: value for name, value in asdict(entry).items() if name != "row"}


def test_kept_entries_are_written_back_as_read_and_new_ones_added():
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-manifest-"))
    first = {"/a/": Entry("a/index.html", "d1", "s", ["/"], ["/b/"])}
    manifest.save(folder, Manifest("f", "https://m.example", first))
    old = manifest.load(folder)
    assert old is not None
    files = dict(old.files)
    files["/b/"] = Entry("b/index.html", "d2", "t", ["/", "/tags/x/"], ["/a/"])
    again = Manifest("f", "https://m.example", files, {}, old.strings)
    manifest.save(folder, again)
    loaded = manifest.load(folder)
    assert loaded is not None
    assert loaded == again
    assert loaded.files["/b/"].scopes == ["/", "/tags/x/"]
    assert loaded.referrers({"/a/"}) == {"/b/"}
    assert loaded.strings[: len(old.strings)] == old.strings  # numbers kept
