"""Snapshots as WARC files: written, read back, and valid for warcio."""

import gzip
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsdesk.monitor.snapshot import SnapshotError, make_snapshot, read_snapshot

BODY = (
    Path(__file__).parent / "resources" / "articles" / "courier-ferry.html"
).read_bytes()
HEADERS = (
    ("Server", "harbour/1"),
    ("Content-Type", "text/html; charset=utf-8"),
    ("Set-Cookie", "a=1"),
    ("X-Desk-Test", "1"),
    ("Set-Cookie", "b=2"),
)
WHEN = datetime(2026, 11, 22, 9, 30, 15, 250000, tzinfo=UTC)


def snapshot(**overrides):
    args = {
        "body": BODY,
        "text": "The harbour council voted. کسترل بی",
        "final_url": "https://courier.example/ferry",
        "status": 200,
        "reason": "OK",
        "headers": HEADERS,
        "fetched_at": WHEN,
    }
    return make_snapshot(**(args | overrides))


def test_a_warc_written_then_read_gives_the_same_status_headers_and_body():
    snap = snapshot()
    status, headers, body = read_snapshot(io.BytesIO(snap.warc_gz))
    assert status == 200
    assert headers == [*HEADERS, ("Content-Length", str(len(BODY)))]
    assert body == BODY
    assert snap.file_name == f"{snap.sha256}.warc.gz"


def test_the_file_is_a_valid_gzipped_warc_with_digests():
    snap = snapshot()
    assert gzip.decompress(snap.warc_gz).startswith(b"WARC/1.1\r\n")
    records = []
    for record in ArchiveIterator(io.BytesIO(snap.warc_gz), check_digests=True):
        headers = record.rec_headers
        assert headers.get_header("WARC-Block-Digest").startswith("sha1:")
        assert headers.get_header("WARC-Payload-Digest").startswith("sha1:")
        assert headers.get_header("WARC-Target-URI") == snap.final_url
        assert headers.get_header("WARC-Date") == "2026-11-22T09:30:15.250000Z"
        records.append((record.rec_type, record.content_stream().read()))
        assert record.digest_checker.passed is not False
    assert [kind for kind, _ in records] == ["response", "metadata"]
    assert records[0][1] == BODY
    assert records[1][1].decode() == "The harbour council voted. کسترل بی"


def test_the_same_input_gives_the_same_bytes():
    assert snapshot().warc_gz == snapshot().warc_gz
    assert snapshot().warc_gz != snapshot(fetched_at=WHEN.replace(second=16)).warc_gz


def test_a_decoded_body_drops_the_encoding_and_fixes_the_length():
    served = (
        ("Content-Encoding", "gzip"),
        ("Content-Length", "42"),
        ("Transfer-Encoding", "chunked"),
    )
    snap = snapshot(headers=served)
    _, headers, body = read_snapshot(io.BytesIO(snap.warc_gz))
    assert headers == [
        ("X-Archive-Orig-Content-Encoding", "gzip"),
        ("Content-Length", str(len(BODY))),
        ("X-Archive-Orig-Transfer-Encoding", "chunked"),
    ]
    assert body == BODY


@pytest.mark.parametrize("data", [b"", b"not a warc", gzip.compress(b"WARC/1.1\r\n")])
def test_a_damaged_file_raises_a_snapshot_error(data):
    with pytest.raises(SnapshotError):
        read_snapshot(io.BytesIO(data))
