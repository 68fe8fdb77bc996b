"""Share kept-alive connections evenly between `newsdesk serve`'s workers.

gunicorn's threaded workers all wait on the one listening socket, and
whichever wakes first takes the next connection. Clients that keep their
connection open (a reverse proxy's pool, a load generator, a browser) then
stay with that worker for good: when 16 connections open at once, one
worker often ends up with 13 or all 16 of them and the other sits idle, so
a 2-core machine serves with one core (measured: 280 instead of 650
searches a second, depending only on how the connections fell).

`BalancedWorker` takes a new connection only while it holds no more than
any other live worker. The counts live in a small array of shared memory
made before the fork (`Balance`), one slot per worker, given out by the
master (`pre_fork`) and freed when a worker ends (`child_exit`); the
first workers' slots are held from the start, so the first worker forked
does not take every connection before the others are up. A worker
that is stopping, or that has ended, counts for nothing; the workers with
the fewest connections always accept, so no connection waits for one that
cannot take it. A worker not accepting looks again every `RECHECK` seconds
and after each event on its own connections.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from gunicorn.workers.gthread import ThreadWorker

ABSENT = -1  # a slot no live worker holds
RECHECK = 0.02  # seconds between looks, while not accepting
_balance: Balance | None = None  # made by the master before its first fork


class Balance:
    """Each live worker's number of open connections, in shared memory."""

    def __init__(self, workers: int) -> None:
        # The first workers' slots are held from the start: gunicorn forks
        # them up to 0.1 s apart, and the first must not take every waiting
        # connection meanwhile. Twice the workers: a replacement may start
        # before the old one is reaped.
        workers = max(1, workers)
        self.counts = multiprocessing.RawArray("i", [0] * workers + [ABSENT] * workers)

    def take(self, worker: Any, live: list[Any]) -> None:
        """Give `worker` a free slot (in the master, before it forks)."""
        used = {getattr(each, "balance_slot", None) for each in live}
        free = [i for i in range(len(self.counts)) if i not in used]
        slot = free[0] if free else None
        worker.balance_slot = slot
        if slot is not None:
            self.counts[slot] = 0

    def give_back(self, worker: Any) -> None:
        """Free `worker`'s slot (in the master, once it has ended)."""
        slot = getattr(worker, "balance_slot", None)
        if slot is not None:
            self.counts[slot] = ABSENT

    def may_accept(self, slot: int | None, holding: int) -> bool:
        """Record what `slot` holds; tell whether it may take one more connection."""
        if slot is None:  # no slot (more workers than slots): accept as gunicorn does
            return True
        counts = self.counts
        counts[slot] = holding
        return all(
            holding <= other
            for i, other in enumerate(counts)
            if i != slot and other != ABSENT
        )

    def leave(self, slot: int | None) -> None:
        """Count a stopping worker for nothing: the others accept in its place."""
        if slot is not None:
            self.counts[slot] = ABSENT


def balance_start(workers: int) -> dict[str, Any]:
    """Make the shared counts; return gunicorn's settings that use them."""
    global _balance  # inherited by every worker through the fork
    _balance = Balance(workers)
    return {
        "worker_class": f"{__name__}.BalancedWorker",
        "pre_fork": _pre_fork,
        "child_exit": _child_exit,
    }


def _pre_fork(server: Any, worker: Any) -> None:
    if _balance is not None:
        _balance.take(worker, list(server.WORKERS.values()))


def _child_exit(server: Any, worker: Any) -> None:
    if _balance is not None:
        _balance.give_back(worker)


class BalancedWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's threaded worker, taking connections only in its turn."""

    def _fair(self) -> bool:
        if _balance is None:
            return True
        return _balance.may_accept(getattr(self, "balance_slot", None), self.nr_conns)

    def set_accept_enabled(self, enabled: bool) -> None:
        super().set_accept_enabled(enabled and (not self.alive or self._fair()))

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        if not self.alive:
            if _balance is not None:
                _balance.leave(getattr(self, "balance_slot", None))
        else:
            wanted = self.nr_conns < self.worker_connections and self._fair()
            if wanted != self._accepting:
                super().set_accept_enabled(wanted)
            if not wanted:
                timeout = min(timeout, RECHECK)
        super().wait_for_and_dispatch_events(timeout)
