"""The page cache's front: answers kept per process, sent without Django.

Each test serves `PageCacheFront` around Django's real WSGI application
with a real HTTP server on 127.0.0.1 (in a thread of the test process), and
counts Django's `request_started` signal: a page the front answers never
reaches Django.
"""

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
import time_machine
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_started
from django.db import connections
from django.test import Client

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)
from newsdesk.public.cache import GENERATION_KEY
from newsdesk.public.front import PageCacheFront, PageMemory

pytestmark = pytest.mark.django_db(transaction=True)

# Headers a kept answer must carry like the first one did.
SAME_HEADERS = (
    "Content-Type",
    "Content-Length",
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Vary",
)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str


@dataclass
class Served:
    """A front on a real HTTP server, and how many requests reached Django."""

    front: PageCacheFront
    base: str
    entered: list[object] = field(default_factory=list)

    def get(self, path: str, method: str = "GET", **headers: str) -> Answer:
        request = urllib.request.Request(self.base + path, method=method)  # noqa: S310
        # One host whatever the port: two servers then serve the same address.
        headers = {"Host": "desk.example", **headers}
        for name, value in headers.items():
            request.add_header(name.replace("_", "-"), value)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
                return Answer(
                    response.status, dict(response.headers), response.read().decode()
                )
        except urllib.error.HTTPError as error:
            return Answer(error.code, dict(error.headers), error.read().decode())

    @property
    def reached_django(self) -> int:
        return len(self.entered)


@contextmanager
def serving(front: PageCacheFront | None = None) -> Iterator[Served]:
    """Serve `front` (a new one around Django's handler by default)."""
    front = front or PageCacheFront(WSGIHandler())
    server = make_server("127.0.0.1", 0, front, WSGIServer, QuietHandler)
    served = Served(front, f"http://127.0.0.1:{server.server_port}")

    def entered(sender, **kwargs):
        served.entered.append(sender)

    request_started.connect(entered, weak=False)

    def run() -> None:
        try:
            server.serve_forever()
        finally:
            connections.close_all()  # the server thread's own connections

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        request_started.disconnect(entered)
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def site():
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, slug="notes")
    clipping = ClippingPageFactory(parent=section, title="Heron count rises")
    return {"home": home, "clipping": clipping}


@pytest.fixture
def served(site):
    with serving() as served:
        yield served


def test_a_page_answered_once_is_answered_again_without_django(site, served):
    url = site["clipping"].url
    first = served.get(url)
    assert first.status == 200
    assert first.headers["X-Page-Cache"] == "miss"
    assert "Heron count rises" in first.body
    assert served.reached_django == 1
    for _ in range(3):
        again = served.get(url)
        assert again.status == 200
        assert again.headers["X-Page-Cache"] == "hit"
        assert again.body == first.body
        for name in SAME_HEADERS:
            assert again.headers.get(name) == first.headers.get(name), name
        assert "frame-ancestors 'none'" in again.headers["Content-Security-Policy"]
    assert served.reached_django == 1


def test_a_shared_cache_hit_is_kept_by_the_front_too(site, served):
    url = site["clipping"].url
    assert served.get(url).headers["X-Page-Cache"] == "miss"
    # Another process (a second front, empty) gets it from the shared cache.
    with serving() as other:
        assert other.get(url).headers["X-Page-Cache"] == "hit"
        assert other.get(url).headers["X-Page-Cache"] == "hit"
        assert other.reached_django == 1


def test_kept_pages_outlive_the_shared_copy_but_not_the_generation(site, served):
    url = site["clipping"].url
    served.get(url)
    generation = cache.get(GENERATION_KEY)
    cache.clear()  # every page and the generation are gone from the shared cache
    cache.set(GENERATION_KEY, generation, timeout=None)
    assert "Heron count rises" in served.get(url).body
    assert served.reached_django == 1
    cache.set(GENERATION_KEY, "another-process-drew-this", timeout=None)
    answer = served.get(url)
    assert answer.headers["X-Page-Cache"] == "miss"
    assert served.reached_django == 2


def test_a_publish_is_seen_at_once(site, served):
    for _ in range(2):
        served.get("/")
    clipping = site["clipping"]
    clipping.title = "Heron count rises again"
    clipping.save_revision().publish()
    answer = served.get("/")
    assert answer.headers["X-Page-Cache"] == "miss"
    assert "Heron count rises again" in answer.body


def test_each_address_is_its_own_page(site, served):
    # The host is part of the address: canonical links name it.
    served.get("/", Host="one.example")
    answer = served.get("/", Host="two.example")
    assert "http://two.example/" in answer.body
    assert "one.example" not in answer.body
    first = served.get("/search/?q=heron")
    second = served.get("/search/?q=egret")
    assert "Heron count rises" in first.body
    assert "Heron count rises" not in second.body
    assert served.reached_django == 4
    assert "http://one.example/" in served.get("/", Host="one.example").body
    assert served.reached_django == 4


def test_signed_in_editors_never_get_a_kept_page(site, served):
    served.get("/")
    served.get("/")
    editor = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )
    client = Client()
    client.force_login(editor)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    name = django_settings.SESSION_COOKIE_NAME
    answer = served.get("/", Cookie=f"theme=dark; {name}={session}")
    assert answer.status == 200
    assert "X-Page-Cache" not in answer.headers
    assert served.reached_django == 2


def test_other_cookies_do_not_change_the_page(site, served):
    served.get("/")
    answer = served.get("/", Cookie="csrftoken=abc; theme=dark")
    assert answer.headers["X-Page-Cache"] == "hit"
    assert served.reached_django == 1


def test_only_plain_gets_are_answered(site, served):
    served.get("/")
    served.get("/", Authorization="Basic ZWRpdG9yOnB3")
    served.get("/", method="HEAD")
    assert served.reached_django == 3


def test_errors_are_not_kept(site, served):
    for _ in range(2):
        assert served.get("/no-such-page/").status == 404
    assert served.reached_django == 2


def test_switched_off_at_zero_megabytes(site, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE_MEMORY_MB": 0}
    with serving() as served:
        for _ in range(2):
            assert served.get("/").status == 200
        assert served.get("/").headers["X-Page-Cache"] == "hit"
        assert served.reached_django == 3
        assert len(served.front.memory) == 0


def test_nothing_is_kept_when_the_page_cache_is_off(site, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE": False}
    with serving() as served:
        for _ in range(2):
            assert "X-Page-Cache" not in served.get("/").headers
        assert served.reached_django == 2


def test_a_kept_page_ages_from_when_it_was_rendered(site, settings):
    # Its forms carry a signed stamp: a page rendered 500 s ago and kept by
    # another process since must still go at 600 s, not 500 + 600.
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE_SECONDS": 600}
    url = site["clipping"].url
    with time_machine.travel("2026-11-23 10:00:00+00:00", tick=False) as traveller:
        with serving() as first:
            assert first.get(url).headers["X-Page-Cache"] == "miss"
        traveller.shift(500)
        with serving() as later:
            assert later.get(url).headers["X-Page-Cache"] == "hit"
            traveller.shift(99)
            assert later.get(url).headers["X-Page-Cache"] == "hit"
            assert later.reached_django == 1
            traveller.shift(2)
            # Past its age the front sends it no more (the shared cache may
            # still hold it: Redis expires keys by its own clock).
            later.get(url)
            assert later.reached_django == 2


def answer(size: int) -> tuple[str, list[tuple[str, str]], bytes]:
    return "200 OK", [("Content-Type", "text/html")], b"x" * size


FAR = 4_000_000_000.0  # an expiry time that is not reached in these tests


def test_memory_is_bounded_in_bytes_least_recently_used_first(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE_MEMORY_MB": 1}
    memory = PageMemory()
    for number in range(5):
        memory.put("g1", f"page{number}", answer(300 * 1024), expires=FAR)
        if number == 1:
            assert memory.get("g1", "page0") is not None  # page0 is used again
    assert memory.bytes <= 1024 * 1024
    assert len(memory) == 3
    assert memory.get("g1", "page0") is None
    assert memory.get("g1", "page1") is None
    assert memory.get("g1", "page4") is not None


def test_a_page_larger_than_the_bound_is_not_kept(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE_MEMORY_MB": 1}
    memory = PageMemory()
    memory.put("g1", "big", answer(2 * 1024 * 1024), expires=FAR)
    assert len(memory) == 0
    assert memory.bytes == 0


def test_a_new_generation_empties_the_memory():
    memory = PageMemory()
    memory.put("g1", "home", answer(10), expires=FAR)
    assert memory.get("g1", "home") is not None
    assert memory.get("g2", "home") is None
    assert len(memory) == 0
    memory.put("g1", "home", answer(10), expires=FAR)  # a late store, old generation
    assert memory.get("g2", "home") is None


def test_a_page_is_dropped_at_its_expiry():
    memory = PageMemory()
    with time_machine.travel("2026-11-23 10:00:00+00:00", tick=False) as traveller:
        now = time.time()
        memory.put("g1", "home", answer(10), expires=now + 600)
        memory.put("g1", "old", answer(10), expires=now - 1)  # already past
        assert len(memory) == 1
        traveller.shift(599)
        assert memory.get("g1", "home") is not None
        traveller.shift(2)
        assert memory.get("g1", "home") is None
    assert len(memory) == 0
    assert memory.bytes == 0
