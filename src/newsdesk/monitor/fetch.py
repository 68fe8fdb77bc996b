"""Fetch feeds and pages politely, within limits, and never raise on the network.

One `Fetcher` per polling run: it keeps the guarded outbound client
(`newsdesk.security.outbound`: address checks, redirects, one deadline for
the whole answer, size caps on the wire and after decompression), the
robots.txt rules per host and the time of the last request per host (for
pacing).
"""

from __future__ import annotations

import hashlib
import logging
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from newsdesk.security.addresses import AddressPolicy
from newsdesk.security.outbound import (
    GuardedClient,
    OutboundError,
    OutboundLimits,
    OutboundResponse,
)

log = logging.getLogger(__name__)


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

    @property
    def limits(self) -> OutboundLimits:
        """Return the limits the outbound client applies."""
        return OutboundLimits(
            user_agent=self.user_agent,
            connect_timeout=self.connect_timeout,
            total_timeout=self.total_timeout,
            max_redirects=self.max_redirects,
            max_bytes=self.max_bytes,
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
    """Fetch URLs with one client, robots.txt per host and per-host pacing.

    `policy` says which internal networks may be fetched; by default
    NEWSDESK['FETCH_ALLOWED_NETWORKS'].
    """

    config: FetchConfig = field(default_factory=FetchConfig)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    policy: AddressPolicy | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(
        default_factory=dict
    )
    _last_request: dict[str, float] = field(default_factory=dict)
    _client: GuardedClient | None = None

    @property
    def client(self) -> GuardedClient:
        if self._client is None:
            self._client = GuardedClient(
                limits=self.config.limits,
                policy=self.policy or AddressPolicy.from_settings(),
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
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return True  # the client refuses it, with the reason
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
            response = self.client.get(url, headers=headers)
        except OutboundError as exc:
            error = str(exc)
            log.info(
                "fetch failed url=%s error=%s",
                url,
                error,
                extra={"url": url, "error": error},
            )
            return FetchResult(url=url, error=error)
        return _result(url, response)


def _result(url: str, response: OutboundResponse) -> FetchResult:
    status = response.status
    fields: dict[str, Any] = {
        "url": url,
        "final_url": response.url,
        "status": status,
        "etag": response.header("ETag"),
        "last_modified": response.header("Last-Modified"),
        "content_type": response.header("Content-Type"),
        "retry_after": parse_retry_after(response.header("Retry-After")),
        "max_age": parse_max_age(response.header("Cache-Control")),
        "http_version": response.http_version,
        "reason": response.reason,
        "headers": response.headers,
    }
    if status == 304:
        return FetchResult(**fields, not_modified=True)
    return FetchResult(
        **fields,
        body=response.body,
        sha256=hashlib.sha256(response.body).hexdigest(),
        error="" if status == 200 else f"HTTP {status}",
    )


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
