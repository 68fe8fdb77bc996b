"""Measure the monitor (`make bench-monitor`): throughput of each part, here.

`python -m benchmarks.monitor [--pages N] [--stories N]` on an empty,
migrated database: stories/s end to end beside trafilatura alone, feeds/s
unchanged and changed, clustering time and memory. Everything is local: a
stdlib HTTP server on 127.0.0.1 serves generated feeds and pages; the
database is the configured one (`make bench-monitor` points it at a fresh
temporary folder). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import trafilatura

from .django_setup import django_setup

django_setup()

from django.conf import settings  # noqa: E402 - needs Django set up

from newsdesk.monitor import cluster  # noqa: E402
from newsdesk.monitor.match import AliasSpec, Matcher  # noqa: E402
from newsdesk.monitor.models import Feed, Story  # noqa: E402
from newsdesk.monitor.services import feeds_poll  # noqa: E402
from newsdesk.text import minhash  # noqa: E402

WORDS = (
    "harbour council ferry vote island pier report bay heron reed tide market "
    "fish quay lighthouse keeper guild storm boat crew survey strait power "
    "turbine hearing assembly budget dredging lifeboat crane winter spring "
    "volunteer count shore wetland salt marsh mudflat channel beacon"
).split()


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str

    def __str__(self) -> str:
        return f"{self.name:<52} {self.value:>12,.1f} {self.unit}"


def _text(rng: random.Random, sentences: int) -> list[str]:
    return [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 25))).capitalize()
        + "."
        for _ in range(sentences)
    ]


def _page(rng: random.Random, n: int) -> bytes:
    paragraphs = "".join(f"<p>{s}</p>" for s in _text(rng, 8))
    return (
        f"<html lang='en'><head><title>Story {n}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Story {n}</h1>{paragraphs}"
        "</article><footer>Bench Courier</footer></body></html>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body = self.server.respond(self)  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet."""


@contextmanager
def _server(
    respond: Callable[[Any], tuple[int, dict[str, str], bytes]],
) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.respond = respond  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _rss(base: str, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{u}</title><link>{base}{u}</link></item>" for u in links
    )
    return (
        f"<rss version='2.0'><channel><title>B</title>{items}</channel></rss>".encode()
    )


def bench_pipeline(pages: int = 200) -> list[Figure]:
    """Stories/s end to end, beside trafilatura alone on the same pages."""
    rng = random.Random(1)  # noqa: S311 - generated text, not secrecy
    bodies = {f"/s/{n}": _page(rng, n) for n in range(pages)}

    def respond(request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.path == "/feed":
            return 200, {}, _rss(base, list(bodies))
        if request.path in bodies:
            return 200, {"Content-Type": "text/html"}, bodies[request.path]
        return 404, {}, b""

    with _server(respond) as base:
        feed = Feed.objects.create(url=f"{base}/feed")
        start = time.perf_counter()
        totals = feeds_poll(feeds=[feed])
        pipeline = time.perf_counter() - start
    start = time.perf_counter()
    for body in bodies.values():
        trafilatura.bare_extraction(body, with_metadata=True)
    alone = time.perf_counter() - start
    return [
        Figure(
            "stories/s end to end (fetch+extract+lang+match+store)",
            totals.new / pipeline,
            "/s",
        ),
        Figure("pages/s, trafilatura alone, same pages", pages / alone, "/s"),
        Figure("overhead: pipeline time / trafilatura time", pipeline / alone, "x"),
    ]


def bench_feeds(unchanged: int = 1000, changed: int = 200) -> list[Figure]:
    """Feeds/s for feeds answering 304, and for feeds with new entries."""

    def respond(request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.path.startswith("/same/"):
            if request.headers.get("If-None-Match") == '"v1"':
                return 304, {"ETag": '"v1"'}, b""
            return 200, {"ETag": '"v1"'}, _rss(base, [request.path + "/a"])
        name = request.path.strip("/").replace("/", "-")
        return 200, {}, _rss(base, [f"/n/{name}-{i}" for i in range(5)])

    with _server(respond) as base:
        same = [
            Feed(url=f"{base}/same/{n}", etag='"v1"', body_hash="x")
            for n in range(unchanged)
        ]
        new = [Feed(url=f"{base}/new/{n}") for n in range(changed)]
        Feed.objects.bulk_create(same + new)
        figures = []
        for label, prefix, count in (
            ("unchanged feeds/s (304)", "/same/", unchanged),
            ("changed feeds/s (5 new entries each, no pages)", "/new/", changed),
        ):
            feeds = Feed.objects.filter(url__contains=prefix)
            start = time.perf_counter()
            feeds_poll(feeds=feeds, fetch_articles=False)
            figures.append(Figure(label, count / (time.perf_counter() - start), "/s"))
    return figures


def bench_cluster(stories: int = 100_000) -> list[Figure]:
    """Time and memory to sign and group `stories` generated stories."""
    rng = random.Random(2)  # noqa: S311 - generated text, not secrecy
    config = cluster.ClusterConfig()
    tracemalloc.start()
    start = time.perf_counter()
    prints = []
    base_texts: list[str] = []
    for n in range(stories):
        if base_texts and rng.random() < 0.1:  # a near copy of an earlier story
            words = rng.choice(base_texts).split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            text = " ".join(words)
        else:
            text = " ".join(_text(rng, 3))
            base_texts.append(text)
        sig = tuple(cluster.signature("", text, config=config))
        prints.append(cluster.StoryPrint(n, f"https://b.example/{n}", "", sig))
    signed = time.perf_counter() - start
    start = time.perf_counter()
    groups = cluster.group(prints, threshold=config.threshold)
    grouped = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    multi = sum(1 for g in groups if len(g) > 1)
    return [
        Figure(f"clustering: sign {stories:,} stories", signed, "s"),
        Figure(f"clustering: group {stories:,} stories (LSH)", grouped, "s"),
        Figure("clustering: peak memory (tracemalloc)", peak / 2**20, "MiB"),
        Figure("clustering: groups of 2+ found", multi, ""),
        Figure(
            "signature bytes per story", len(minhash.to_bytes(prints[0].signature)), "B"
        ),
    ]


# Aliases in the scripts and languages the matcher inflects, over mixed text.
MATCH_ALIASES = [
    "harbour council",
    "Kestrel Bay",
    "Shkodër",
    "Mojahedin-e Khalq",
    "الحرس الثوري",
    "سپاه",
    "Conseil du port",
    "journal",
]
MATCH_TEXT_WORDS = WORDS + "والحرس سپاه‌ها شکودرا Shkodrës بالمجلس کتابخانه".split()


def bench_match(texts: int = 5_000) -> list[Figure]:
    """Words per second through the matcher: 400 aliases over 200-word texts."""
    rng = random.Random(3)  # noqa: S311 - generated text, not secrecy
    aliases = [
        AliasSpec(n, n, n % 20, f"{MATCH_ALIASES[n % 8]} {n // 8 or ''}".strip())
        for n in range(400)
    ]
    matcher = Matcher(aliases, exclusions={1: ["birdwatching"]})
    bodies = [
        " ".join(rng.choice(MATCH_TEXT_WORDS) for _ in range(200)) for _ in range(texts)
    ]
    start = time.perf_counter()
    found = sum(len(matcher.find(body)) for body in bodies)
    elapsed = time.perf_counter() - start
    return [
        Figure(
            f"matching: {texts:,} texts of 200 words", texts * 200 / elapsed, "words/s"
        ),
        Figure("matching: hits found", found, ""),
    ]


def stories_count() -> int:
    """Return how many stories the bench stored."""
    return Story.objects.count()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--stories", type=int, default=100_000)
    args = parser.parse_args(argv)
    if Feed.objects.exists():
        sys.exit(
            "The database has feeds: run the bench on an empty one "
            "(`make bench-monitor` uses a fresh temporary folder)."
        )
    # Every request goes to one local host: no politeness delay here.
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
    parts: list[tuple[str, Callable[[], list[Figure]]]] = [
        (f"Pipeline, {args.pages} pages", lambda: bench_pipeline(args.pages)),
        ("Feeds", bench_feeds),
        ("Matching", bench_match),
        (f"Clustering, {args.stories:,} stories", lambda: bench_cluster(args.stories)),
    ]
    for title, run in parts:
        print(f"{title}…", flush=True)
        for figure in run():
            print(f"  {figure}", flush=True)
    print("Bench done.")


if __name__ == "__main__":
    main()
