"""`AccessLog` writes the lines gunicorn's own logger writes.

Two real gunicorn servers on 127.0.0.1, one with gunicorn's logger and one
with ours, answer the same requests; their access logs must be the same
but for the time (and its format must be Apache's).
"""

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

APP = """
def app(environ, start_response):
    if environ["PATH_INFO"] == "/missing":
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"no"]
    body = ("page " + environ.get("QUERY_STRING", "")).encode()
    start_response("200 OK", [("Content-Type", "text/plain"),
                              ("Content-Length", str(len(body)))])
    return [body]
"""

REQUESTS = [
    ("/", {}),
    ("/search/?q=heron&page=2", {"Referer": "http://example.org/from"}),
    ("/missing", {"User-Agent": "Heron-Reader/1.0 (x)"}),
    ("/", {"Authorization": "Basic ZWRpdG9yOnB3"}),  # user "editor"
    ("/caf%C3%A9/", {}),
]
TIME = re.compile(r"\[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\]")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    try:
        urllib.request.urlopen(request, timeout=10).read()  # noqa: S310
    except urllib.error.HTTPError:
        pass


def access_lines(folder: Path, logger_class: str) -> list[str]:
    port = free_port()
    log = folder / f"{logger_class.rsplit('.', 1)[-1]}.log"
    command = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", "1", "--threads", "2", "--worker-class", "gthread"]
    command += ["--access-logfile", str(log), "--logger-class", logger_class]
    command += ["--chdir", str(folder), "tinyapp:app"]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)  # noqa: S603
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/ready", timeout=5).read()  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("gunicorn did not start")
                time.sleep(0.1)
        for path, headers in REQUESTS:
            get(base + path, headers)
    finally:
        server.terminate()
        server.wait(timeout=20)
    lines = log.read_text().splitlines()
    return [line.replace(str(port), "PORT") for line in lines if "/ready" not in line]


def test_the_lines_are_gunicorns(tmp_path):
    (tmp_path / "tinyapp.py").write_text(APP)
    ours = access_lines(tmp_path, "newsdesk.public.access_log.AccessLog")
    theirs = access_lines(tmp_path, "gunicorn.glogging.Logger")
    assert len(ours) == len(REQUESTS)
    for line in ours:
        assert TIME.search(line), line
    assert [TIME.sub("[T]", line) for line in ours] == [
        TIME.sub("[T]", line) for line in theirs
    ]
    searched = '"GET /search/?q=heron&page=2 HTTP/1.1" 200 19 "http://example.org/from"'
    assert searched in ours[1]
    assert ours[2].endswith('404 2 "-" "Heron-Reader/1.0 (x)"')
    assert ours[3].startswith("127.0.0.1 - editor [")
