"""What an export did, and how long each of its phases took."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Summary:
    """What an export did; `written_paths` lists the site paths written."""

    full: bool = True
    rendered: int = 0
    written: int = 0
    unchanged: int = 0
    deleted: int = 0
    bytes: int = 0
    seconds: float = 0.0
    workers: int = 1
    items_reused: int = 0
    items_built: int = 0
    assembled: int = 0  # listing pages put together from their items
    phases: dict[str, float] = field(default_factory=dict)  # milliseconds
    written_paths: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Phases:
    """Time the export's phases into `into` (milliseconds by name).

    The cyclic garbage collector is paused during bookkeeping phases: they
    make hundreds of thousands of small, acyclic objects (the manifest's
    entries, the items' keys), and each collection they would trigger walks
    every object of the process (about 0.3 s of the 0.6 s the manifest took
    to load or save at 10,000 clippings). Rendering keeps it running.
    """

    def __init__(self, into: dict[str, float]) -> None:
        self.into = into

    @contextmanager
    def __call__(self, name: str, *, collect: bool = False) -> Iterator[None]:
        started = time.monotonic()
        paused = not collect and gc.isenabled()
        if paused:
            gc.disable()
        try:
            yield
        finally:
            if paused:
                gc.enable()
            spent = (time.monotonic() - started) * 1000
            self.into[name] = round(self.into.get(name, 0.0) + spent, 1)
