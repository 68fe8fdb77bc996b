"""Kept-alive connections shared evenly between gunicorn's workers (balance.py).

The shared counts are tested directly; then a real gunicorn master with two
`BalancedWorker`s serves a small WSGI application on 127.0.0.1 that answers
with its process id, and connections opened all at once must be spread
evenly, also after a worker is killed.
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdesk.public.balance import ABSENT, Balance

SERVER = """
import os, sys
from gunicorn.app.base import BaseApplication
from newsdesk.public.balance import balance_start

def application(environ, start_response):
    body = str(os.getpid()).encode()
    start_response("200 OK", [("Content-Length", str(len(body)))])
    return [body]

class Server(BaseApplication):
    def load_config(self):
        options = {**balance_start(2), "bind": sys.argv[1], "workers": 2,
                   "threads": 2, "keepalive": 60, "errorlog": sys.argv[2]}
        for key, value in options.items():
            self.cfg.set(key, value)

    def load(self):
        return application

Server().run()
"""


def test_a_worker_accepts_only_while_it_holds_no_more_than_the_others():
    balance = Balance(2)
    first, second, third = (SimpleNamespace() for _ in range(3))
    # Both workers' slots are held before either is forked.
    assert balance.may_accept(0, 1) is False
    balance.take(first, [])
    balance.take(second, [first])
    assert (first.balance_slot, second.balance_slot) == (0, 1)
    assert balance.may_accept(0, 0) and balance.may_accept(1, 0)
    assert balance.may_accept(0, 1) is False  # the other still holds none
    assert balance.may_accept(1, 1) and balance.may_accept(0, 1)
    assert balance.may_accept(1, 5) is False
    # A stopping worker counts for nothing, whatever it held.
    balance.leave(0)
    assert balance.may_accept(1, 5)
    # A worker that ended gives its slot back; the next one takes it, from 0.
    balance.may_accept(0, 3)
    balance.give_back(first)
    assert list(balance.counts)[0] == ABSENT
    balance.take(third, [second])
    assert third.balance_slot == 0 and list(balance.counts)[0] == 0
    assert balance.may_accept(1, 5) is False


def test_without_a_slot_a_worker_accepts_as_gunicorn_does():
    balance = Balance(1)
    assert balance.may_accept(0, 7)  # one worker: nobody else to wait for
    live = [SimpleNamespace(balance_slot=0), SimpleNamespace(balance_slot=1)]
    late = SimpleNamespace()
    balance.take(late, live)
    assert late.balance_slot is None
    assert balance.may_accept(None, 100)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serving(port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"gunicorn did not start:\n{log.read_text()}")


def _ask(connections: list[http.client.HTTPConnection]) -> list[int]:
    """Send one request on each connection (all opened first); return the pids."""
    for each in connections:
        each.connect()
    pids = []
    for each in connections:
        each.request("GET", "/")
        pids.append(int(each.getresponse().read()))
    return pids


@pytest.fixture
def server(tmp_path):
    port = _port()
    log = tmp_path / "gunicorn.log"
    script = tmp_path / "server.py"
    script.write_text(SERVER)
    process = subprocess.Popen(  # noqa: S603 - our own script
        [sys.executable, str(script), f"127.0.0.1:{port}", str(log)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _serving(port, log)
        yield SimpleNamespace(port=port, log=log)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_kept_alive_connections_are_spread_evenly(server):
    for _ in range(3):  # the connections open at once, three times over
        connections = [
            http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            for _ in range(16)
        ]
        try:
            held = Counter(_ask(connections))
        finally:
            for each in connections:
                each.close()
        assert sorted(held.values()) == [8, 8], server.log.read_text()
        time.sleep(0.3)  # the workers see the connections closed


def test_connections_are_still_taken_after_a_worker_is_killed(server):
    connections = [
        http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        for _ in range(8)
    ]
    pids = _ask(connections)
    assert sorted(Counter(pids).values()) == [4, 4]
    victim = pids[0]
    # The harshest case: the victim's slot still says it holds nothing, so
    # the other worker (holding 4) may not accept until the master frees it.
    for each, pid in zip(connections, pids, strict=True):
        if pid == victim:
            each.close()
    time.sleep(0.3)
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 30
    later: list[int] = []
    while time.monotonic() < deadline and len(later) < 8:
        extra = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        try:
            extra.request("GET", "/")
            later.append(int(extra.getresponse().read()))
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
        finally:
            extra.close()
    for each in connections:
        each.close()
    assert len(later) == 8, server.log.read_text()
    assert victim not in later
