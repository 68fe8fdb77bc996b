"""What `make run` does, end to end: migrate, demo, admin login, gunicorn.

Runs the real `newsdesk` command in a fresh var/ folder and talks HTTP to the
real server on 127.0.0.1.
"""

import socket
import sqlite3
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsdesk.tests.processes import (
    child_environment,
    newsdesk_command,
    newsdesk_process,
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def wait_until_serving(base: str, log_path: Path, seconds: int = 180) -> None:
    """Wait for the server's first answer; fail with its output if none comes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(base + "/static/public/css/site.css")
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(
        f"newsdesk start did not serve within {seconds}s:\n{log_path.read_text()}"
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    env = child_environment(var)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env |= {
        "NEWSDESK_BIND": f"127.0.0.1:{port}",
        "NEWSDESK_WORKERS": "1",
        # Never the default 8001, which a developer's `make run` may hold.
        "NEWSDESK_DEMO_OUTLETS_BIND": f"127.0.0.1:{free_port()}",
    }
    log_path = var / "start.log"
    with (
        open(log_path, "w") as log,
        newsdesk_process(env, "start", stdout=log, stderr=log) as server,
    ):
        try:
            wait_until_serving(base, log_path)
            yield {"env": env, "var": var, "base": base, "output": log_path.read_text()}
        finally:
            server.terminate()
            server.wait(timeout=20)


def test_demo_loaded_and_served_by_gunicorn(site):
    assert "Demo ready" in site["output"]
    # Stock gunicorn, threaded workers, configured by gunicorn.conf.py.
    assert "Using worker: gthread" in site["output"]
    status, html, headers = fetch(site["base"] + "/")
    assert status == 200
    assert "Friends of Kestrel Bay" in html
    assert "Page 1 of" in html
    assert "gunicorn" in headers.get("Server", "")


def test_static_files_served_by_whitenoise(site):
    status, css, headers = fetch(site["base"] + "/static/public/css/site.css")
    assert status == 200
    assert ".skip-link" in css
    assert "max-age" in headers.get("Cache-Control", "")


def test_admin_login_page_and_printed_password(site):
    status, html, _ = fetch(site["base"] + "/admin/login/")
    assert status == 200
    password = (site["var"] / "admin-password").read_text().strip()
    assert f"Password: {password}" in site["output"]
    again = newsdesk_command(site["env"], "admin_login")
    assert f"Password: {password}" in again.stdout


def test_styled_404(site):
    status, html, _ = fetch(site["base"] + "/no-such-page/")
    assert status == 404
    assert "Page not found" in html
    assert "skip-link" in html


def test_database_is_sqlite_in_wal_mode_under_var(site):
    database = site["var"] / "newsdesk.sqlite3"
    assert database.exists()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_second_run_keeps_the_site(site):
    again = newsdesk_command(site["env"], "start", "--no-serve")
    assert "No migrations to apply" in again.stdout
    assert "already has content" in again.stdout
    assert "Demo ready" not in again.stdout
    secret = (site["var"] / "secret-key").read_text()
    assert len(secret.strip()) >= 50
