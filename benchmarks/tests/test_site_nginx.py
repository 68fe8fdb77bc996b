"""`make bench-site`'s nginx: the shipped config in front of a real upstream
(a stdlib server on 127.0.0.1), and the static server beside it."""

import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from benchmarks import site_nginx
from benchmarks.site import fetch

pytestmark = pytest.mark.skipif(
    bool(site_nginx.missing()), reason="Debian's nginx not installed"
)
PAGE = b"<!doctype html><title>Heron count rises</title>"


class Page(BaseHTTPRequestHandler):
    """Answer every GET with one shareable page, counting the requests."""

    served = 0

    def do_GET(self) -> None:
        Page.served += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Cache-Control", "max-age=0, s-maxage=300")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Page.served = 0
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_shipped_config_caches_and_the_static_server_answers_files(
    tmp_path, upstream
):
    with site_nginx.Nginx(tmp_path / "nginx", upstream=upstream) as nginx:
        assert fetch(nginx.url("/notes/"))[:2] == (200, "MISS")
        assert fetch(nginx.url("/notes/")) == (200, "HIT", PAGE)
        assert Page.served == 1
        (nginx.root / "index.html").write_bytes(PAGE)
        assert fetch(nginx.static_url("/")) == (200, "", PAGE)
        assert fetch(nginx.static_url("/missing"))[0] == 404
    with pytest.raises(OSError):
        urllib.request.urlopen(nginx.url("/"), timeout=5)  # noqa: S310 - stopped


def test_the_shipped_config_is_moved_to_the_bench_port_upstream_and_folder(tmp_path):
    text = site_nginx.shipped_server(folder=tmp_path, port=8123, upstream="1.2.3.4:5")
    assert "listen 127.0.0.1:8123;" in text
    assert "server 1.2.3.4:5;" in text
    assert f"proxy_cache_path {tmp_path / 'cache'} " in text
    assert "listen 80;" not in text
    assert "/var/cache/nginx" not in text
