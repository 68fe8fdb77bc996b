"""Measure the public site as served in production: `make bench-site`.

`python -m benchmarks.site [--size N] [--seconds S] …` (see `--help`).

Builds a generated archive in a temporary folder (or reuses one, `--var-dir`),
starts `newsdesk serve` (gunicorn, production settings, DEBUG off) once with
the page cache off and once with it on, and runs wrk (Debian's package) at
16 connections on each kind of page: home, clipping, deep listing, search,
feed. wrk rotates through many distinct addresses of each kind
(`site_addresses.py`), so the uncached figure is the cost of pages that are
not in the page cache; the cached run warms the same addresses first. Then a
60-second load at 64 connections over all of them. Where Debian's nginx is
installed, the cached addresses again through docs/deploy/nginx.conf in front
of the same server, and the home page's bytes as a static file served by the
same nginx, its peer (`site_nginx.py`). Then the WordPress peer from
../shared/peers/ measured the same way, and a summary of the targets of
issues #7 and #18 (`summary.py`). One JSON line per figure; figures are printed,
never asserted.
"""

import argparse
import base64
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

from . import site_nginx
from .baseline import DEFAULT as BASELINE
from .baseline import Build, checkout, current
from .site_wrk import Server, rotation_script, wrk
from .summary import QUIET_WORDPRESS_HOME, summarise

# The peers live beside the checkout: ../shared/peers/.
PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"
KINDS = ("home", "clipping", "listing", "search", "feed")
# Searches pass through nginx uncached (docs/deploy/nginx.conf): not measured there.
NGINX_KINDS = ("home", "clipping", "listing", "feed")
FIGURES: list[dict[str, Any]] = []
# Passes over every address before an uncached measure (see measure_pages).
UNCACHED_PASSES = 4


def emit(**figure: Any) -> None:
    """Print one figure as a JSON line (and keep it for the summary)."""
    FIGURES.append({"bench": "site", **figure})
    print(json.dumps({"bench": "site", **figure}), flush=True)


def newsdesk(
    env: dict[str, str], *args: str, build: Build | None = None, **kwargs: Any
) -> Any:
    python = build.python if build else sys.executable
    command = [python, "-m", "newsdesk", *args]
    return subprocess.run(command, env=env, check=True, **kwargs)  # noqa: S603


def prepare(env: dict[str, str], size: int, build: Build | None = None) -> None:
    """Migrate, collect static files and generate the archive unless it is there."""
    quiet: dict[str, Any] = {"stdout": subprocess.DEVNULL, "build": build}
    newsdesk(env, "migrate", "--verbosity=0", **quiet)
    newsdesk(env, "collectstatic", "--noinput", "--verbosity=0", **quiet)
    have = clippings_in(env, build)
    tag = baseline_tag(build)
    if have >= size:
        emit(figure="demo_archive", clippings=have, reused=True, **tag)
        return
    started = time.monotonic()
    newsdesk(env, "demo", "--size", str(size), **quiet)
    seconds = time.monotonic() - started
    emit(figure="demo_archive", clippings=size, seconds=seconds, **tag)


def baseline_tag(build: Build | None) -> dict[str, str]:
    """Return the field that marks a figure as the baseline's (none for ours)."""
    return {"baseline": build.name} if build else {}


def clippings_in(env: dict[str, str], build: Build | None = None) -> int:
    script = (
        "from newsdesk.newsroom.models import ClippingPage;"
        "print(ClippingPage.objects.live().count())"
    )
    out = newsdesk(
        env, "shell", "-c", script, build=build, capture_output=True, text=True
    )
    return int(out.stdout.strip().splitlines()[-1])


def pick_addresses(
    env: dict[str, str], build: Build | None = None
) -> dict[str, list[str]]:
    """Return the addresses of each kind that wrk rotates through."""
    python = build.python if build else sys.executable
    # The baseline's Python reads its own archive with this checkout's script.
    env = {**env, "PYTHONPATH": str(current().folder)}
    command = [python, "-m", "benchmarks.site_addresses"]
    out = subprocess.run(  # noqa: S603
        command, env=env, check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, list[str]] = json.loads(out)
    for kind, paths in found.items():
        emit(
            figure="addresses",
            page=kind,
            count=len(paths),
            first=paths[0],
            **baseline_tag(build),
        )
    return found


def measure_pages(
    env, addresses, *, cached: bool, options, folder: Path, build=None
) -> None:
    """Check (and warm) every address, then wrk each kind at 16 connections;
    cached, then hold the load on the same warm server (not the baseline's)."""
    mode = "cached" if cached else "uncached"
    tag = baseline_tag(build)
    python = build.python if build else sys.executable
    with Server(env, cached=cached, python=python) as server:
        for kind in KINDS:
            paths = addresses[kind]
            # Every address is requested once first, and its status counted.
            # Then passes over them all, as a running site has been read:
            # cached, until every worker has every page; uncached, each
            # address is still rendered in full on every request, and the
            # passes fill the workers' {% cache %} fragments (each process
            # keeps its own: after 4 passes a worker misses ~6 % of them).
            statuses = server.statuses(paths)
            warmed = server.warm(paths, passes=10 if cached else UNCACHED_PASSES)
            script = rotation_script(paths, folder, kind)
            url = server.url(paths[0])
            if options.warmup_seconds:
                wrk(url, connections=16, seconds=options.warmup_seconds, script=script)
            result = wrk(url, connections=16, seconds=options.seconds, script=script)
            emit(
                figure="page",
                page=kind,
                cache=mode,
                addresses=len(paths),
                statuses={str(code): n for code, n in statuses.items()},
                **warmed,
                **result,
                **tag,
            )
        rss, pss = server.peak_kib // 1024, server.peak_pss_kib // 1024
        emit(figure="server_peak_rss_mib", cache=mode, mib=rss, **tag)
        emit(figure="server_peak_pss_mib", cache=mode, mib=pss, **tag)
        if build:
            return
        if cached and options.load_seconds:
            measure_load(server, addresses, seconds=options.load_seconds, folder=folder)
        if cached:
            measure_nginx(server, addresses, options=options, folder=folder)


def measure_load(server: Server, addresses, *, seconds: int, folder: Path) -> None:
    """Hold 64 connections on every address of every kind, cached, for `seconds`."""
    paths = [path for kind in KINDS for path in addresses[kind]]
    script = rotation_script(paths, folder, "load")
    start = server.rss_kib()
    result = wrk(server.url("/"), connections=64, seconds=seconds, script=script)
    emit(
        figure="load",
        connections=64,
        seconds=seconds,
        addresses=len(paths),
        rss_start_mib=start // 1024,
        rss_end_mib=server.rss_kib() // 1024,
        rss_peak_mib=server.peak_kib // 1024,
        pss_peak_mib=server.peak_pss_kib // 1024,
        **result,
    )


def measure_nginx(
    server: Server,
    addresses: dict[str, list[str]],
    *,
    options: argparse.Namespace,
    folder: Path,
) -> None:
    """Measure the cached pages through the shipped nginx config, then Debian's
    nginx serving the home page's bytes as a static file (issue #18)."""
    why = site_nginx.missing()
    if why:
        print(f"nginx: {why}", flush=True)
        emit(figure="nginx", error=why)
        return
    upstream = f"127.0.0.1:{server.port}"
    with site_nginx.Nginx(folder / "nginx", upstream=upstream) as nginx:
        for kind in NGINX_KINDS:
            paths = addresses[kind]
            # Every address once through nginx, to fill its cache; the first
            # again, to show it is answered from there (X-Cache: HIT).
            statuses = Counter(fetch(nginx.url(path))[0] for path in paths)
            x_cache = fetch(nginx.url(paths[0]))[1]
            result = measure_url(
                nginx.url(paths[0]),
                script=rotation_script(paths, folder, f"nginx-{kind}"),
                options=options,
            )
            emit(
                figure="page",
                via="nginx",
                page=kind,
                cache="cached",
                addresses=len(paths),
                statuses={str(code): n for code, n in sorted(statuses.items())},
                x_cache=x_cache,
                **result,
            )
        home = fetch(nginx.url("/"))[2]
        (nginx.root / "index.html").write_bytes(home)
        result = measure_url(nginx.static_url("/"), script=None, options=options)
        emit(figure="nginx-static", page="home", bytes=len(home), **result)


def measure_url(
    url: str, *, script: Path | None, options: argparse.Namespace
) -> dict[str, Any]:
    """Warm up (when asked), then wrk `url` at 16 connections."""
    if options.warmup_seconds:
        wrk(url, connections=16, seconds=options.warmup_seconds, script=script)
    return wrk(url, connections=16, seconds=options.seconds, script=script)


def fetch(url: str) -> tuple[int, str, bytes]:
    """Return the status, the X-Cache header and the body of `url`."""
    try:
        with urllib.request.urlopen(url, timeout=120) as answer:  # noqa: S310
            content = answer.read()
            return answer.status, answer.headers.get("X-Cache", ""), content
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Cache", ""), error.read()


def measure_wordpress() -> None:
    """Run the WordPress peer's benchmark and emit its figures, or why it could not."""
    script = PEERS / "wordpress-bench.sh"
    if os.environ.get("NEWSDESK_BENCH_SKIP_WORDPRESS"):
        why = "skipped: NEWSDESK_BENCH_SKIP_WORDPRESS is set"
    elif not script.exists():
        why = f"skipped: {script} is missing"
    else:
        out = subprocess.run(  # noqa: S603
            [shutil.which("bash") or "/bin/bash", str(script)],
            capture_output=True,
            text=True,
            check=False,
        )
        measured = [
            cells
            for cells in (line.split("\t") for line in out.stdout.splitlines())
            if len(cells) > 11 and cells[0].startswith("wp-") and cells[0] != "label"
        ]
        for cells in measured:
            emit(
                figure="wordpress",
                page=cells[0].rsplit("-", 1)[-1],
                label=cells[0],
                req_per_s=float(cells[5]),
                p99_ms=float(cells[11]),
            )
        if measured:
            return
        why = "failed: " + (out.stderr or out.stdout)[-300:]
    emit(
        figure="wordpress", page="home", error=why, quiet_req_per_s=QUIET_WORDPRESS_HOME
    )


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


def measure_baseline(revision: str, *, options: argparse.Namespace) -> None:
    """Build `revision`, give it its own archive and measure its pages the same way."""
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-baseline-"))
    try:
        print(f"baseline: building {revision} in {folder}", flush=True)
        build = checkout(revision, folder / "checkout")
        env = environment(folder / "var")
        (folder / "var").mkdir()
        prepare(env, options.size, build)
        addresses = pick_addresses(env, build)
        scripts = folder / "wrk"
        scripts.mkdir()
        for cached in (False, True):
            measure_pages(
                env,
                addresses,
                cached=cached,
                options=options,
                folder=scripts,
                build=build,
            )
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"baseline {revision}: {error}", flush=True)
        emit(figure="baseline", baseline=revision, error=str(error)[-300:])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure_archive(size: int, *, seconds: int) -> None:
    """Time page 1 and page 2,000 of a `size`-clipping archive, uncached."""
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-archive-"))
    try:
        env = environment(folder)
        prepare(env, size)
        deep = min(2000, max(2, size // conf_page_size(env)))
        with Server(env, cached=False) as server:
            for name, path in (
                ("1", "/press-archive/"),
                (str(deep), f"/press-archive/page/{deep}/"),
            ):
                result = wrk(
                    server.url(path), connections=16, seconds=seconds, script=None
                )
                emit(
                    figure="archive_page",
                    clippings=size,
                    number=int(name),
                    path=path,
                    **result,
                )
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
    parser.add_argument(
        "--warmup-seconds", type=int, default=3, help="wrk run before each measure"
    )
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument(
        "--var-dir",
        type=Path,
        help="use (and keep) this folder's archive, generating it only if smaller",
    )
    parser.add_argument(
        "--no-summary", action="store_true", help="leave the summary to `make bench`"
    )
    parser.add_argument(
        "--baseline",
        default=BASELINE,
        help="also measure this git revision's site the same way (default: "
        "%(default)s, main before issue #18)",
    )
    parser.add_argument(
        "--no-baseline", action="store_true", help="measure this checkout only"
    )
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
    folder = args.var_dir or Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    scripts = Path(tempfile.mkdtemp(prefix="newsdesk-bench-wrk-"))
    try:
        env = environment(folder)
        prepare(env, args.size)
        addresses = pick_addresses(env)
        measure_pages(env, addresses, cached=False, options=args, folder=scripts)
        measure_pages(env, addresses, cached=True, options=args, folder=scripts)
        if not args.no_baseline:
            measure_baseline(args.baseline, options=args)
        measure_wordpress()
    finally:
        shutil.rmtree(scripts, ignore_errors=True)
        if args.var_dir is None:
            shutil.rmtree(folder, ignore_errors=True)
    if not args.no_summary:
        for line in summarise(FIGURES):
            print(line, flush=True)


if __name__ == "__main__":
    main()
