"""The mirror's writer: files written whole, failures reported, deletions last."""

import tempfile
from pathlib import Path

from newsdesk.mirror.writer import Writer


def test_writes_reports_failures_and_deletes_only_at_the_end():
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-writer-"))
    (folder / "old/deep").mkdir(parents=True)
    (folder / "old/deep/index.html").write_text("old")
    (folder / "kept.html").write_text("before")
    (folder / "spare.html").write_text("renamed, but its new file failed")
    (folder / "blocked").write_text("a file where a folder should be")
    writer = Writer(folder, threads=3)
    writer.remove("old/deep/index.html")
    writer.remove("kept.html")  # written again below: never deleted
    for n in range(300):
        writer.put(f"/p{n}/", f"p{n}/index.html", f"page {n}".encode())
    writer.put("/kept/", "kept.html", b"after")
    writer.put("/blocked/x/", "blocked/x/index.html", b"cannot")
    writer.remove("spare.html", count=False, after="/blocked/x/")
    assert (folder / "old/deep/index.html").is_file()  # not before `finish`
    assert writer.finish() == 1
    assert not (folder / "old").exists()  # emptied folders go too
    assert (folder / "kept.html").read_bytes() == b"after"
    assert (folder / "p299/index.html").read_bytes() == b"page 299"
    assert (folder / "spare.html").is_file()  # its replacement failed
    assert [key for key, _ in writer.failed] == ["/blocked/x/"]
    assert not list(folder.rglob("*.part"))
