"""Write the mirror's files from a few threads, each one atomically.

Each file is written beside its place and renamed over it, so a static
server reading the folder meanwhile sees the old file or the new one,
never half of one. On ext4 that rename starts the new file's writeback and
waits for the disk's queue: about 1 ms of wall time a file, almost none of
CPU; an incremental export writes about 2,000 files. Threads overlap those
waits (the calls release the GIL). Deleting is put off until every write is
done, so removing a folder left empty can never race with a write into it,
and a file written in this run is never deleted.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

THREADS = 4
PENDING = 256  # bodies waiting to be written at most (bounded memory)


class Writer:
    """Write files into `folder` in the background; delete at the end."""

    def __init__(self, folder: Path, *, threads: int = THREADS) -> None:
        self.folder = folder
        self.executor = ThreadPoolExecutor(threads, thread_name_prefix="mirror")
        self.pending: deque[tuple[str, Future[None]]] = deque()
        self.failed: list[tuple[str, str]] = []  # (key, error)
        self.written: set[str] = set()
        self.doomed: list[tuple[str, bool, str | None]] = []

    def put(self, key: str, file: str, body: bytes) -> None:
        """Write `body` to `file` (relative to the folder); `key` names it in errors."""
        self.written.add(file)
        target = self.folder / file
        self.pending.append((key, self.executor.submit(_put, target, body)))
        while len(self.pending) > PENDING:
            self._settle(*self.pending.popleft())

    def remove(self, file: str, *, count: bool = True, after: str = "") -> None:
        """Delete `file` once every write is done (unless written meanwhile).

        With `after`, only if the write named so succeeded (a file renamed);
        `count` says whether `finish` counts it.
        """
        self.doomed.append((file, count, after or None))

    def finish(self) -> int:
        """Wait for the writes, then delete; return how many counted were deleted.

        The writes that failed are in `failed`.
        """
        while self.pending:
            self._settle(*self.pending.popleft())
        self.executor.shutdown(wait=True)
        failed = {key for key, _ in self.failed}
        deleted = 0
        for file, count, after in self.doomed:
            if file in self.written or after in failed:
                continue
            if self._delete(self.folder / file) and count:
                deleted += 1
        self.doomed.clear()
        return deleted

    def _settle(self, key: str, future: Future[None]) -> None:
        error = future.exception()
        if error is not None:
            self.failed.append((key, str(error)))

    def _delete(self, target: Path) -> bool:
        if not target.is_file():
            return False
        target.unlink()
        parent = target.parent
        while parent != self.folder and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
        return True


def _put(target: Path, body: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(body)
    os.replace(temporary, target)
