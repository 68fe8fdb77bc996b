"""Debian's nginx for `make bench-site`: the shipped config and a static file.

`Nginx` runs /usr/sbin/nginx in the foreground with its own prefix, pid,
logs, cache and temporary folders inside the bench's folder. Its http block
holds two servers: docs/deploy/nginx.conf as shipped, but for its listen
port, its upstream (the running `newsdesk serve`) and its cache folder (the
same substitutions as src/newsdesk/public/tests/test_nginx.py), and a plain
server of files (`root`, `try_files`, no proxy), the peer of the cached pages.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

from .site_wrk import free_port

NGINX = Path("/usr/sbin/nginx")
SHIPPED = Path(__file__).resolve().parents[1] / "docs" / "deploy" / "nginx.conf"
TEMP_KINDS = ("body", "proxy", "fastcgi", "uwsgi", "scgi")


def missing() -> str:
    """Return why nginx cannot be measured here, or "" when it can."""
    if not NGINX.exists():
        return f"skipped: {NGINX} is missing (apt-get install nginx)"
    if not SHIPPED.exists():
        return f"skipped: {SHIPPED} is missing"
    return ""


def shipped_server(*, folder: Path, port: int, upstream: str) -> str:
    """Return the shipped config, moved to `port`, `upstream` and `folder`."""
    text = SHIPPED.read_text()
    replaced = {
        "server 127.0.0.1:8000;": f"server {upstream};",
        "/var/cache/nginx/newsdesk": str(folder / "cache"),
        "listen 80;": f"listen 127.0.0.1:{port};",
        "listen [::]:80;": "",
    }
    for old, new in replaced.items():
        if old not in text:
            raise RuntimeError(f"{old!r} no longer in {SHIPPED}")
        text = text.replace(old, new)
    return text


def static_server(*, port: int, root: Path) -> str:
    """Return a server block answering the files under `root`, nothing more."""
    return f"""
server {{
    listen 127.0.0.1:{port};
    root {root};
    default_type text/html;
    location / {{
        try_files $uri $uri/index.html =404;
    }}
}}
"""


def main_config(folder: Path) -> str:
    """Return the main config: Debian's stock http settings, both servers."""
    # Run as root, nginx's workers would be another user, shut out of the
    # bench's private folder: let them be this user.
    user = "user root;" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {name}_temp_path {folder / name};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""
{user}
worker_processes auto;
events {{ worker_connections 768; }}
http {{
    sendfile on;
    tcp_nopush on;
    access_log off;
{temp}
    include {folder / "shipped.conf"};
    include {folder / "static.conf"};
}}
"""


class Nginx:
    """Debian's nginx in front of `upstream`, and beside it a static server."""

    def __init__(self, folder: Path, *, upstream: str) -> None:
        self.folder = folder
        self.upstream = upstream
        self.port = free_port()
        self.static_port = free_port()
        self.root = folder / "static"
        self.log = folder / "error.log"

    def __enter__(self) -> Nginx:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.root.mkdir(exist_ok=True)
        shipped = shipped_server(
            folder=self.folder, port=self.port, upstream=self.upstream
        )
        (self.folder / "shipped.conf").write_text(shipped)
        static = static_server(port=self.static_port, root=self.root)
        (self.folder / "static.conf").write_text(static)
        (self.folder / "nginx.conf").write_text(main_config(self.folder))
        settings = f"daemon off; pid {self.folder / 'nginx.pid'}; "
        settings += f"error_log {self.log} warn;"
        command = [str(NGINX), "-e", str(self.log), "-p", str(self.folder)]
        command += ["-c", str(self.folder / "nginx.conf"), "-g", settings]
        self.process = subprocess.Popen(  # noqa: S603 - Debian's nginx, our config
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            self.wait_ready()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def static_url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.static_port}{path}"

    def wait_ready(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx stopped: {self.error_log()}")
            try:
                for port in (self.port, self.static_port):
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"nginx did not listen: {self.error_log()}")

    def error_log(self) -> str:
        return self.log.read_text()[-500:] if self.log.exists() else "(no log)"
