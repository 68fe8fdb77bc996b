"""Measure the static export (`make bench-export`) on the current database.

`python -m benchmarks.export [--no-hugo]` on a migrated database holding a
site (`newsdesk demo --size N`).

A full export into a temporary folder, then one new clipping published and
an incremental export (both timed in this process, by phase), then
`newsdesk export DIR --incremental` run as a command with nothing changed
(process start included); the clipping is deleted afterwards. When the peers'
`hugo-bench.sh` is there, Hugo builds as many pages and the ratio is
printed. One JSON line per figure; figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .django_setup import django_setup

django_setup()

from django.utils import timezone  # noqa: E402 - needs Django set up
from wagtail.models import Page  # noqa: E402

from newsdesk.mirror.services import mirror_export  # noqa: E402
from newsdesk.mirror.summary import Summary  # noqa: E402
from newsdesk.monitor.models import Outlet  # noqa: E402
from newsdesk.newsroom.models import (  # noqa: E402
    ClippingPage,
    ClippingSource,
    PostPage,
    SectionPage,
)

Report = Callable[[dict[str, Any]], None]
# The peers live beside the checkout: ../shared/peers/.
HUGO_SCRIPT = Path(__file__).resolve().parents[2] / "shared/peers/hugo-bench.sh"


def figure(name: str, value: float, unit: str, **extra: Any) -> dict[str, Any]:
    """Return one figure as the JSON line's fields."""
    line = {"bench": "export", "figure": name, "value": round(value, 3), "unit": unit}
    return line | extra


def run(*, report: Report, hugo: bool = True, base_url: str | None = None) -> None:
    """Export fully, add a clipping, export incrementally; report each figure."""
    posts = PostPage.objects.live().count()
    if not SectionPage.objects.live().exists():
        raise LookupError("No section to publish into: load a site first.")
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-export-"))
    try:
        full = mirror_export(folder=folder, base_url=base_url)
        report(_figures("full", full, posts))
        page = _publish_clipping()
        try:
            incremental = mirror_export(
                folder=folder, incremental=True, base_url=base_url
            )
            report(_figures("incremental", incremental, posts))
            report(_command("incremental export, nothing changed", folder, base_url))
        finally:
            Page.objects.filter(pk=page.pk).delete()
        if hugo:
            _compare_with_hugo(full, posts, report)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _figures(kind: str, summary: Summary, posts: int) -> dict[str, Any]:
    return figure(
        f"{kind} export",
        summary.seconds,
        "s",
        posts=posts,
        rendered=summary.rendered,
        written=summary.written,
        megabytes=round(summary.bytes / 1e6, 1),
        problems=len(summary.problems),
        workers=summary.workers,
        items_reused=summary.items_reused,
        items_built=summary.items_built,
        assembled=summary.assembled,
        phases_ms=summary.phases,
    )


def _command(name: str, folder: Path, base_url: str | None) -> dict[str, Any]:
    """Time `newsdesk export DIR --incremental` as a user runs it: a new process.

    The export figures above are timed inside this process (`Summary.seconds`);
    this one adds what they leave out: starting Python and Django.
    """
    command = [sys.executable, "-m", "newsdesk", "export", str(folder), "--incremental"]
    if base_url:
        command += ["--base-url", base_url]
    started = time.monotonic()
    result = subprocess.run(  # noqa: S603 - our own command
        command, capture_output=True, text=True, check=False
    )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        return {"bench": "export", "figure": name, "failed": result.stderr[-300:]}
    return figure(f"{name} (command, process start included)", seconds, "s")


def _publish_clipping() -> ClippingPage:
    section = SectionPage.objects.live().order_by("path").first()
    assert section is not None  # noqa: S101 - checked by run()
    stamp = timezone.now()
    page = ClippingPage(
        title=f"Bench clipping {stamp:%H%M%S}",
        slug=f"bench-clipping-{stamp:%Y%m%d%H%M%S%f}",
        excerpt="<p>The bench heron stood still for the whole count.</p>",
        language="en",
        posted_at=stamp,
    )
    outlet = Outlet.objects.order_by("pk").first()
    if outlet is not None:
        page.sources.add(ClippingSource(outlet=outlet, authors="Bench Writer"))
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def _compare_with_hugo(full: Summary, posts: int, report: Report) -> None:
    if not HUGO_SCRIPT.is_file():
        report({"bench": "export", "figure": "hugo", "skipped": str(HUGO_SCRIPT)})
        return
    Path("/tmp/peers-logs").mkdir(exist_ok=True)  # noqa: S108 - the script's own
    with tempfile.TemporaryDirectory(prefix="newsdesk-hugo-") as site:
        settings = {
            "HUGO_POSTS": str(posts),
            "HUGO_CASES": "plain:disk",
            "HUGO_RUNS": "1",
            "HUGO_SITE": site,  # not the shared /tmp/hugo-peer other runs use
        }
        result = subprocess.run(  # noqa: S603 - the peers' own script
            ["bash", str(HUGO_SCRIPT)],  # noqa: S607
            env=settings | _path_env(),
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"median_s=([0-9.]+)", result.stdout)
    if not found:
        tail = (result.stderr or result.stdout)[-300:]
        report({"bench": "export", "figure": "hugo", "failed": tail})
        return
    seconds = float(found.group(1))
    report(figure("hugo build (plain, disk)", seconds, "s", posts=posts))
    report(figure("full export / hugo build", full.seconds / seconds, "x", target=3))


def _path_env() -> dict[str, str]:
    return {key: os.environ[key] for key in ("PATH", "HOME") if key in os.environ}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-hugo", action="store_true")
    args = parser.parse_args(argv)

    def report(line: dict[str, Any]) -> None:
        print(json.dumps(line, ensure_ascii=False), flush=True)

    try:
        run(report=report, hugo=not args.no_hugo)
    except LookupError as error:
        sys.exit(str(error))


if __name__ == "__main__":
    main()
