"""Render addresses in worker processes: the export's one parallel part.

Rendering a page is pure Python (views, ORM, templates) and takes nearly
all of an export's time, so threads would not help; forked processes do.
Each worker inherits the exporting state (settings overrides, the mirror
context variable) at fork time and opens its own database connection; it
only reads. The parent keeps everything that writes: files, manifest,
summary. Workers are used only where a fork can see the data: not inside
a transaction (tests' `TestCase`, an atomic block), and not on an
in-memory SQLite database.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from django.db import connections

from .assemble import Assembler
from .render import Answer, Renderer

BATCH = 8  # addresses per task: fewer round trips, still balanced

_renderer: Assembler | None = None
_preparing: dict[str, Any] = {}
_built: dict[int, str] = {}  # listing items built since the last batch


def usable_workers(requested: int) -> int:
    """Return how many processes may render: 1 when a fork cannot see the data."""
    wanted = requested if requested > 0 else min(2, os.cpu_count() or 1)
    if wanted <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            return 1
    for alias in connections:
        settings = connections[alias].settings_dict
        name = str(settings.get("NAME") or "")
        if settings["ENGINE"].endswith("sqlite3") and (
            not name or name == ":memory:" or "mode=memory" in name
        ):
            return 1
    return wanted


def _start(base: str, origins: list[str]) -> None:
    global _renderer  # one renderer per worker process
    _built.clear()
    _renderer = Assembler(Renderer(base), base=base, origins=origins, built=_built)
    _preparing.update(base=base, origins=origins)


Rendered = tuple[list[tuple[str, Answer]], dict[int, str], int]


def _render(paths: list[str]) -> Rendered:
    """Return the answers for `paths`, the listing items built meanwhile, and
    how many of the answers were assembled from items (`assemble.py`)."""
    assert _renderer is not None  # noqa: S101 - set by _start
    assembled = _renderer.assembled
    answers = [(path, _renderer.prepared(path)) for path in paths]
    built = dict(_built)
    _built.clear()
    return answers, built, _renderer.assembled - assembled


class Pool:
    """Render batches of addresses in `workers` forked processes."""

    def __init__(
        self,
        *,
        base: str,
        origins: list[str],
        workers: int,
        built: dict[int, str] | None = None,
    ) -> None:
        self.built = {} if built is None else built  # listing items, by page id
        connections.close_all()  # each process opens its own
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start,
            initargs=(base, origins),
        )
        self.running: set[Future[Rendered]] = set()
        self.assembled = 0

    def submit(self, paths: Iterable[str]) -> None:
        """Queue `paths` for rendering, in batches."""
        batch: list[str] = []
        for path in paths:
            batch.append(path)
            if len(batch) == BATCH:
                self.running.add(self.executor.submit(_render, batch))
                batch = []
        if batch:
            self.running.add(self.executor.submit(_render, batch))

    def results(self) -> Iterator[tuple[str, Answer]]:
        """Yield answers as they come, until nothing is queued (see `submit`)."""
        while self.running:
            done, self.running = wait(self.running, return_when=FIRST_COMPLETED)
            for future in done:
                answers, built, assembled = future.result()
                self.built.update(built)
                self.assembled += assembled
                yield from answers

    def close(self) -> None:
        """Stop the workers."""
        self.executor.shutdown(wait=True, cancel_futures=True)
