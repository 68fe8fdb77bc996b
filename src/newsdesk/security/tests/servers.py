"""Real servers on loopback addresses for the outbound tests.

Linux routes all of 127.0.0.0/8 to this machine, so a server on 127.0.0.2
stands in for a public site when only 127.0.0.2/32 is allowed, and one on
127.0.0.1 for the server's own network.
"""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, dict[str, str], bytes]


@dataclass
class Served:
    """A running server: its base URL and the paths it was asked for."""

    base: str
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """Return the absolute URL of `path` on this server."""
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.served.requests.append(self.path)  # type: ignore[attr-defined]
        routes = self.server.routes  # type: ignore[attr-defined]
        status, headers, body = routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet."""


@contextmanager
def http_server(host: str, routes: dict[str, Route]) -> Iterator[Served]:
    """Serve `routes` (path: status, headers, body) on `host`, any free port."""
    server = ThreadingHTTPServer((host, 0), _Handler)
    server.routes = routes  # type: ignore[attr-defined]
    server.served = Served(base=f"http://{host}:{server.server_address[1]}")  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.served  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def dripping_server(*, interval: float, lines: int) -> Iterator[str]:
    """Answer with a status line, then one header line per `interval`.

    The headers never end before `lines` lines: a client without a total
    deadline waits `interval * lines` seconds. /robots.txt gets a quick 404.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()

    def answer(connection: socket.socket) -> None:
        request = connection.recv(65536)
        if request.startswith(b"GET /robots.txt "):
            # Connection: close, or the client may send the page's request
            # on this connection just as it is closed.
            connection.sendall(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                b"Connection: close\r\n\r\n"
            )
            return
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        for n in range(lines):
            if stop.wait(interval):
                return
            connection.sendall(f"X-Drip-{n}: {n}\r\n".encode())
        connection.sendall(b"Content-Length: 0\r\n\r\n")

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with connection:
                try:
                    answer(connection)
                except OSError:
                    pass  # the client hung up: what a deadline does

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def free_port() -> int:
    """Return a port on 127.0.0.1 with nothing listening (closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
