"""The export's lean rendering gives the bodies the full site gives."""

from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.test import Client, RequestFactory, TestCase, override_settings
from django.utils.encoding import iri_to_uri
from wagtail.contrib.redirects.models import Redirect

from newsdesk.engagement.models import Comment
from newsdesk.mirror.render import (
    ANONYMOUS,
    HEADERS_ONLY,
    Renderer,
    exporting,
    lean_middleware,
)
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)
from newsdesk.public.cache import GENERATION_KEY, key_prefix

BASE = "https://mirror.example"
LIVE = "https://live.example"
START = datetime(2023, 4, 2, 7, 30, tzinfo=UTC)
# A sample of every kind of address the mirror holds.
ADDRESSES = [
    "/",
    "/page/2/",
    "/news/",
    "/news/page/2/",
    "/news/wren-03/",
    "/letters/a-reply/",
    "/tags/wrens/",
    "/tags/wrens/page/2/",
    "/outlets/dunmere-gazette/",
    "/outlets/dunmere-gazette/page/2/",
    "/languages/en/page/2/",
    "/2023/04/",
    "/2023/04/page/2/",
    "/feed/",
    "/feed/atom/",
    "/tags/wrens/feed/",
    "/sections/news/feed/atom/",
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/robots.txt",
    "/2020/01/old-wren-post/",  # an imported permalink: a redirect
    "/news",  # no slash: common middleware redirects
    "/no-such-page/",
]


class LeanRenderingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        letters = SectionPageFactory(parent=home, title="Letters", slug="letters")
        gazette = OutletFactory(name="Dunmere Gazette")
        for n in range(23):
            ClippingPageFactory(
                parent=news,
                title=f"Wren {n:02d}",
                slug=f"wren-{n:02d}",
                posted_at=START + timedelta(hours=n),
                tags=["wrens"],
                sources=[
                    {
                        "outlet": gazette,
                        "authors": "Tova Brine",
                        "published_on": date(2023, 4, 1),
                        "url": "https://gazette.example/wren",
                    }
                ],
            )
        reply = ArticlePageFactory(
            parent=letters, title="A reply", slug="a-reply", posted_at=START
        )
        Comment.objects.create(
            page=reply,
            author_name="Oren Platt",
            body="The wrens came back in May.",
            status=Comment.Status.APPROVED,
            created_at=START,
        )
        Redirect.objects.create(old_path="/2020/01/old-wren-post", redirect_page=reply)

    def answers(self, client_of, live_url):
        """Return each address's (status, location, body) from one client."""
        found = {}
        with exporting(BASE, live_url):
            client = client_of()
            for path in ADDRESSES:
                response = client.get(iri_to_uri(path), secure=True)
                body = b"".join(response) if response.streaming else response.content
                found[path] = (response.status_code, response.get("Location"), body)
        return found

    def renderer_answers(self, live_url):
        """Return each address's (status, location, body) from the mirror's renderer."""
        found = {}
        with exporting(BASE, live_url):
            renderer = Renderer(BASE)
            for path in ADDRESSES:
                answer = renderer.get(path)
                found[path] = (answer.status, answer.location or None, answer.body)
        return found

    def test_lean_bodies_equal_the_full_stacks(self):
        full = settings.MIDDLEWARE

        def full_client():
            with override_settings(MIDDLEWARE=full):
                client = Client(HTTP_HOST="mirror.example")
                client.get("/robots.txt", secure=True)  # loads the full stack now
            return client

        for live_url in ("", LIVE):
            lean = self.renderer_answers(live_url)
            whole = self.answers(full_client, live_url)
            for path in ADDRESSES:
                with self.subTest(path=path, live_url=live_url):
                    self.assertEqual(lean[path], whole[path])
            statuses = {path: answer[0] for path, answer in lean.items()}
            self.assertEqual(statuses["/2020/01/old-wren-post/"], 301)
            self.assertEqual(statuses["/news"], 301)
            self.assertEqual(statuses["/no-such-page/"], 404)
            self.assertEqual(
                sum(status == 200 for status in statuses.values()),
                len(ADDRESSES) - 3,
            )
            self.assertIn(b"The wrens came back in May.", lean["/letters/a-reply/"][2])

    def test_the_lean_stack_renders_with_fewer_middleware(self):
        with exporting(BASE):
            renderer = Renderer(BASE)
            renderer.get("/")
            chain = renderer.handler._middleware_chain
        lean = lean_middleware(settings.MIDDLEWARE)
        self.assertIn(ANONYMOUS, lean)
        self.assertIn("wagtail.contrib.redirects.middleware.RedirectMiddleware", lean)
        self.assertIn("django.middleware.common.CommonMiddleware", lean)
        self.assertTrue(HEADERS_ONLY.isdisjoint(lean))
        self.assertLess(len(lean), len(settings.MIDDLEWARE) - 10)
        self.assertIsNotNone(chain)

    def test_unknown_middleware_is_kept(self):
        listed = ["example.BodyRewriter", *sorted(HEADERS_ONLY)]
        self.assertEqual(lean_middleware(listed), ["example.BodyRewriter"])


class LiveCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        ClippingPageFactory(parent=news, title="Wren", slug="wren", posted_at=START)

    def test_the_live_sites_cache_is_neither_read_nor_filled(self):
        cache.set(GENERATION_KEY, "live-generation", timeout=None)
        request = RequestFactory().get("/", HTTP_HOST="mirror.example", secure=True)
        live_key = f"{key_prefix('live-generation')}.{request.get_full_path()}"
        cache.set(live_key, (200, [], b"a page with its forms"), timeout=None)
        with exporting(BASE):
            self.assertNotEqual(cache.get(GENERATION_KEY), "live-generation")
            with override_settings(MIDDLEWARE=settings.MIDDLEWARE):
                full = Client(HTTP_HOST="mirror.example")
                body = full.get("/", secure=True).content
                full.get("/news/", secure=True)
        self.assertIn(b"Wren", body)  # rendered, not the live cache's page
        self.assertEqual(cache.get(GENERATION_KEY), "live-generation")
        self.assertEqual(cache.get(live_key)[2], b"a page with its forms")
        live = [key for key in cache.get_many([live_key]) if key != live_key]
        self.assertEqual(live, [])
