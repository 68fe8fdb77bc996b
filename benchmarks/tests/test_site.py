"""`make bench-site`'s parts: the addresses it rotates through, wrk's report,
the summary of targets, the server's memory."""

import json
import os

import pytest
from django.test import Client

from benchmarks.site_addresses import addresses, search_terms, spread
from benchmarks.site_wrk import parse_wrk, proc_kib, vm_rss
from benchmarks.summary import QUIET_WORDPRESS_HOME, read_lines, summarise
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

WRK_REPORT = """\
Running 10s test @ http://127.0.0.1:8000/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.21ms    3.10ms  48.02ms   90.12%
    Req/Sec     1.55k   210.33     2.01k    71.00%
  Latency Distribution
     50%    4.48ms
     75%    6.02ms
     90%    8.33ms
     99%   21.70ms
  30871 requests in 10.01s, 612.55MB read
  Non-2xx or 3xx responses: 12
Requests/sec:   3084.12
Transfer/sec:     61.19MB
"""


def test_wrk_report_is_read():
    figures = parse_wrk(WRK_REPORT)
    assert figures["req_per_s"] == 3084.12
    assert figures["p50_ms"] == 4.48
    assert figures["p99_ms"] == 21.7
    assert figures["requests"] == 30871
    assert figures["non_2xx_3xx"] == 12
    slow = parse_wrk(WRK_REPORT.replace("21.70ms", "1.20s"))
    assert slow["p99_ms"] == 1200.0


def test_spread_takes_items_evenly_from_first_to_last():
    assert spread(list(range(10)), 5) == [0, 2, 4, 6, 8]
    assert spread([1, 2], 5) == [1, 2]


def test_searches_are_distinct_words_of_the_archive():
    terms = search_terms()
    assert len(terms) == 100
    assert len(set(terms)) == 100
    assert "heron" in " ".join(terms)


@pytest.mark.django_db
def test_every_address_of_every_kind_is_a_distinct_working_page():
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, slug="notes")
    outlet = OutletFactory(name="Saltreach Courier")
    for number in range(25):
        ClippingPageFactory(
            parent=section,
            title=f"Heron count {number}",
            tags=["herons"],
            sources=[{"outlet": outlet, "authors": "Jane Roe"}],
        )
    found = addresses()
    assert set(found) == {"home", "clipping", "listing", "search", "feed"}
    assert len(found["clipping"]) == 25
    # Deep pages only: /page/2/ and /page/3/ of the home page, the section, the tag.
    assert set(found["listing"]) == {
        "/page/2/",
        "/page/3/",
        "/notes/page/2/",
        "/notes/page/3/",
        "/tags/herons/page/2/",
        "/tags/herons/page/3/",
    }
    assert "/tags/herons/feed/" in found["feed"]
    client = Client()
    for kind, paths in found.items():
        assert len(paths) == len(set(paths)), kind
        for path in paths[:30]:
            assert client.get(path).status_code == 200, path


def figures(wordpress: dict | None = None, p99: float = 12.0) -> list[dict]:
    lines = [
        {"bench": "site", "figure": "page", "page": "home", "cache": "cached"}
        | {"req_per_s": 2500.0, "p99_ms": p99},
        {"bench": "site", "figure": "page", "page": "home", "cache": "uncached"}
        | {"req_per_s": 90.0, "p99_ms": 400.0},
        {"bench": "export", "figure": "full export", "value": 30.0, "unit": "s"},
        {"bench": "export", "figure": "incremental export", "value": 1.5, "unit": "s"},
        {"bench": "export", "figure": "hugo build (plain, disk)", "value": 12.0}
        | {"posts": 10000, "unit": "s"},
    ]
    return lines + ([wordpress] if wordpress else [])


def targets(lines: list[str]) -> dict[str, dict]:
    found = [json.loads(line) for line in lines if line.startswith("{")]
    return {target["name"]: target for target in found}


def test_summary_compares_with_the_peers_of_the_same_run():
    wordpress = {"bench": "site", "figure": "wordpress", "page": "home"}
    lines = summarise(figures(wordpress | {"req_per_s": 20.0}))
    found = targets(lines)
    assert found["cached home req/s"]["ratio"] == 125.0
    assert found["cached home req/s"]["met"] is True
    assert found["cached home p99"]["met"] is True
    assert found["uncached home req/s"]["ratio"] == 4.5
    assert found["uncached home req/s"]["met"] is False
    assert found["full export"]["ratio"] == 2.5
    assert found["full export"]["met"] is True
    assert found["incremental export"]["met"] is True
    assert "same run" in found["cached home req/s"]["peer"]
    assert any("NOT met" in line for line in lines)
    assert "4 of 5 targets met" in lines


def test_summary_says_when_wordpress_could_not_run():
    failed = {"bench": "site", "figure": "wordpress", "page": "home", "error": "x"}
    found = targets(summarise(figures(failed, p99=31.0)))
    home = found["cached home req/s"]
    assert home["ratio"] == pytest.approx(2500.0 / QUIET_WORDPRESS_HOME, abs=0.01)
    assert "NOT this run" in home["peer"]
    assert found["cached home p99"]["met"] is False


def test_summary_reads_only_the_json_lines_of_a_log():
    log = ["make[1]: Entering directory", '{"bench": "export", "figure": "x"}', "{bad"]
    assert read_lines(log) == [{"bench": "export", "figure": "x"}]
    assert summarise([]) == ["summary: no site or export figures found"]


def test_memory_is_read_from_proc_and_a_gone_process_counts_nothing():
    rss = vm_rss(os.getpid())
    pss = proc_kib(os.getpid(), "smaps_rollup", "Pss")
    assert 0 < pss <= rss
    assert proc_kib(2**22 + 1, "smaps_rollup", "Pss") == 0


def through_nginx(static_rate: float | None) -> list[dict]:
    site = {"bench": "site", "cache": "cached", "via": "nginx"}
    lines = [
        site
        | {"figure": "page", "page": "home", "req_per_s": 3600.0}
        | {"p99_ms": 30.0, "x_cache": "HIT"},
        site
        | {"figure": "page", "page": "feed", "req_per_s": 3000.0}
        | {"p99_ms": 35.0, "x_cache": "HIT"},
    ]
    if static_rate is not None:
        lines.append(
            {"bench": "site", "figure": "nginx-static", "page": "home"}
            | {"bytes": 21200, "req_per_s": static_rate, "p99_ms": 25.0}
        )
    return lines


def test_summary_compares_nginx_with_nginx_serving_the_same_bytes():
    wordpress = {"bench": "site", "figure": "wordpress", "page": "home"}
    lines = summarise(figures(wordpress | {"req_per_s": 20.0}) + through_nginx(4000.0))
    found = targets(lines)
    edge = found["nginx cached home req/s"]
    assert edge["ratio"] == 0.9
    assert edge["met"] is True
    assert "static file (21200 B), same run" in edge["peer"]
    # The pages through nginx leave the figures of `newsdesk serve` alone.
    assert found["cached home req/s"]["value"] == 2500.0
    assert not any("feed" in name for name in found)
    assert any("through nginx, feed" in line for line in lines)
    assert "5 of 6 targets met" in lines

    slow = targets(summarise(figures() + through_nginx(6000.0)))
    assert slow["nginx cached home req/s"]["ratio"] == 0.6
    assert slow["nginx cached home req/s"]["met"] is False


def test_summary_says_why_nginx_was_not_measured():
    why = "skipped: /usr/sbin/nginx is missing (apt-get install nginx)"
    skipped = {"bench": "site", "figure": "nginx", "error": why}
    edge = targets(summarise([*figures(), skipped]))["nginx cached home req/s"]
    assert edge["met"] is False
    assert edge["peer"] == why
    no_static = targets(summarise(figures() + through_nginx(None)))
    assert "no run" in no_static["nginx cached home req/s"]["peer"]
    assert "nginx cached home req/s" not in targets(summarise(figures()))


def test_summary_prints_the_baseline_beside_today_and_sets_no_target_by_it():
    old = {"bench": "site", "figure": "page", "page": "home", "baseline": "fad4415"}
    baseline = [
        old | {"cache": "cached", "req_per_s": 5000.0, "p99_ms": 9.0},
        old | {"cache": "uncached", "req_per_s": 300.0, "p99_ms": 60.0},
    ]
    lines = summarise(figures(p99=20.0) + baseline)
    assert "fad4415" in " ".join(lines)
    cached = next(line for line in lines if line.startswith("cached home  "))
    assert "2,500.0 req/s" in cached
    assert "5,000.0 req/s" in cached
    assert "0.50x" in cached
    uncached = next(line for line in lines if line.startswith("uncached home  "))
    assert "0.30x" in uncached
    # Targets are set by today's figures alone.
    assert targets(lines)["cached home req/s"]["value"] == 2500.0


def test_summary_says_why_the_baseline_did_not_run():
    failed = {"bench": "site", "figure": "baseline", "baseline": "fad4415"}
    lines = summarise(figures() + [failed | {"error": "uv: not found"}])
    assert any("fad4415" in line and "uv: not found" in line for line in lines)
