"""Keep an article page as fetched: compressed HTML, extracted text, hashes."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class SnapshotData:
    """A page ready to store: `html_gz` decompresses to the bytes fetched."""

    final_url: str
    http_status: int
    html_gz: bytes
    text: str
    sha256: str

    @property
    def html(self) -> bytes:
        return gzip.decompress(self.html_gz)


def make_snapshot(
    *, body: bytes, text: str, final_url: str, status: int
) -> SnapshotData:
    """Compress `body` and hash it (the hash is of the original bytes)."""
    return SnapshotData(
        final_url=final_url,
        http_status=status,
        # mtime=0 keeps the compressed bytes the same for the same page.
        html_gz=gzip.compress(body, compresslevel=6, mtime=0),
        text=text,
        sha256=hashlib.sha256(body).hexdigest(),
    )
