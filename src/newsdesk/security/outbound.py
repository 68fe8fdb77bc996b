"""The guarded outbound client: every request the product makes to another host.

Feeds, articles, clip-a-URL, robots.txt and the WordPress REST and media
downloads all come through `GuardedClient.get`, and the machine translation
service through `GuardedClient.post`, which

- refuses any scheme but http and https, and addresses without a host;
- resolves the host once (`socket.getaddrinfo`), refuses the connection when
  any address it resolves to is inside the server's network (loopback,
  private, link-local and cloud metadata, CGNAT, multicast, reserved,
  unspecified, and the IPv4-mapped IPv6 forms of these) unless a network
  of `addresses.AddressPolicy` allows it, and connects to the address it
  checked;
- follows the redirects of a GET itself, each hop checked the same way;
- holds one deadline from the first connect to the last byte, headers
  included, so a server that drips its answer cannot hold a worker;
- caps the body on the wire and after gzip/deflate decompression.

Why httpcore's network backend: httpcore documents a custom `NetworkBackend`
("handling non-standard SSL or DNS requirements", docs/network-backends.md)
handed to `httpcore.ConnectionPool(network_backend=...)`. Its `connect_tcp`
is the one place a connection is opened, so checking the resolved addresses
there and connecting to exactly those leaves no second lookup for DNS
rebinding to switch, covers every redirect hop and keeps the URL, the Host
header and TLS (SNI and certificate checks) on the real host name. The same
backend wraps each stream, whose reads and writes get the time left before
the deadline: httpx's own timeouts apply per read, which a dripping server
defeats, and httpx has no documented way to take a network backend.
"""

from __future__ import annotations

import contextvars
import logging
import socket
import ssl
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpcore

from .addresses import AddressPolicy, parse_ip

log = logging.getLogger(__name__)

REFUSED = "addresses inside the server's network are not fetched"
REDIRECTS = {301, 302, 303, 307, 308}
DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters a request target may carry as they are; the rest is %-encoded.
PATH_SAFE = "/%:@!$&'()*+,;=-._~"
QUERY_SAFE = PATH_SAFE + "?"
# The deadline of the request running in this thread (time.monotonic()).
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "newsdesk_outbound_deadline", default=None
)


class OutboundError(Exception):
    """A request that did not complete; the message is a plain reason."""


class AddressRefused(OutboundError):
    """The address is inside the server's network (the same words, any port)."""

    def __init__(self) -> None:
        super().__init__(REFUSED)


class InvalidAddress(OutboundError):
    """The address is not a web address that can be fetched."""


class TooManyRedirects(OutboundError):
    """The redirects went on past the limit."""


class BodyTooLarge(OutboundError):
    """The body, raw or decompressed, passed the size cap."""


class OutboundTimeout(OutboundError):
    """The deadline passed before the last byte."""


# --- the network backend: resolve once, check, connect to what was checked ----


def _budget(timeout: float | None, error: type[Exception]) -> float | None:
    """Return `timeout` cut to the time left before this request's deadline."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("total time limit reached")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self.stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, _budget(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, _budget(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self.stream = self.stream.start_tls(
            ssl_context,
            server_hostname=server_hostname,
            timeout=_budget(timeout, httpcore.ConnectTimeout),
        )
        return self

    def get_extra_info(self, info: str) -> Any:
        return self.stream.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Open TCP connections only to resolved addresses the policy permits."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self.backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in self.resolve(host, port):
            try:
                stream = self.backend.connect_tcp(
                    address,
                    port,
                    timeout=_budget(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream)
        raise error

    def resolve(self, host: str, port: int) -> list[str]:
        """Return every address `host` resolves to, all checked, or refuse."""
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise OutboundError(f"the host name {host} could not be found") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        refused = [a for a in addresses if not self.policy.permits(parse_ip(a))]
        if refused:
            log.info(
                "outbound address refused host=%s addresses=%s",
                host,
                ",".join(refused),
                extra={"host": host, "addresses": refused},
            )
            raise AddressRefused
        return addresses

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


# --- the client --------------------------------------------------------------


@dataclass(frozen=True)
class OutboundLimits:
    """Time, size and redirect limits; `from_settings()` reads NEWSDESK."""

    user_agent: str = "newsdesk"
    connect_timeout: float = 10.0
    total_timeout: float = 30.0
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024

    @classmethod
    def from_settings(cls, **overrides: Any) -> OutboundLimits:
        """Return the FETCH_* limits of the NEWSDESK settings, with `overrides`."""
        from newsdesk.conf import get

        values = {
            "user_agent": get("FETCH_USER_AGENT"),
            "connect_timeout": get("FETCH_CONNECT_TIMEOUT"),
            "total_timeout": get("FETCH_TOTAL_TIMEOUT"),
            "max_redirects": get("FETCH_MAX_REDIRECTS"),
            "max_bytes": get("FETCH_MAX_BYTES"),
        }
        return cls(**{**values, **overrides})


@dataclass(frozen=True)
class OutboundResponse:
    """A complete answer: the last address asked, status, raw headers, body."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    http_version: str
    reason: str
    body: bytes = b""

    def header(self, name: str) -> str:
        """Return the first value of header `name` (any case), or ""."""
        wanted = name.lower()
        return next((v for n, v in self.headers if n.lower() == wanted), "")


class GuardedClient:
    """GET web addresses through the guarded backend, within `limits`."""

    def __init__(
        self,
        *,
        limits: OutboundLimits | None = None,
        policy: AddressPolicy | None = None,
    ) -> None:
        self.limits = limits or OutboundLimits.from_settings()
        self.policy = policy or AddressPolicy.from_settings()
        self.pool = httpcore.ConnectionPool(network_backend=GuardedBackend(self.policy))

    def close(self) -> None:
        """Close every open connection."""
        self.pool.close()

    def __enter__(self) -> GuardedClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, headers: dict[str, str] | None = None
    ) -> OutboundResponse:
        """GET `url`, following checked redirects; raise `OutboundError`."""
        return self._guarded(lambda: self._follow(url, headers or {}))

    def post(
        self, url: str, *, body: bytes, headers: dict[str, str] | None = None
    ) -> OutboundResponse:
        """POST `body` to `url`; raise `OutboundError`.

        A redirect comes back as the answer, not followed: re-sending a body
        to another address is the caller's decision (a translation service
        that redirects is misconfigured, not moved).
        """
        return self._guarded(
            lambda: self._exchange("POST", url, headers or {}, body=body)[0]
        )

    def _guarded(self, send: Callable[[], OutboundResponse]) -> OutboundResponse:
        """Run `send` within the total deadline, its failures as `OutboundError`."""
        token = _deadline.set(time.monotonic() + self.limits.total_timeout)
        try:
            return send()
        except httpcore.TimeoutException as exc:
            raise OutboundTimeout(f"timed out ({type(exc).__name__})") from None
        except (
            httpcore.NetworkError,
            httpcore.ProtocolError,
            httpcore.UnsupportedProtocol,
        ) as exc:
            raise OutboundError(f"{type(exc).__name__}: {exc}") from None
        finally:
            _deadline.reset(token)

    def _follow(self, url: str, headers: dict[str, str]) -> OutboundResponse:
        for _ in range(self.limits.max_redirects + 1):
            answer, location = self._exchange("GET", url, headers)
            if location is None:
                return answer
            url = location
        raise TooManyRedirects(f"more than {self.limits.max_redirects} redirects")

    def _exchange(
        self, method: str, url: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[OutboundResponse, str | None]:
        """Send one request; return the answer, or a redirect's next address."""
        target, host = request_target(url)
        sent = {
            "Host": host,
            "User-Agent": self.limits.user_agent,
            "Accept-Encoding": "gzip, deflate",
            **headers,
        }
        if method != "GET":
            sent["Content-Length"] = str(len(body))
        timeouts = {
            "connect": self.limits.connect_timeout,
            "read": self.limits.total_timeout,
            "write": self.limits.total_timeout,
            "pool": self.limits.total_timeout,
        }
        with self.pool.stream(
            method,
            target,
            # Validators come back as the server sent them (latin-1).
            headers=[
                (name.encode("latin-1"), value.encode("latin-1", "replace"))
                for name, value in sent.items()
            ],
            content=body if method != "GET" else None,
            extensions={"timeout": timeouts},
        ) as response:
            answer = _answer(url, response)
            location = answer.header("Location")
            if method == "GET" and answer.status in REDIRECTS and location:
                return answer, urljoin(url, location.strip())
            body = b"" if answer.status == 304 else self._read(response, answer)
        return replace(answer, body=body), None

    def _read(self, response: httpcore.Response, answer: OutboundResponse) -> bytes:
        cap = self.limits.max_bytes
        too_large = f"body larger than {cap} bytes"
        decode = _decoder(answer.header("Content-Encoding"), too_large)
        raw_size, size, chunks = 0, 0, []
        for raw in response.iter_stream():
            raw_size += len(raw)
            if raw_size > cap:
                raise BodyTooLarge(too_large)
            chunk = decode(raw, cap - size + 1)
            size += len(chunk)
            if size > cap:
                raise BodyTooLarge(too_large)
            chunks.append(chunk)
        return b"".join(chunks)


def request_target(url: str) -> tuple[httpcore.URL, str]:
    """Return the httpcore URL and Host header for `url`, or refuse it."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InvalidAddress(f"not a valid address: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise InvalidAddress("not a web address: only http and https are fetched")
    if not parts.hostname:
        raise InvalidAddress("not a valid address: it names no host")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidAddress(f"not a valid host name: {parts.hostname}") from None
    path = quote(parts.path or "/", safe=PATH_SAFE)
    query = "?" + quote(parts.query, safe=QUERY_SAFE) if parts.query else ""
    target = httpcore.URL(scheme=scheme, host=host, port=port, target=path + query)
    shown = f"[{host}]" if ":" in host else host
    if port and port != DEFAULT_PORTS[scheme]:
        shown = f"{shown}:{port}"
    return target, shown


def _answer(url: str, response: httpcore.Response) -> OutboundResponse:
    extensions = response.extensions
    return OutboundResponse(
        url=url,
        status=response.status,
        # The raw pairs keep the server's order, repeats and spelling.
        headers=tuple(
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in response.headers
        ),
        http_version=bytes(extensions.get("http_version", b"")).decode("latin-1"),
        reason=bytes(extensions.get("reason_phrase", b"")).decode("latin-1"),
    )


def _decoder(encoding: str, too_large: str) -> Callable[[bytes, int], bytes]:
    """Return a function that decompresses one chunk, at most `limit` bytes."""
    encoding = encoding.strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return lambda data, limit: data
    # 32 + MAX_WBITS accepts gzip and zlib headers alike.
    inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)

    def decode(data: bytes, limit: int) -> bytes:
        try:
            out = inflater.decompress(data, limit)
        except zlib.error as exc:
            raise OutboundError(f"the body could not be decompressed: {exc}") from None
        if inflater.unconsumed_tail:
            raise BodyTooLarge(too_large)
        return out

    return decode
