"""The page cache's in-process memory layer: same answers, fewer file reads."""

import time_machine
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, TestCase

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)
from newsdesk.public.cache import PageMemory, cache_generation, page_memory

# Headers a cached answer must carry like the first one did.
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Vary",
    "Content-Type",
)


def memory_mb(value: int):
    return {"NEWSDESK": {**django_settings.NEWSDESK, "PAGE_CACHE_MEMORY_MB": value}}


class PageMemoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        section = SectionPageFactory(parent=home, slug="notes")
        cls.clipping = ClippingPageFactory(parent=section, title="Heron count rises")
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "pw"
        )

    def setUp(self):
        page_memory.clear()

    def test_a_hit_carries_the_same_security_headers_as_the_first_answer(self):
        for url in ("/", self.clipping.url, "/feed/", "/search/?q=heron"):
            with self.subTest(url=url):
                first = self.client.get(url)
                self.assertEqual(first["X-Page-Cache"], "miss")
                for _ in range(2):  # from the shared cache, then from memory
                    hit = self.client.get(url)
                    self.assertEqual(hit["X-Page-Cache"], "hit")
                    for name in SECURITY_HEADERS:
                        self.assertEqual(hit.get(name), first.get(name), name)
                    self.assertIn(
                        "frame-ancestors 'none'", hit["Content-Security-Policy"]
                    )
                    self.assertEqual(hit["X-Content-Type-Options"], "nosniff")
                    self.assertEqual(hit.content, first.content)

    def test_a_hit_is_served_from_memory_when_the_shared_copy_is_gone(self):
        self.client.get(self.clipping.url)
        self.assertEqual(len(page_memory), 1)
        generation = cache_generation()
        cache.clear()  # every page and the generation are gone from the shared cache
        cache.set("newsdesk:page-cache:generation", generation, timeout=None)
        with self.assertNumQueries(0):
            response = self.client.get(self.clipping.url)
        self.assertEqual(response["X-Page-Cache"], "hit")
        self.assertContains(response, "Heron count rises")

    def test_switched_off_at_zero(self):
        with self.settings(**memory_mb(0)):
            self.client.get(self.clipping.url)
            self.assertEqual(len(page_memory), 0)
            self.assertEqual(self.client.get(self.clipping.url)["X-Page-Cache"], "hit")

    def test_a_publish_is_seen_at_once_though_memory_held_the_page(self):
        for _ in range(2):
            self.client.get("/")
        self.clipping.title = "Heron count rises again"
        self.clipping.save_revision().publish()
        response = self.client.get("/")
        self.assertEqual(response["X-Page-Cache"], "miss")
        self.assertContains(response, "Heron count rises again")

    def test_signed_in_editors_never_get_the_page_held_in_memory(self):
        for _ in range(2):
            self.client.get("/")
        self.assertEqual(len(page_memory), 1)
        editor = Client()
        editor.force_login(self.editor)
        response = editor.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("X-Page-Cache", response)

    def test_nothing_is_kept_when_the_cache_keeps_nothing(self):
        # The mirror's export renders with Django's dummy cache: no generation.
        dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
        with self.settings(CACHES=dummy):
            self.assertContains(self.client.get("/"), "Heron count rises")
            self.assertEqual(len(page_memory), 0)
            self.clipping.title = "Heron count falls"
            self.clipping.save_revision().publish()
            self.assertContains(self.client.get("/"), "Heron count falls")


def page(size: int) -> tuple[int, list[tuple[str, str]], bytes]:
    return 200, [("Content-Type", "text/html")], b"x" * size


def test_memory_is_bounded_in_bytes_least_recently_used_first(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE_MEMORY_MB": 1}
    memory = PageMemory()
    for number in range(5):
        memory.put("g1", f"page{number}", page(300 * 1024))
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
    memory.put("g1", "big", page(2 * 1024 * 1024))
    assert len(memory) == 0
    assert memory.bytes == 0


def test_a_new_generation_empties_the_memory(settings):
    memory = PageMemory()
    memory.put("g1", "home", page(10))
    assert memory.get("g1", "home") is not None
    assert memory.get("g2", "home") is None
    assert len(memory) == 0
    memory.put("g1", "home", page(10))  # a late store from the old generation
    assert memory.get("g2", "home") is None


def test_a_page_is_dropped_after_the_page_cache_seconds(settings):
    # Its forms carry a signed stamp: a page must not be served for days.
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_CACHE_SECONDS": 600}
    memory = PageMemory()
    with time_machine.travel("2026-11-23 10:00:00+00:00", tick=False) as traveller:
        memory.put("g1", "home", page(10))
        traveller.shift(599)
        assert memory.get("g1", "home") is not None
        traveller.shift(2)
        assert memory.get("g1", "home") is None
    assert len(memory) == 0
    assert memory.bytes == 0
