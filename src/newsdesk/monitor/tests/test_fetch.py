import gzip
import time

import pytest
from werkzeug import Response

from newsdesk.monitor.fetch import (
    FetchConfig,
    Fetcher,
    FetchResult,
    PollSchedule,
    next_interval,
    parse_max_age,
    parse_retry_after,
)
from newsdesk.security.outbound import REFUSED
from newsdesk.security.tests.servers import dripping_server, free_port, http_server

FEED = b"<rss version='2.0'><channel><title>Saltreach Courier</title></channel></rss>"


@pytest.fixture
def fetcher():
    config = FetchConfig(
        user_agent="newsdesk-test",
        connect_timeout=1.0,
        total_timeout=1.0,
        max_bytes=64 * 1024,
        host_delay=0.0,
    )
    with Fetcher(config=config) as fetcher:
        yield fetcher


@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def test_first_fetch_returns_body_validators_and_hash(server, fetcher):
    server.expect_request("/feed").respond_with_data(
        FEED, headers={"ETag": '"v1"', "Last-Modified": "Sun, 22 Nov 2026 10:00:00 GMT"}
    )
    result = fetcher.fetch(server.url_for("/feed"))
    assert result.ok and result.status == 200
    assert result.body == FEED
    assert result.etag == '"v1"'
    assert result.last_modified == "Sun, 22 Nov 2026 10:00:00 GMT"
    assert len(result.sha256) == 64


def test_validators_are_sent_back_and_304_means_not_modified(server, fetcher):
    server.expect_request(
        "/feed",
        headers={
            "If-None-Match": '"v1"',
            "If-Modified-Since": "Sun, 22 Nov 2026 10:00:00 GMT",
        },
    ).respond_with_data("", status=304)
    server.expect_request("/feed").respond_with_data(FEED)
    result = fetcher.fetch(
        server.url_for("/feed"),
        etag='"v1"',
        last_modified="Sun, 22 Nov 2026 10:00:00 GMT",
    )
    assert result.ok and result.not_modified and result.body == b""


def test_same_validators_different_body_gives_a_different_hash(server, fetcher):
    bodies = [FEED, FEED + b"<!-- changed -->"]

    def serve(request):
        return Response(bodies.pop(0), headers={"ETag": '"same"'})

    server.expect_request("/feed").respond_with_handler(serve)
    first = fetcher.fetch(server.url_for("/feed"))
    second = fetcher.fetch(server.url_for("/feed"))
    assert first.etag == second.etag == '"same"'
    assert first.sha256 != second.sha256


def test_redirects_are_followed_up_to_five(server, fetcher):
    for n in range(5):
        server.expect_request(f"/r{n}").respond_with_data(
            "", status=301, headers={"Location": f"/r{n + 1}"}
        )
    server.expect_request("/r5").respond_with_data(FEED)
    result = fetcher.fetch(server.url_for("/r0"))
    assert result.ok and result.final_url.endswith("/r5")


def test_a_redirect_loop_is_an_error_not_an_exception(server, fetcher):
    server.expect_request("/a").respond_with_data("", 302, {"Location": "/b"})
    server.expect_request("/b").respond_with_data("", 302, {"Location": "/a"})
    result = fetcher.fetch(server.url_for("/a"))
    assert not result.ok
    assert "redirects" in result.error


def test_an_oversize_body_is_refused(server, fetcher):
    server.expect_request("/big").respond_with_data(b"x" * (65 * 1024))
    result = fetcher.fetch(server.url_for("/big"))
    assert not result.ok and "larger than" in result.error


def test_a_gzip_bomb_stops_at_the_cap(server, fetcher):
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    server.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}
    )
    result = fetcher.fetch(server.url_for("/bomb"))
    assert not result.ok and "larger than" in result.error


def test_gzip_bodies_are_decompressed(server, fetcher):
    server.expect_request("/gz").respond_with_data(
        gzip.compress(FEED), headers={"Content-Encoding": "gzip"}
    )
    assert fetcher.fetch(server.url_for("/gz")).body == FEED


def test_the_raw_headers_status_line_and_version_are_kept_in_order(server, fetcher):
    packed = gzip.compress(FEED)
    server.expect_request("/page").respond_with_response(
        Response(
            packed,
            status=200,
            headers=[
                ("X-Desk-Test", "1"),
                ("Set-Cookie", "a=1"),
                ("Content-Encoding", "gzip"),
                ("Set-Cookie", "b=2"),
            ],
        )
    )
    result = fetcher.fetch(server.url_for("/page"))
    assert result.body == FEED
    # Werkzeug's test server answers in HTTP/1.0: the version is the server's.
    assert (result.http_version, result.status, result.reason) == (
        "HTTP/1.0",
        200,
        "OK",
    )
    sent = [(n, v) for n, v in result.headers if n in ("X-Desk-Test", "Set-Cookie")]
    assert sent == [("X-Desk-Test", "1"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
    assert ("Content-Encoding", "gzip") in result.headers
    assert ("Content-Length", str(len(packed))) in result.headers


def test_a_slow_server_times_out(server, fetcher):
    def slow(request):
        time.sleep(1.5)
        return Response(FEED)

    server.expect_request("/slow").respond_with_handler(slow)
    result = fetcher.fetch(server.url_for("/slow"))
    assert not result.ok and "timed out" in result.error


def test_robots_txt_disallow_is_respected(httpserver, fetcher):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n"
    )
    httpserver.expect_request("/private/feed").respond_with_data(FEED)
    httpserver.expect_request("/public/feed").respond_with_data(FEED)
    blocked = fetcher.fetch(httpserver.url_for("/private/feed"))
    assert not blocked.ok and "robots.txt" in blocked.error
    assert fetcher.fetch(httpserver.url_for("/public/feed")).ok
    robots_requests = [r for r, _ in httpserver.log if r.path == "/robots.txt"]
    assert len(robots_requests) == 1  # cached per host


def test_user_agent_is_sent(server, fetcher):
    server.expect_request(
        "/ua", headers={"User-Agent": "newsdesk-test"}
    ).respond_with_data(FEED)
    assert fetcher.fetch(server.url_for("/ua")).ok


def test_429_keeps_retry_after(server, fetcher):
    server.expect_request("/busy").respond_with_data(
        "", status=429, headers={"Retry-After": "7200"}
    )
    result = fetcher.fetch(server.url_for("/busy"))
    assert not result.ok and result.error == "HTTP 429"
    assert result.retry_after == 7200


def test_requests_to_one_host_are_paced():
    now = [100.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(
        config=FetchConfig(host_delay=2.0), clock=lambda: now[0], sleep=sleep
    )
    fetcher._pace("http://a.example/1")
    now[0] += 0.5
    fetcher._pace("http://a.example/2")
    fetcher._pace("http://b.example/1")
    assert slept == [1.5]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("120", 120), ("", None), ("soon", None), ("Thu, 01 Jan 1970 00:10:00 GMT", 600)],
)
def test_parse_retry_after(value, seconds):
    assert parse_retry_after(value, now=0) == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("max-age=600", 600),
        ("public, max-age=60, must-revalidate", 60),
        ("no-cache", None),
    ],
)
def test_parse_max_age(value, seconds):
    assert parse_max_age(value) == seconds


SCHEDULE = PollSchedule(minimum=300, maximum=86400, default=3600, max_backoff=604800)
OK = FetchResult(url="u", status=200)


@pytest.mark.parametrize(
    ("seen", "new", "failures", "result", "expected"),
    [
        (10, 8, 0, OK, 1800),  # mostly new: twice as often
        (10, 3, 0, OK, 3600),  # some new: unchanged
        (10, 0, 0, OK, 5400),  # nothing new: less often
        (0, 0, 1, OK, 3600),  # first failure: default
        (0, 0, 3, OK, 14400),  # backoff doubles
        (0, 0, 40, OK, 604800),  # never past the maximum backoff, never dropped
        (10, 8, 0, FetchResult(url="u", status=200, max_age=7200), 7200),
        (0, 0, 1, FetchResult(url="u", status=429, retry_after=99999), 99999),
    ],
)
def test_next_interval(seen, new, failures, result, expected):
    got = next_interval(
        current=3600,
        seen=seen,
        new=new,
        failures=failures,
        result=result,
        schedule=SCHEDULE,
    )
    assert got == expected


def test_interval_stays_within_bounds():
    fast = next_interval(
        current=400, seen=10, new=10, failures=0, result=OK, schedule=SCHEDULE
    )
    slow = next_interval(
        current=80000, seen=10, new=0, failures=0, result=OK, schedule=SCHEDULE
    )
    assert (fast, slow) == (300, 86400)


@pytest.mark.parametrize(
    "url", ["http://[::1", "ftp://x.example/feed", "http://", "not a url"]
)
def test_bad_addresses_are_errors_not_exceptions(fetcher, url):
    result = fetcher.fetch(url)
    assert not result.ok and result.error


def test_a_server_dripping_headers_is_cut_at_the_deadline(fetcher):
    with dripping_server(interval=0.2, lines=50) as url:
        started = time.monotonic()
        result = fetcher.fetch(url)
        elapsed = time.monotonic() - started
    assert not result.ok and "timed out" in result.error
    assert elapsed < 2.5  # total_timeout is 1 s; the drip would last 10 s


@pytest.fixture
def nothing_internal(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_ALLOWED_NETWORKS": []}


def test_the_servers_own_network_is_not_fetched(server, fetcher, nothing_internal):
    server.expect_request("/admin").respond_with_data("internal secret")
    opened = fetcher.fetch(server.url_for("/admin"))
    closed = fetcher.fetch(f"http://127.0.0.1:{free_port()}/admin")
    assert not opened.ok and not opened.body
    assert opened.error == closed.error == REFUSED
    assert server.log == []


def test_a_redirect_into_the_servers_network_is_not_followed(server, fetcher, settings):
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "FETCH_ALLOWED_NETWORKS": ["127.0.0.2/32"],
    }
    server.expect_request("/admin").respond_with_data("internal secret")
    hop = {"Location": server.url_for("/admin")}
    with http_server("127.0.0.2", {"/feed": (302, hop, b"")}) as public:
        result = fetcher.fetch(public.url("/feed"))
    assert (result.error, result.body) == (REFUSED, b"")
    assert server.log == []
