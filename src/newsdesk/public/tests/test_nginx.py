"""The shipped nginx configuration in front of a live Django server.

Debian's nginx runs docs/deploy/nginx.conf as shipped, but for its port,
its upstream (the test's live server) and its folders. It serves a cached
page without reaching Django, and a publish purges it through Wagtail's
frontend_cache. Skipped where nginx is not installed (.ci/run installs it).
"""

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SHIPPED = Path(__file__).resolve().parents[4] / "docs" / "deploy" / "nginx.conf"

pytestmark = [
    pytest.mark.skipif(not Path(NGINX).exists(), reason="Debian's nginx not installed"),
    pytest.mark.django_db(transaction=True),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def site_config(folder: Path, port: int, upstream: str) -> str:
    """Return the shipped server block, moved to this test's port and folders."""
    text = SHIPPED.read_text()
    replaced = {
        "server 127.0.0.1:8000;": f"server {upstream};",
        "/var/cache/nginx/newsdesk": str(folder / "cache"),
        "listen 80;": f"listen 127.0.0.1:{port};",
        "listen [::]:80;": "",
    }
    for old, new in replaced.items():
        assert old in text, f"{old!r} no longer in {SHIPPED}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def nginx(tmp_path, live_server):
    port = free_port()
    upstream = live_server.url.removeprefix("http://")
    (tmp_path / "site.conf").write_text(site_config(tmp_path, port, upstream))
    kinds = ("body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = {name: tmp_path / name for name in kinds}
    # Run as root (CI), nginx's workers would be another user, shut out of
    # the test's private folder: let them be this user.
    user = "user root;" if os.geteuid() == 0 else ""
    main = f"""
        {user}
        pid {tmp_path / "nginx.pid"};
        error_log {tmp_path / "error.log"} warn;
        events {{ worker_connections 64; }}
        http {{
            access_log off;
            client_body_temp_path {temp["body"]};
            proxy_temp_path {temp["proxy"]};
            fastcgi_temp_path {temp["fastcgi"]};
            uwsgi_temp_path {temp["uwsgi"]};
            scgi_temp_path {temp["scgi"]};
            include {tmp_path / "site.conf"};
        }}
    """
    (tmp_path / "nginx.conf").write_text(main)
    command = [NGINX, "-e", str(tmp_path / "error.log"), "-p", str(tmp_path)]
    command += ["-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"]
    process = subprocess.Popen(command)  # noqa: S603 - Debian's nginx, our config
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(port, process, tmp_path / "error.log")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nginx stopped:\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"nginx did not listen:\n{log.read_text()}")


def get(url: str, **headers: str) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(  # noqa: S310 - the test's own nginx
        url, headers={"Host": "localhost", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as answer:  # noqa: S310
            return answer.status, dict(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def purged_by_nginx(settings, nginx):
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": nginx,
        }
    }
    return nginx


def test_a_cached_page_is_served_by_nginx_and_a_publish_purges_it(purged_by_nginx):
    base = purged_by_nginx
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, slug="notes")
    clipping = ClippingPageFactory(parent=section, title="Heron count rises")
    status, headers, _ = get(base + "/")  # kept already: publishing refreshed it
    assert status == 200
    assert "s-maxage=" in headers["Cache-Control"]
    status, headers, body = get(base + "/")
    assert (status, headers["X-Cache"]) == (200, "HIT")
    assert "Heron count rises" in body

    ClippingPageFactory(parent=section, title="Egret sighted upriver")

    for url in ["/", "/notes/", clipping.url]:
        get(base + url)  # cached now, if the purge had not refreshed it
    status, headers, body = get(base + "/")
    assert headers["X-Cache"] == "HIT"  # refreshed by the purge, not by the reader
    assert "Egret sighted upriver" in body
    assert "Egret sighted upriver" in get(base + "/notes/")[2]


def test_an_unpublished_page_is_gone_from_nginx_at_once(purged_by_nginx):
    base = purged_by_nginx
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, slug="notes")
    clipping = ClippingPageFactory(parent=section, title="Heron count rises")
    get(base + clipping.url)
    assert get(base + clipping.url)[1]["X-Cache"] == "HIT"
    clipping.unpublish()
    assert get(base + clipping.url)[0] == 404
    assert "Heron count rises" not in get(base + "/")[2]


def test_editors_are_never_served_from_nginx(purged_by_nginx):
    base = purged_by_nginx
    HomePageFactory()
    get(base + "/")
    assert get(base + "/")[1]["X-Cache"] == "HIT"
    status, headers, _ = get(base + "/", Cookie="sessionid=anything")
    assert headers["X-Cache"] == "BYPASS"
    assert "s-maxage" not in headers["Cache-Control"]
