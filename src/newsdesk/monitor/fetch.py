"""Fetch feeds and pages politely, within limits, and never raise on the network.

One `Fetcher` per polling run: it keeps the HTTP client, the robots.txt
rules per host and the time of the last request per host (for pacing).
Bodies are read raw and decompressed here, with a cap on both the bytes on
the wire and the bytes after decompression, so a gzip bomb stops early.
"""

from __future__ import annotations

import hashlib
import logging
import time
import urllib.robotparser
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    """The body, raw or decompressed, passed the size cap."""


@dataclass(frozen=True)
class FetchConfig:
    """Limits and manners for fetching; `from_settings()` reads NEWSDESK."""

    user_agent: str = "newsdesk"
    connect_timeout: float = 10.0
    total_timeout: float = 30.0
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024
    host_delay: float = 1.0

    @classmethod
    def from_settings(cls) -> FetchConfig:
        """Return the configuration in the NEWSDESK settings dict."""
        from newsdesk.conf import get

        return cls(
            user_agent=get("FETCH_USER_AGENT"),
            connect_timeout=get("FETCH_CONNECT_TIMEOUT"),
            total_timeout=get("FETCH_TOTAL_TIMEOUT"),
            max_redirects=get("FETCH_MAX_REDIRECTS"),
            max_bytes=get("FETCH_MAX_BYTES"),
            host_delay=get("FETCH_HOST_DELAY"),
        )


@dataclass(frozen=True)
class FetchResult:
    """What one GET brought back; `error` is set instead of raising."""

    url: str
    final_url: str = ""
    status: int | None = None
    body: bytes = b""
    sha256: str = ""
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""
    not_modified: bool = False
    retry_after: int | None = None
    max_age: int | None = None
    error: str = ""
    http_version: str = ""
    reason: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.error and (self.not_modified or self.status == 200)


@dataclass
class Fetcher:
    """Fetch URLs with one client, robots.txt per host and per-host pacing."""

    config: FetchConfig = field(default_factory=FetchConfig)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(
        default_factory=dict
    )
    _last_request: dict[str, float] = field(default_factory=dict)
    _client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                follow_redirects=True,
                max_redirects=self.config.max_redirects,
                timeout=httpx.Timeout(
                    self.config.total_timeout, connect=self.config.connect_timeout
                ),
                headers={
                    "User-Agent": self.config.user_agent,
                    "Accept-Encoding": "gzip, deflate",
                },
            )
        return self._client

    def close(self) -> None:
        """Close the HTTP client."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(
        self, url: str, *, etag: str = "", last_modified: str = ""
    ) -> FetchResult:
        """GET `url`, conditionally when validators are given; never raise."""
        try:
            if not self.allowed(url):
                return FetchResult(url=url, error="robots.txt disallows this address")
        except ValueError as exc:
            return FetchResult(url=url, error=f"not a valid address: {exc}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers)

    def allowed(self, url: str) -> bool:
        """Tell whether the host's robots.txt lets this user agent fetch `url`."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._load_robots(host)
        rules = self._robots[host]
        return rules is None or rules.can_fetch(self.config.user_agent, url)

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        # No robots.txt, or one that cannot be read, allows everything.
        result = self._get(f"{host}/robots.txt", {})
        if result.error or result.status != 200:
            return None
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(result.body.decode("utf-8", "replace").splitlines())
        return rules

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = self.config.host_delay - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _get(self, url: str, headers: dict[str, str]) -> FetchResult:
        self._pace(url)
        try:
            return self._stream(url, headers)
        except httpx.TooManyRedirects:
            error = f"more than {self.config.max_redirects} redirects"
        except httpx.TimeoutException as exc:
            error = f"timed out ({type(exc).__name__})"
        except BodyTooLarge:
            error = f"body larger than {self.config.max_bytes} bytes"
        except (httpx.HTTPError, httpx.InvalidURL, zlib.error, ValueError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        log.info(
            "fetch failed url=%s error=%s",
            url,
            error,
            extra={"url": url, "error": error},
        )
        return FetchResult(url=url, error=error)

    def _stream(self, url: str, headers: dict[str, str]) -> FetchResult:
        deadline = self.clock() + self.config.total_timeout
        with self.client.stream("GET", url, headers=headers) as response:
            base = _response_fields(url, response)
            if response.status_code == 304:
                return FetchResult(**base, not_modified=True)
            body = self._read(response, deadline)
        error = "" if response.status_code == 200 else f"HTTP {response.status_code}"
        digest = hashlib.sha256(body).hexdigest()
        return FetchResult(**base, body=body, sha256=digest, error=error)

    def _read(self, response: httpx.Response, deadline: float) -> bytes:
        cap = self.config.max_bytes
        decoder = _decoder(response.headers.get("Content-Encoding", ""))
        raw_size, chunks, size = 0, [], 0
        for raw in response.iter_raw():
            raw_size += len(raw)
            if raw_size > cap:
                raise BodyTooLarge
            if self.clock() > deadline:
                raise httpx.ReadTimeout("total time limit reached")
            chunk = decoder(raw, cap - size + 1)
            size += len(chunk)
            if size > cap:
                raise BodyTooLarge
            chunks.append(chunk)
        return b"".join(chunks)


def _decoder(encoding: str) -> Callable[[bytes, int], bytes]:
    """Return a function that decompresses one chunk, at most `limit` bytes."""
    encoding = encoding.strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return lambda data, limit: data
    # 32 + MAX_WBITS accepts gzip and zlib headers alike.
    inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)

    def decode(data: bytes, limit: int) -> bytes:
        out = inflater.decompress(data, limit)
        if inflater.unconsumed_tail:
            raise BodyTooLarge
        return out

    return decode


def _response_fields(url: str, response: httpx.Response) -> dict[str, Any]:
    headers = response.headers
    return {
        "url": url,
        "final_url": str(response.url),
        "status": response.status_code,
        "etag": headers.get("ETag", ""),
        "last_modified": headers.get("Last-Modified", ""),
        "content_type": headers.get("Content-Type", ""),
        "retry_after": parse_retry_after(headers.get("Retry-After", "")),
        "max_age": parse_max_age(headers.get("Cache-Control", "")),
        "http_version": response.http_version,
        "reason": response.reason_phrase,
        # The raw pairs keep the server's order, repeats and spelling.
        "headers": tuple(
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in headers.raw
        ),
    }


def parse_retry_after(value: str, *, now: float | None = None) -> int | None:
    """Return Retry-After in seconds, from a number or an HTTP date."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0, int(when - (time.time() if now is None else now)))


def parse_max_age(value: str) -> int | None:
    """Return the max-age of a Cache-Control header, in seconds."""
    for directive in value.split(","):
        name, _, number = directive.strip().partition("=")
        if name.lower() == "max-age" and number.strip().isdigit():
            return int(number.strip())
    return None


@dataclass(frozen=True)
class PollSchedule:
    """Bounds for the time between two polls of a feed, in seconds."""

    minimum: int = 300
    maximum: int = 86400
    default: int = 3600
    max_backoff: int = 7 * 86400

    @classmethod
    def from_settings(cls) -> PollSchedule:
        """Return the bounds in the NEWSDESK settings dict."""
        from newsdesk.conf import get

        return cls(
            minimum=get("POLL_MIN_INTERVAL"),
            maximum=get("POLL_MAX_INTERVAL"),
            default=get("POLL_DEFAULT_INTERVAL"),
            max_backoff=get("POLL_MAX_BACKOFF"),
        )


def next_interval(
    *,
    current: int,
    seen: int,
    new: int,
    failures: int,
    result: FetchResult,
    schedule: PollSchedule,
) -> int:
    """Return the seconds until the next poll.

    Failing feeds back off exponentially (never dropped); feeds that bring
    mostly new links are polled more often, mostly known ones less. The
    server's Retry-After and Cache-Control max-age are lower bounds.
    """
    if failures:
        interval = min(
            schedule.default * 2 ** min(failures - 1, 20), schedule.max_backoff
        )
    else:
        interval = _adapt(current or schedule.default, seen=seen, new=new)
        interval = max(schedule.minimum, min(interval, schedule.maximum))
    floors = [x for x in (result.retry_after, result.max_age) if x is not None]
    return max([interval, *floors])


def _adapt(current: int, *, seen: int, new: int) -> int:
    if seen == 0 or new == 0:
        return int(current * 1.5)
    if new * 2 > seen:
        return current // 2
    return current
