"""Measure the WordPress import: `make bench-wordpress` (`benchmarks.wordpress`).

Writes a generated WXR file of N posts to a temporary folder, then times
three passes and prints posts/s and peak memory (measured, never asserted):

1. reading the file alone (`read_wxr`), then again under tracemalloc for
   the parser's peak allocation;
2. a dry-run import of every post (parse, clean, map; no writes);
3. a real import of the first M posts into a fresh SQLite database.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import IO

WORDS = (
    "reed heron tide marsh count spring estuary mudflat survey volunteers "
    "council harbour wader spoonbill dune ledger"
).split()


def _paragraph(n: int) -> str:
    return " ".join(WORDS[(n * 7 + i) % len(WORDS)] for i in range(40)).capitalize()


def _post(n: int) -> str:
    day = 1 + n % 28
    slug = f"generated-post-{n}"
    content = "\n\n".join(_paragraph(n + k) + "." for k in range(4))
    comments = "".join(
        f"<wp:comment><wp:comment_id>{n * 10 + k}</wp:comment_id>"
        f"<wp:comment_author>Reader {k}</wp:comment_author>"
        f"<wp:comment_content>Comment {k} on {n}.</wp:comment_content>"
        f"<wp:comment_approved>1</wp:comment_approved>"
        f"<wp:comment_parent>{n * 10 if k else 0}</wp:comment_parent>"
        "</wp:comment>"
        for k in range(n % 3)
    )
    return (
        f"<item><title>Generated post {n}</title>"
        f"<link>https://bench.example/2021/01/{day:02d}/{slug}/</link>"
        "<dc:creator>bench</dc:creator>"
        f"<content:encoded><![CDATA[<!-- wp:paragraph -->{content}]]></content:encoded>"
        f"<wp:post_id>{n}</wp:post_id>"
        f"<wp:post_date_gmt>2021-01-{day:02d} 08:00:00</wp:post_date_gmt>"
        f"<wp:post_name>{slug}</wp:post_name><wp:status>publish</wp:status>"
        "<wp:post_type>post</wp:post_type>"
        f'<category domain="category" nicename="section-{n % 5}">Section {n % 5}'
        "</category>"
        f'<category domain="post_tag" nicename="tag-{n % 50}">tag {n % 50}</category>'
        f"{comments}</item>\n"
    )


def write_export(path: Path, posts: int) -> None:
    """Write a WXR 1.2 file of `posts` generated posts."""
    with path.open("w", encoding="utf-8") as out:
        _head(out)
        for n in range(1, posts + 1):
            out.write(_post(n))
        out.write("</channel></rss>\n")


def _head(out: IO[str]) -> None:
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        "<title>Bench</title><link>https://bench.example</link>"
        "<wp:base_site_url>https://bench.example</wp:base_site_url>"
        "<wp:base_blog_url>https://bench.example</wp:base_blog_url>\n"
    )


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _first(records: Iterator[object], limit: int) -> Iterator[object]:
    from newsdesk.wordpress.records import Item

    seen = 0
    for record in records:
        if isinstance(record, Item):
            seen += 1
            if seen > limit:
                return
        yield record


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--import-posts", type=int, default=2_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as folder:
        os.environ["NEWSDESK_VAR_DIR"] = folder
        os.environ.setdefault("NEWSDESK_LOG_LEVEL", "ERROR")
        _run(Path(folder), args.posts, args.import_posts)


def _report(label: str, posts: int, seconds: float, extra: str = "") -> None:
    rate = posts / seconds if seconds else 0.0
    sys.stdout.write(
        f"{label:<34} {posts:>7} posts {seconds:8.1f} s {rate:9.0f} posts/s  "
        f"peak RSS {_peak_rss_mb():7.0f} MB{extra}\n"
    )
    sys.stdout.flush()


def _run(folder: Path, posts: int, import_posts: int) -> None:
    export = folder / "bench.xml"
    start = time.perf_counter()
    write_export(export, posts)
    size = export.stat().st_size / 1024 / 1024
    took = time.perf_counter() - start
    sys.stdout.write(f"generated {posts} posts ({size:.0f} MB) in {took:.1f} s\n")
    from newsdesk.wordpress.wxr import read_wxr

    start = time.perf_counter()
    count = sum(1 for _ in read_wxr(export))
    _report("read_wxr (parse only)", posts, time.perf_counter() - start)
    assert count > posts  # noqa: S101 - a sanity check of the generated file
    # Again under tracemalloc (slower): the parser's own peak allocation.
    tracemalloc.start()
    for _ in read_wxr(export):
        pass
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sys.stdout.write(f"read_wxr tracemalloc peak: {peak / 2**20:.1f} MB\n")

    from django.core.management import call_command

    from .django_setup import django_setup

    django_setup()
    call_command("migrate", verbosity=0)
    from newsdesk.wordpress.report import ImportOptions
    from newsdesk.wordpress.services import wordpress_import

    start = time.perf_counter()
    wordpress_import(records=read_wxr(export), options=ImportOptions(dry_run=True))
    _report("import --dry-run", posts, time.perf_counter() - start)

    start = time.perf_counter()
    report = wordpress_import(
        records=_first(read_wxr(export), import_posts), options=ImportOptions()
    )
    seconds = time.perf_counter() - start
    _report("import (SQLite, writes)", import_posts, seconds)
    sys.stdout.write("  " + "\n  ".join(report.summary_lines()[:4]) + "\n")


if __name__ == "__main__":
    main()
