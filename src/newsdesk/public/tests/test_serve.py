"""What `make run` does, end to end: migrate, demo, admin login, gunicorn.

Runs the real `newsdesk` command in a fresh var/ folder and talks HTTP to the
real server on 127.0.0.1.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def newsdesk(env, *args, timeout=300):
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "newsdesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "NEWSDESK_", "DATABASE_URL"))
    }
    env |= {"NEWSDESK_VAR_DIR": str(var), "PYTHONPATH": str(Path(__file__).parents[3])}
    newsdesk(env, "migrate", "--noinput")
    loaded = newsdesk(env, "demo", "--if-empty")
    login = newsdesk(env, "admin_login")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "newsdesk", "serve", "--bind", f"127.0.0.1:{port}"]
    with (
        open(var / "server.log", "w") as log,
        subprocess.Popen(  # noqa: S603
            [*command, "--workers", "1"], env=env, stdout=log, stderr=log
        ) as server,
    ):
        try:
            for _ in range(100):
                try:
                    fetch(base + "/static/public/css/site.css")
                    break
                except OSError:
                    time.sleep(0.1)
            yield {
                "env": env,
                "var": var,
                "base": base,
                "loaded": loaded,
                "login": login,
            }
        finally:
            server.terminate()
            server.wait(timeout=20)


def test_demo_loaded_and_served_by_gunicorn(site):
    assert "Demo ready" in site["loaded"].stdout
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
    password_file = site["var"] / "admin-password"
    assert f"Password: {password_file.read_text().strip()}" in site["login"].stdout
    again = newsdesk(site["env"], "admin_login")
    assert again.stdout == site["login"].stdout


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
    again = newsdesk(site["env"], "demo", "--if-empty")
    assert "already has content" in again.stdout
    secret = (site["var"] / "secret-key").read_text()
    assert len(secret.strip()) >= 50
