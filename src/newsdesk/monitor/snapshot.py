"""Keep an article page as fetched: a gzipped WARC/1.1 file, its text, hashes.

The file holds a `response` record (status line, the server's headers in
order, the body) and a `metadata` record with the extracted text. The body
is kept decompressed, as the fetcher hands it over, so the record stays
self-consistent: `Content-Encoding` and `Transfer-Encoding` are renamed to
`X-Archive-Orig-…` (what they were is kept) and `Content-Length` is set to
the length of the body stored. Record ids derive from the content, and gzip
writes no time stamp, so the same input always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

# Headers whose meaning no longer holds once the body is stored decoded.
RENAMED = ("content-encoding", "transfer-encoding")
ORIGINAL_PREFIX = "X-Archive-Orig-"
Headers = tuple[tuple[str, str], ...]


class SnapshotError(Exception):
    """The file is not a WARC holding a response record."""


@dataclass(frozen=True)
class SnapshotData:
    """A page ready to store: `warc_gz` is the whole .warc.gz file."""

    final_url: str
    http_status: int
    warc_gz: bytes
    text: str
    sha256: str

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.warc.gz"


def make_snapshot(
    *,
    body: bytes,
    text: str,
    final_url: str,
    status: int,
    fetched_at: datetime,
    headers: Headers = (),
    reason: str = "",
    http_version: str = "HTTP/1.1",
) -> SnapshotData:
    """Write the page as a WARC file; `sha256` is the hash of `body`."""
    digest = hashlib.sha256(body).hexdigest()
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    date = datetime_to_iso_date(
        fetched_at.astimezone(UTC).replace(tzinfo=None), use_micros=True
    )
    response_id = _record_id(digest, final_url, date, "response")
    http = StatusAndHeaders(
        f"{status} {reason}".strip(),
        _stored_headers(headers, len(body)),
        protocol=http_version or "HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            final_url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": date},
        )
    )
    encoded = text.encode("utf-8")
    writer.write_record(
        writer.create_warc_record(
            final_url,
            "metadata",
            payload=io.BytesIO(encoded),
            length=len(encoded),
            warc_content_type="text/plain; charset=utf-8",
            warc_headers_dict={
                "WARC-Record-ID": _record_id(digest, final_url, date, "text"),
                "WARC-Date": date,
                "WARC-Concurrent-To": response_id,
            },
        )
    )
    return SnapshotData(
        final_url=final_url,
        http_status=status,
        warc_gz=out.getvalue(),
        text=text,
        sha256=digest,
    )


def read_snapshot(fileobj: BinaryIO) -> tuple[int, list[tuple[str, str]], bytes]:
    """Return the status, headers (in order) and body of the response record."""
    try:
        for record in ArchiveIterator(fileobj):
            if record.rec_type == "response" and record.http_headers is not None:
                status = int(record.http_headers.get_statuscode() or 0)
                headers = list(record.http_headers.headers)
                return status, headers, record.raw_stream.read()
    except Exception as exc:  # warcio raises many kinds on a damaged file
        raise SnapshotError(f"unreadable WARC file: {exc}") from exc
    raise SnapshotError("the WARC file holds no response record")


def _stored_headers(headers: Headers, length: int) -> list[tuple[str, str]]:
    stored, has_length = [], False
    for name, value in headers:
        lower = name.lower()
        if lower == "content-length":
            if has_length:
                continue
            value, has_length = str(length), True
        elif lower in RENAMED:
            name = ORIGINAL_PREFIX + name
        stored.append((name, value))
    if not has_length:
        stored.append(("Content-Length", str(length)))
    return stored


def _record_id(digest: str, url: str, date: str, kind: str) -> str:
    seed = hashlib.sha256(f"{digest} {url} {date} {kind}".encode()).digest()
    return f"<urn:uuid:{uuid.UUID(bytes=seed[:16], version=4)}>"
