"""Measure the public site as served in production: `make bench-site`.

Builds a generated archive in a temporary folder, starts `newsdesk serve`
(gunicorn, production settings, DEBUG off) once with the page cache off and
once with it on, runs wrk (Debian's package) against five pages at 16
connections, then a 60-second load at 64 connections, and prints one JSON line
per figure. With ../shared/peers/ present it runs the WordPress peer the same
way and prints the ratios. Figures are printed, never asserted.
"""

import argparse
import base64
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

PEERS = Path(__file__).resolve().parents[3].parent / "shared" / "peers"
ROTATE_LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def emit(**figure: Any) -> None:
    """Print one figure as a JSON line."""
    print(json.dumps(figure), flush=True)  # noqa: T201 - the benchmark's output


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def newsdesk(env: dict[str, str], *args: str, **kwargs: Any) -> Any:
    command = [sys.executable, "-m", "newsdesk", *args]
    return subprocess.run(command, env=env, check=True, **kwargs)  # noqa: S603


def prepare(env: dict[str, str], size: int) -> None:
    """Migrate, collect static files and generate the archive; print the time."""
    quiet = {"stdout": subprocess.DEVNULL}
    newsdesk(env, "migrate", "--verbosity=0", **quiet)
    newsdesk(env, "collectstatic", "--noinput", "--verbosity=0", **quiet)
    started = time.monotonic()
    newsdesk(env, "demo", "--size", str(size), **quiet)
    emit(figure="demo_archive", clippings=size, seconds=time.monotonic() - started)


def pick_urls(env: dict[str, str], size: int) -> dict[str, str]:
    """Return the benchmarked paths: home, a clipping, a deep listing, search, feed."""
    script = (
        "from newsdesk.newsroom.models import ClippingPage;"
        "print(ClippingPage.objects.live().order_by('-listing_date')"
        f"[{size // 2}].url_path)"
    )
    out = newsdesk(env, "shell", "-c", script, capture_output=True, text=True)
    # the last line: `shell` may first say how many objects it imported
    clipping = (
        "/" + out.stdout.strip().splitlines()[-1].split("/", 2)[2]
    )  # drop the root's slug
    deep = max(2, int(size / 10 * 0.8))
    return {
        "home": "/",
        "clipping": clipping,
        "listing_deep": f"/press-archive/page/{deep}/",
        "search": "/search/?q=heron+survey",
        "feed": "/feed/",
    }


class Server:
    """`newsdesk serve` in the background, with its memory sampled."""

    def __init__(self, env: dict[str, str], *, cached: bool) -> None:
        self.port = free_port()
        self.env = {**env, "NEWSDESK_PAGE_CACHE": "1" if cached else "0"}
        self.peak_kib = 0
        self.stop = threading.Event()

    def __enter__(self) -> "Server":
        bind = f"127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "newsdesk", "serve", "--bind", bind]
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

    def sample(self) -> None:
        while not self.stop.wait(0.5):
            self.peak_kib = max(self.peak_kib, self.rss_kib())


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def vm_rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmRSS:\s+(\d+)", status, re.M)
    return int(match.group(1)) if match else 0


def wrk(url: str, *, connections: int, seconds: int, script: str = "") -> dict:
    """Run wrk and return req/s, p50/p99 in ms, non-2xx/3xx and socket errors."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", "10s", *(["-s", script] if script else []), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:(.*)", out)
    return {
        "req_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": to_ms(latency.get("50", "nan")),
        "p99_ms": to_ms(latency.get("99", "nan")),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


def to_ms(value: str) -> float:
    match = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not match:
        return float("nan")
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[match.group(2)]
    return round(float(match.group(1)) * scale, 2)


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def measure_pages(env, urls, *, cached: bool, seconds: int) -> dict[str, float]:
    """wrk each page at 16 connections; return req/s by page."""
    rates = {}
    mode = "cached" if cached else "uncached"
    with Server(env, cached=cached) as server:
        for name, path in urls.items():
            code = status_of(server.url(path))  # also warms the cache
            result = wrk(server.url(path), connections=16, seconds=seconds)
            rates[name] = result["req_per_s"]
            emit(figure="page", page=name, cache=mode, path=path, status=code, **result)
        emit(figure="server_peak_rss_mib", cache=mode, mib=server.peak_kib // 1024)
    return rates


def measure_load(env, urls, *, seconds: int, folder: Path) -> None:
    """Hold 64 connections on home, clipping, search and feed for `seconds`."""
    paths = [urls[name] for name in ("home", "clipping", "search", "feed")]
    script = folder / "rotate.lua"
    script.write_text(ROTATE_LUA % ", ".join(json.dumps(p) for p in paths))
    with Server(env, cached=True) as server:
        for path in paths:
            status_of(server.url(path))
        start = server.rss_kib()
        result = wrk(
            server.url("/"), connections=64, seconds=seconds, script=str(script)
        )
        emit(
            figure="load",
            connections=64,
            seconds=seconds,
            paths=paths,
            rss_start_mib=start // 1024,
            rss_end_mib=server.rss_kib() // 1024,
            rss_peak_mib=server.peak_kib // 1024,
            **result,
        )


def wordpress_home_rate() -> float | None:
    """Run the WordPress peer's benchmark; return its home page's req/s."""
    script = PEERS / "wordpress-bench.sh"
    if not script.exists() or os.environ.get("NEWSDESK_BENCH_SKIP_WORDPRESS"):
        return None
    out = subprocess.run(  # noqa: S603
        [shutil.which("bash") or "/bin/bash", str(script)],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in out.stdout.splitlines():
        cells = line.split("\t")
        if len(cells) > 5 and cells[0].endswith("-home"):
            emit(figure="wordpress_home", req_per_s=float(cells[5]), p99_ms=cells[11])
            return float(cells[5])
    emit(figure="wordpress_home", error=(out.stderr or out.stdout)[-300:])
    return None


def environment(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings.production",
        "NEWSDESK_SECRET_KEY": secrets.token_urlsafe(50),
        # production settings require a Fernet key (32 bytes, urlsafe base64)
        "NEWSDESK_CONTACT_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "NEWSDESK_VAR_DIR": str(folder),
        "NEWSDESK_SSL_REDIRECT": "false",
        "NEWSDESK_LOG_LEVEL": "ERROR",
    }


def measure_archive(size: int, *, seconds: int) -> None:
    """Time page 1 and page 2,000 of a `size`-clipping archive, uncached."""
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-archive-"))
    try:
        env = environment(folder)
        prepare(env, size)
        deep = min(2000, max(2, size // conf_page_size(env)))
        urls = {
            "archive_page_1": "/press-archive/",
            f"archive_page_{deep}": f"/press-archive/page/{deep}/",
        }
        measure_pages(env, urls, cached=False, seconds=seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def conf_page_size(env: dict[str, str]) -> int:
    script = "from newsdesk import conf; print(conf.get('PAGE_SIZE'))"
    out = newsdesk(env, "shell", "-c", script, capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument(
        "--archive-size",
        type=int,
        default=0,
        help="also time page 1 and page 2,000 of an archive this large, uncached",
    )
    parser.add_argument(
        "--archive-only", action="store_true", help="measure only --archive-size"
    )
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    if args.archive_size:
        measure_archive(args.archive_size, seconds=args.seconds)
    if args.archive_only:
        return
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    try:
        env = environment(folder)
        prepare(env, args.size)
        urls = pick_urls(env, args.size)
        uncached = measure_pages(env, urls, cached=False, seconds=args.seconds)
        cached = measure_pages(env, urls, cached=True, seconds=args.seconds)
        measure_load(env, urls, seconds=args.load_seconds, folder=folder)
        wordpress = wordpress_home_rate()
        if wordpress:
            for name in urls:
                emit(
                    figure="ratio_to_wordpress_home",
                    page=name,
                    cached=round(cached[name] / wordpress, 1),
                    uncached=round(uncached[name] / wordpress, 1),
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
