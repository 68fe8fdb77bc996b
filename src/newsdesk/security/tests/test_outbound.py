"""The guarded outbound client, against real servers on loopback addresses."""

import importlib
import ipaddress
import json
import re
import sys
import time
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsdesk.security.addresses import AddressPolicy, is_internal
from newsdesk.security.outbound import (
    REFUSED,
    AddressRefused,
    GuardedClient,
    InvalidAddress,
    OutboundLimits,
    OutboundTimeout,
)

from .servers import dripping_server, free_port, http_server

PACKAGE = Path(__file__).resolve().parents[2]
PAGE = b"<html><body><p>internal secret</p></body></html>"
LIMITS = OutboundLimits(connect_timeout=2, total_timeout=3, max_bytes=64 * 1024)
NOTHING_ALLOWED = AddressPolicy()
PUBLIC = AddressPolicy.from_strings(["127.0.0.2/32"])  # stands in for the internet
LOOPBACK = AddressPolicy.from_strings(["127.0.0.0/8"])  # pytest-httpserver


@pytest.mark.parametrize(
    ("address", "internal"),
    [
        ("127.0.0.1", True),
        ("127.255.255.254", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # CGNAT
        ("224.0.0.1", True),  # multicast
        ("240.0.0.1", True),  # reserved
        ("255.255.255.255", True),
        ("0.0.0.0", True),  # noqa: S104 - an address refused, not bound
        ("::1", True),
        ("::", True),
        ("fc00::1", True),
        ("fd12:3456::1", True),
        ("fe80::1", True),
        ("ff02::1", True),
        ("::ffff:127.0.0.1", True),
        ("::ffff:169.254.169.254", True),
        ("::ffff:10.0.0.1", True),
        ("93.184.215.14", False),
        ("8.8.8.8", False),
        ("2606:4700:4700::1111", False),
        ("::ffff:8.8.8.8", False),
    ],
)
def test_internal_addresses(address, internal):
    assert is_internal(ipaddress.ip_address(address)) is internal


def test_allowed_networks_open_chosen_ranges_and_their_mapped_forms():
    policy = AddressPolicy.from_strings(["127.0.0.0/8", " 10.20.0.0/16 "])
    allowed = ["127.0.0.1", "::ffff:127.0.0.1", "10.20.3.4", "8.8.8.8"]
    refused = ["10.21.0.1", "::1", "169.254.169.254", "0.0.0.0"]  # noqa: S104
    assert all(policy.permits(ipaddress.ip_address(a)) for a in allowed)
    assert not any(policy.permits(ipaddress.ip_address(a)) for a in refused)


def test_a_bad_network_setting_says_how_to_fix_it():
    with pytest.raises(ImproperlyConfigured, match="comma-separated CIDRs"):
        AddressPolicy.from_strings(["10.0.0.0/8", "intranet"])


def test_the_setting_is_read(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_ALLOWED_NETWORKS": ["10.0.0.0/8"]}
    assert AddressPolicy.from_settings() == AddressPolicy(
        allowed=(ipaddress.ip_network("10.0.0.0/8"),)
    )


@pytest.fixture
def internal():
    """A server on 127.0.0.1 that must never be asked anything."""
    routes = {"/": (200, {"Content-Type": "text/html"}, PAGE)}
    with http_server("127.0.0.1", routes) as served:
        yield served
    assert served.requests == []


def refusal(url, policy=NOTHING_ALLOWED):
    with GuardedClient(limits=LIMITS, policy=policy) as client:
        with pytest.raises(AddressRefused) as caught:
            client.get(url)
    return str(caught.value)


def test_loopback_in_every_spelling_is_refused(internal):
    port = internal.base.rsplit(":", 1)[1]
    spellings = [
        "127.0.0.1",
        "localhost",
        "0.0.0.0",  # noqa: S104 - an address refused, not bound
        "127.1",
        "2130706433",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
    ]
    for host in spellings:
        assert refusal(f"http://{host}:{port}/") == REFUSED, host


def test_the_refusal_is_the_same_for_open_and_closed_ports(internal):
    opened = refusal(internal.url("/"))
    closed = refusal(f"http://127.0.0.1:{free_port()}/")
    assert opened == closed == REFUSED
    assert not re.search(r"\d{2,5}|refused by|Errno", opened)


def test_an_allowed_network_is_fetched():
    routes = {"/feed": (200, {"Content-Type": "text/plain"}, b"public")}
    with http_server("127.0.0.2", routes) as public:
        with GuardedClient(limits=LIMITS, policy=PUBLIC) as client:
            response = client.get(public.url("/feed"))
    assert (response.status, response.body) == (200, b"public")
    assert response.header("content-type") == "text/plain"


def test_a_redirect_to_an_internal_address_is_refused(internal):
    hop = {"Location": internal.url("/")}
    with http_server("127.0.0.2", {"/go": (302, hop, b"")}) as public:
        assert refusal(public.url("/go"), policy=PUBLIC) == REFUSED
        assert public.requests == ["/go"]


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "gopher://127.0.0.2:70/", "ftp://x.example/"]
)
def test_a_redirect_to_another_scheme_is_refused(location):
    with http_server("127.0.0.2", {"/go": (301, {"Location": location}, b"")}) as p:
        with GuardedClient(limits=LIMITS, policy=PUBLIC) as client:
            with pytest.raises(InvalidAddress, match="only http and https"):
                client.get(p.url("/go"))


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://x.example/f", "gopher://x.example/", "http:///x"],
)
def test_only_web_addresses_with_a_host_are_fetched(url):
    with GuardedClient(limits=LIMITS, policy=NOTHING_ALLOWED) as client:
        with pytest.raises(InvalidAddress):
            client.get(url)


def test_the_deadline_covers_headers_dripped_one_line_at_a_time():
    limits = OutboundLimits(connect_timeout=1, total_timeout=1, max_bytes=1024)
    policy = AddressPolicy.from_strings(["127.0.0.1/32"])
    with dripping_server(interval=0.2, lines=50) as url:
        started = time.monotonic()
        with GuardedClient(limits=limits, policy=policy) as client:
            with pytest.raises(OutboundTimeout, match="timed out"):
                client.get(url)
        assert time.monotonic() - started < 2.5


HTTP_CLIENTS = re.compile(
    r"^\s*(import|from)\s+(httpx|httpcore|requests|urllib3|urllib\.request|aiohttp)\b"
    r"|^\s*from\s+urllib\s+import\s+.*\brequest\b|urlopen\(",
    re.MULTILINE,
)


def product_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        # Tests drive the site's own servers; benchmarks drive their own.
        if "tests" in relative.parts or path.name.startswith("bench"):
            continue
        yield relative


def test_no_product_module_but_outbound_makes_its_own_requests():
    offenders = [
        str(relative)
        for relative in product_modules()
        if relative != Path("security/outbound.py")
        and HTTP_CLIENTS.search((PACKAGE / relative).read_text())
    ]
    assert offenders == [], "fetch through newsdesk.security.outbound.GuardedClient"


def test_the_import_check_sees_the_outbound_module():
    assert HTTP_CLIENTS.search((PACKAGE / "security/outbound.py").read_text())


SETTINGS = ["base", "dev", "test", "production"]


def settings_module(monkeypatch, tmp_path, name, allowed=None):
    """Import settings/<name>.py anew, with NEWSDESK_FETCH_ALLOWED_NETWORKS."""
    monkeypatch.setenv("NEWSDESK_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSDESK_SECRET_KEY", "k" * 60)
    monkeypatch.setenv("NEWSDESK_CONTACT_KEY", "x" * 44)
    if allowed is None:
        monkeypatch.delenv("NEWSDESK_FETCH_ALLOWED_NETWORKS", raising=False)
    else:
        monkeypatch.setenv("NEWSDESK_FETCH_ALLOWED_NETWORKS", allowed)
    saved = {m: sys.modules.pop(f"newsdesk.settings.{m}", None) for m in SETTINGS}
    try:
        return importlib.import_module(f"newsdesk.settings.{name}")
    finally:
        for module, value in saved.items():
            if value is not None:
                sys.modules[f"newsdesk.settings.{module}"] = value


@pytest.mark.parametrize(
    ("name", "default"),
    [
        ("production", []),
        ("base", []),
        ("dev", ["127.0.0.0/8", "::1/128"]),
        ("test", ["127.0.0.0/8", "::1/128"]),
    ],
)
def test_only_a_checkout_allows_loopback_unless_the_variable_says(
    monkeypatch, tmp_path, name, default
):
    unset = settings_module(monkeypatch, tmp_path, name)
    assert unset.NEWSDESK["FETCH_ALLOWED_NETWORKS"] == default
    chosen = settings_module(monkeypatch, tmp_path, name, " 10.20.0.0/16, fd00::/8")
    assert chosen.NEWSDESK["FETCH_ALLOWED_NETWORKS"] == ["10.20.0.0/16", "fd00::/8"]
    emptied = settings_module(monkeypatch, tmp_path, name, "")
    assert emptied.NEWSDESK["FETCH_ALLOWED_NETWORKS"] == []


def test_a_bad_network_in_the_environment_stops_the_start(monkeypatch, tmp_path):
    with pytest.raises(ImproperlyConfigured, match="'intranet' is not a network"):
        settings_module(monkeypatch, tmp_path, "production", "10.0.0.0/8,intranet")


def test_addresses_in_any_script_are_sent_percent_encoded():
    path = "/%D8%AE%D8%A8%D8%B1?q=%DA%A9%D8%B3%D8%AA%D8%B1%D9%84"
    with http_server("127.0.0.2", {path: (200, {}, b"found")}) as public:
        with GuardedClient(limits=LIMITS, policy=PUBLIC) as client:
            response = client.get(public.url("/خبر?q=کسترل"))
            again = client.get(public.url(path), headers={"If-None-Match": '"é"'})
    assert (response.status, response.body) == (200, b"found")
    assert again.status == 200


# --- POST (the translation service) ---------------------------------------------


def test_post_sends_the_body_and_returns_the_answer(httpserver):
    httpserver.expect_request(
        "/translate", method="POST", data=b'{"q": "hi"}'
    ).respond_with_json({"translatedText": "salut"})
    with GuardedClient(limits=LIMITS, policy=LOOPBACK) as client:
        answer = client.post(
            httpserver.url_for("/translate"),
            body=b'{"q": "hi"}',
            headers={"Content-Type": "application/json"},
        )
    assert answer.status == 200
    assert json.loads(answer.body) == {"translatedText": "salut"}
    request, _ = httpserver.log[0]
    assert request.headers["Content-Type"] == "application/json"


def test_post_returns_a_redirect_without_following_it(httpserver):
    httpserver.expect_request("/translate", method="POST").respond_with_data(
        "", status=307, headers={"Location": "/elsewhere"}
    )
    with GuardedClient(limits=LIMITS, policy=LOOPBACK) as client:
        answer = client.post(httpserver.url_for("/translate"), body=b"q=1")
    assert answer.status == 307
    assert [request.path for request, _ in httpserver.log] == ["/translate"]


def test_post_to_an_internal_address_is_refused(httpserver):
    with GuardedClient(limits=LIMITS, policy=NOTHING_ALLOWED) as client:
        with pytest.raises(AddressRefused):
            client.post(httpserver.url_for("/translate"), body=b"q=1")
    assert httpserver.log == []


def test_post_to_a_dripping_server_ends_at_the_deadline():
    quick = OutboundLimits(connect_timeout=1, total_timeout=1)
    with dripping_server(interval=0.3, lines=20) as url:
        with GuardedClient(limits=quick, policy=LOOPBACK) as client:
            started = time.monotonic()
            with pytest.raises(OutboundTimeout):
                client.post(url, body=b"q=1")
    assert time.monotonic() - started < 3
