"""The pieces `make bench-site` measures with: the server, wrk, memory.

`Server` runs `newsdesk serve` (gunicorn, production settings) in the
background and samples its resident memory; `wrk` runs Debian's wrk with a
Lua script that rotates through a list of addresses and parses its report.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROTATE_LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`newsdesk serve` in the background, with its memory sampled."""

    def __init__(
        self, env: dict[str, str], *, cached: bool, python: str = sys.executable
    ) -> None:
        self.python = python
        self.port = free_port()
        self.env = {**env, "NEWSDESK_PAGE_CACHE": "1" if cached else "0"}
        self.peak_kib = 0
        self.peak_pss_kib = 0
        self.stop = threading.Event()

    def __enter__(self) -> Server:
        bind = f"127.0.0.1:{self.port}"
        command = [self.python, "-m", "newsdesk", "serve", "--bind", bind]
        self.process = subprocess.Popen(  # noqa: S603
            command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.wait_ready()
        threading.Thread(target=self.sample, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.process.terminate()
        self.process.wait(timeout=30)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_ready(self) -> None:
        for _ in range(240):
            try:
                urllib.request.urlopen(self.url("/robots.txt"), timeout=5)  # noqa: S310
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("newsdesk serve did not answer within 2 minutes")

    def rss_kib(self) -> int:
        """Return the resident memory of the gunicorn master and its workers."""
        pids = [self.process.pid, *children(self.process.pid)]
        return sum(vm_rss(pid) for pid in pids)

    def pss_kib(self) -> int:
        """Return the proportional memory of the master and its workers.

        RSS counts a page shared after the fork once per process; PSS splits
        it between them, so the sum is what the server really holds.
        """
        pids = [self.process.pid, *children(self.process.pid)]
        return sum(proc_kib(pid, "smaps_rollup", "Pss") for pid in pids)

    def sample(self) -> None:
        while not self.stop.wait(0.5):
            self.peak_kib = max(self.peak_kib, self.rss_kib())
            self.peak_pss_kib = max(self.peak_pss_kib, self.pss_kib())

    def statuses(self, paths: list[str]) -> dict[int, int]:
        """Request every path once (4 at a time); return how many got each status."""
        with ThreadPoolExecutor(max_workers=4) as pool:
            codes = list(pool.map(lambda path: status_of(self.url(path)), paths))
        return {code: codes.count(code) for code in sorted(set(codes))}

    def warm(self, paths: list[str], *, passes: int) -> dict[str, Any]:
        """Request every path, pass after pass, at most `passes` times, until a
        pass is all page-cache hits (never, with the page cache off).

        Each worker process keeps its own pages and fragments (docs/decisions/
        0001), and each request opens a new connection that any worker may
        accept: a page is in every worker's memory once a whole pass finds it
        there. Return the passes made and the last pass's share of hits.
        """
        made, share = 0, 0.0
        while made < passes and share < 1.0:
            with ThreadPoolExecutor(max_workers=4) as pool:
                urls = [self.url(path) for path in paths]
                hits = list(pool.map(page_cache_hit, urls))
            made, share = made + 1, sum(hits) / len(hits)
        return {"warm_passes": made, "warm_hit_share": round(share, 3)}


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def vm_rss(pid: int) -> int:
    return proc_kib(pid, "status", "VmRSS")


def proc_kib(pid: int, name: str, field: str) -> int:
    """Return `field` (in KiB) of `/proc/PID/NAME`, 0 if the process is gone."""
    try:
        text = Path(f"/proc/{pid}/{name}").read_text()
    except OSError:
        return 0
    match = re.search(rf"^{field}:\s+(\d+)", text, re.M)
    return int(match.group(1)) if match else 0


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
    except OSError:
        return 0  # no answer at all


def page_cache_hit(url: str) -> bool:
    """Tell whether the server answered `url` from its page cache."""
    try:
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310
            response.read()
            return response.headers.get("X-Page-Cache") == "hit"
    except OSError:
        return False


def rotation_script(paths: list[str], folder: Path, name: str) -> Path:
    """Write a wrk script requesting `paths` in turn; return its path."""
    script = folder / f"rotate-{name}.lua"
    script.write_text(ROTATE_LUA % ", ".join(json.dumps(path) for path in paths))
    return script


def wrk(
    url: str, *, connections: int, seconds: int, script: Path | None
) -> dict[str, Any]:
    """Run wrk and return req/s, p50/p99 in ms, non-2xx/3xx and socket errors."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", "10s", *(["-s", str(script)] if script else []), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    return parse_wrk(out)


def parse_wrk(out: str) -> dict[str, Any]:
    """Return the figures of one wrk report."""
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:(.*)", out)
    return {
        "req_per_s": float(rate.group(1)) if rate else 0.0,
        "p50_ms": to_ms(latency.get("50", "nan")),
        "p99_ms": to_ms(latency.get("99", "nan")),
        "requests": int(total.group(1)) if total else 0,
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


def to_ms(value: str) -> float:
    match = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not match:
        return float("nan")
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[match.group(2)]
    return round(float(match.group(1)) * scale, 2)
