"""The summary of `make bench`: each target of issues #7 and #18, met or not.

Reads the JSON lines the benchmarks printed (`bench-site`, `bench-export`)
and compares each figure with its peer from the same run: WordPress's home
page for the site (its README's quiet figure, clearly labelled, when the peer
could not run), Debian's nginx serving the home page's bytes as a static file
for the home page through the shipped nginx config, Hugo's build for the
export. Prints a table and one JSON line
per target. `python -m benchmarks.summary FILE` summarises a log.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

QUIET_WORDPRESS_HOME = 18.0  # ../shared/peers/README: home page, quiet machine
KINDS = ("home", "clipping", "listing", "search", "feed")


@dataclass
class Target:
    """One target: our figure, the peer's, the ratio and whether it is met."""

    name: str
    value: float
    unit: str
    goal: str
    met: bool
    peer: str = ""
    ratio: float | None = None

    def __post_init__(self) -> None:
        if self.ratio is not None:
            self.ratio = round(self.ratio, 2)


def read_lines(lines: Iterable[str]) -> list[dict[str, Any]]:
    """Return the JSON objects among `lines` (other output is skipped)."""
    figures = []
    for line in lines:
        line = line.strip()
        if line.startswith("{"):
            try:
                figures.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return figures


def wordpress_peer(figures: list[dict[str, Any]]) -> tuple[float, str]:
    """Return WordPress's home req/s and how it was obtained."""
    for figure in figures:
        if figure.get("figure") == "wordpress" and figure.get("page") == "home":
            if "req_per_s" in figure:
                return float(figure["req_per_s"]), "WordPress home, same run"
    return QUIET_WORDPRESS_HOME, "WordPress home, README quiet (NOT this run)"


def site_targets(figures: list[dict[str, Any]]) -> list[Target]:
    """Return the page targets: cached >= 30x and p99 < 25 ms, uncached >= 10x."""
    pages = {
        (f["cache"], f["page"]): f
        for f in figures
        if f.get("bench") == "site"
        and f.get("figure") == "page"
        and "via" not in f
        and "baseline" not in f
    }
    if not pages:
        return []
    peer, label = wordpress_peer(figures)
    targets = []
    for mode, times in (("cached", 30), ("uncached", 10)):
        for kind in KINDS:
            found = pages.get((mode, kind))
            if found is None:
                continue
            rate = float(found["req_per_s"])
            ratio = rate / peer
            name = f"{mode} {kind} req/s"
            peer_text = f"{label}: {peer:g}"
            targets.append(
                Target(
                    name,
                    rate,
                    "req/s",
                    f">= {times}x",
                    ratio >= times,
                    peer_text,
                    ratio,
                )
            )
            if mode == "cached":
                p99 = float(found["p99_ms"])
                met = not math.isnan(p99) and p99 < 25
                targets.append(Target(f"cached {kind} p99", p99, "ms", "< 25 ms", met))
    return targets


def nginx_targets(figures: list[dict[str, Any]]) -> list[Target]:
    """Return the edge target: the cached home page through the shipped nginx
    config >= 0.8x Debian's nginx serving the same bytes as a static file."""
    site = [f for f in figures if f.get("bench") == "site"]
    skipped = [f for f in site if f.get("figure") == "nginx" and "error" in f]
    through = {
        f["page"]: f
        for f in site
        if f.get("figure") == "page" and f.get("via") == "nginx"
    }
    static = next((f for f in site if f.get("figure") == "nginx-static"), None)
    name = "nginx cached home req/s"
    if skipped:
        return [Target(name, 0.0, "req/s", ">= 0.8x", False, skipped[0]["error"])]
    home = through.get("home")
    if home is None:
        return []
    rate = float(home["req_per_s"])
    if static is None:
        return [Target(name, rate, "req/s", ">= 0.8x", False, "nginx static: no run")]
    peer = float(static["req_per_s"])
    ratio = rate / peer if peer else 0.0
    label = f"nginx static file ({static.get('bytes')} B), same run: {peer:g}"
    return [Target(name, rate, "req/s", ">= 0.8x", ratio >= 0.8, label, ratio)]


def nginx_pages(figures: list[dict[str, Any]]) -> list[str]:
    """Return one line per kind of page measured through nginx (no target)."""
    return [
        f"  through nginx, {f['page']}: {float(f['req_per_s']):,.1f} req/s, "
        f"p99 {f['p99_ms']} ms, X-Cache {f.get('x_cache') or '?'}"
        for f in figures
        if f.get("bench") == "site" and f.get("via") == "nginx"
    ]


def baseline_lines(figures: list[dict[str, Any]]) -> list[str]:
    """Return today's page figures beside the baseline's (main before #18)."""
    pages = [
        f
        for f in figures
        if f.get("bench") == "site" and f.get("figure") == "page" and "via" not in f
    ]
    before = {(f["cache"], f["page"]): f for f in pages if "baseline" in f}
    after = {(f["cache"], f["page"]): f for f in pages if "baseline" not in f}
    failed = [f for f in figures if f.get("figure") == "baseline" and "error" in f]
    if failed:
        return [f"  baseline {failed[0]['baseline']}: {failed[0]['error']}"]
    if not before:
        return []
    name = next(iter(before.values()))["baseline"]
    lines = ["", f"Today beside {name} (main before issue #18), same run"]
    lines.append(_side_by_side("page", "today", name, "ratio"))
    for key in sorted(after, key=lambda k: (k[0], KINDS.index(k[1]))):
        if key not in before:
            continue
        ours, theirs = after[key], before[key]
        rate, old = float(ours["req_per_s"]), float(theirs["req_per_s"])
        lines.append(
            _side_by_side(
                f"{key[0]} {key[1]}",
                f"{rate:,.1f} req/s, p99 {ours['p99_ms']} ms",
                f"{old:,.1f} req/s, p99 {theirs['p99_ms']} ms",
                ratio_text(rate / old if old else None),
            )
        )
    return lines


def export_targets(figures: list[dict[str, Any]]) -> list[Target]:
    """Return the export targets: full <= 3x Hugo, incremental < 2 s."""
    values = {
        f["figure"]: f for f in figures if f.get("bench") == "export" and "value" in f
    }
    targets = []
    full, hugo = values.get("full export"), values.get("hugo build (plain, disk)")
    if full is not None:
        seconds = float(full["value"])
        if hugo is not None:
            ratio = seconds / float(hugo["value"])
            peer = f"Hugo, {hugo.get('posts')} posts, same run: {hugo['value']} s"
            targets.append(
                Target("full export", seconds, "s", "<= 3x", ratio <= 3, peer, ratio)
            )
        else:
            targets.append(
                Target("full export", seconds, "s", "<= 3x", False, "Hugo did not run")
            )
    incremental = values.get("incremental export")
    if incremental is not None:
        seconds = float(incremental["value"])
        targets.append(Target("incremental export", seconds, "s", "< 2 s", seconds < 2))
    return targets


def summarise(figures: list[dict[str, Any]]) -> list[str]:
    """Return the summary's lines: a table, then one JSON line per target."""
    targets = site_targets(figures) + nginx_targets(figures) + export_targets(figures)
    if not targets:
        return ["summary: no site or export figures found"]
    lines = [
        "",
        "Issue #7 and #18 targets (same run)",
        _row("target", "ours", "peer", "ratio", "goal", ""),
    ]
    for target in targets:
        ratio = ratio_text(target.ratio)
        lines.append(
            _row(
                target.name,
                f"{target.value:,.1f} {target.unit}",
                target.peer,
                ratio,
                target.goal,
                "met" if target.met else "NOT met",
            )
        )
    lines += nginx_pages(figures)
    lines += baseline_lines(figures)
    met = sum(target.met for target in targets)
    lines.append(f"{met} of {len(targets)} targets met")
    lines += [json.dumps({"bench": "summary", **asdict(target)}) for target in targets]
    return lines


def ratio_text(ratio: float | None) -> str:
    """Return the ratio as shown in the table: two decimals below 10x."""
    if ratio is None:
        return ""
    return f"{ratio:.2f}x" if ratio < 10 else f"{ratio:.1f}x"


def _row(*cells: str) -> str:
    widths = (24, 16, 48, 8, 8, 8)
    return "  ".join(
        cell.ljust(width) for cell, width in zip(cells, widths, strict=True)
    ).rstrip()


def _side_by_side(*cells: str) -> str:
    widths = (18, 32, 32, 8)
    return "  ".join(
        cell.ljust(width) for cell, width in zip(cells, widths, strict=True)
    ).rstrip()


def main(argv: list[str] | None = None) -> None:
    paths = (argv if argv is not None else sys.argv[1:]) or ["-"]
    figures: list[dict[str, Any]] = []
    for path in paths:
        if path == "-":
            figures += read_lines(sys.stdin)
        else:
            with open(path, encoding="utf-8") as handle:
                figures += read_lines(handle)
    for line in summarise(figures):
        print(line)


if __name__ == "__main__":
    main()
