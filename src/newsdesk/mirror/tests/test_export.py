"""The static mirror: served by a plain static server, every link works."""

import functools
import io
import re
import tempfile
import threading
import urllib.error
import urllib.request
from datetime import UTC, date, datetime, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import feedparser
from django.core.management import call_command
from django.test import TestCase
from lxml import etree
from wagtail.contrib.redirects.models import Redirect

from newsdesk.engagement.models import Comment
from newsdesk.mirror import manifest
from newsdesk.mirror.services import mirror_export
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.tests.factories import (
    ArticlePageFactory,
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

START = datetime(2021, 1, 5, 9, 0, tzinfo=UTC)
BASE = "https://mirror.example"
LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]*)""")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class StaticServer:
    """Serve a folder on 127.0.0.1, as any static host would."""

    def __init__(self, folder: Path):
        handler = functools.partial(QuietHandler, directory=str(folder))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def crawl(server: StaticServer) -> dict[str, tuple[int, str, bytes]]:
    """Follow every internal link from the home page; return each answer."""
    seen: dict[str, tuple[int, str, bytes]] = {}
    pending = ["/"]
    while pending:
        path = unquote(pending.pop())
        if path in seen:
            continue
        seen[path] = answer = fetch(server.url + quote(path))
        status, kind, body = answer
        if status != 200 or "html" not in kind:
            continue
        for href in LINK.findall(body.decode()):
            url = urljoin(BASE + path, href.replace(server.url, BASE))
            parts = urlsplit(url)
            if parts.netloc == urlsplit(BASE).netloc:
                pending.append(parts.path)
    return seen


class ExportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.news = SectionPageFactory(parent=cls.home, title="News", slug="news")
        letters = SectionPageFactory(parent=cls.home, title="Letters", slug="letters")
        courier = OutletFactory(name="Saltreach Courier")
        sahel = OutletFactory(name="روزنامه ساحل", language="fa")
        for n in range(12):
            ClippingPageFactory(
                parent=cls.news,
                title=f"Courier {n:02d}",
                slug=f"courier-{n:02d}",
                posted_at=START + timedelta(days=n),
                tags=["birds"],
                sources=[{"outlet": courier, "url": "https://courier.example/a"}],
            )
        cls.persian = ClippingPageFactory(
            parent=cls.news,
            title="Sahel",
            slug="sahel",
            language="fa",
            posted_at=datetime(2021, 2, 10, tzinfo=UTC),
            tags=["storms"],
            sources=[{"outlet": sahel, "published_on": date(2021, 2, 9)}],
        )
        cls.letter = ArticlePageFactory(
            parent=letters, title="A letter", slug="a-letter", posted_at=START
        )
        Comment.objects.create(
            page=cls.letter,
            author_name="Ilse Marr",
            body="A fair summary.",
            status=Comment.Status.APPROVED,
            created_at=START,
        )

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-"))

    def export(self, **options):
        return mirror_export(folder=self.folder, base_url=BASE, **options)

    def test_every_internal_link_of_the_mirror_resolves(self):
        summary = self.export(live_url="")
        self.assertEqual(summary.problems, [])
        with StaticServer(self.folder) as server:
            answers = crawl(server)
        missing = [path for path, (status, _, _) in answers.items() if status != 200]
        self.assertEqual(missing, [])
        reached = set(answers)
        for path in [
            "/",
            "/page/2/",
            "/news/courier-03/",
            "/tags/birds/page/2/",
            "/outlets/روزنامه-ساحل/",
            "/languages/fa/",
            "/static/public/css/site.css",
            "/feed/index.xml",
        ]:
            self.assertIn(path, reached)

    def test_feeds_and_sitemaps_are_files_a_static_server_types_right(self):
        self.export(live_url="")
        with StaticServer(self.folder) as server:
            for path in [
                "/feed/index.xml",
                "/feed/atom/index.xml",
                "/tags/birds/feed/index.xml",
            ]:
                status, kind, body = fetch(server.url + path)
                self.assertEqual(status, 200)
                self.assertIn("xml", kind)
                parsed = feedparser.parse(body)
                self.assertFalse(parsed.bozo, path)
                self.assertTrue(parsed.entries, path)
                self.assertTrue(parsed.entries[0].link.startswith(BASE + "/"))
            status, _, index = fetch(server.url + "/sitemap.xml")
            self.assertEqual(status, 200)
            parts = [loc.text for loc in etree.fromstring(index).findall(".//{*}loc")]
            self.assertIn(f"{BASE}/sitemap-posts.xml", parts)
            status, _, sitemap = fetch(server.url + "/sitemap-posts.xml")
            self.assertEqual(status, 200)
        locations = etree.fromstring(sitemap).findall(".//{*}loc")
        self.assertIn(f"{BASE}/news/sahel/", [loc.text for loc in locations])
        home = (self.folder / "index.html").read_text()
        self.assertIn('href="/feed/index.xml"', home)
        self.assertIn(f'href="{BASE}/"', home)  # canonical, at the mirror's address
        self.assertIn(
            f"Sitemap: {BASE}/sitemap.xml", (self.folder / "robots.txt").read_text()
        )

    def test_forms_are_left_out_without_a_live_site(self):
        self.export(live_url="")
        letter = (self.folder / "letters/a-letter/index.html").read_text()
        self.assertNotIn("<form", letter)
        self.assertNotIn("reply_to", letter)
        self.assertIn("A fair summary.", letter)
        # The live site keeps its forms.
        live = self.client.get("/letters/a-letter/").content.decode()
        self.assertIn('class="comment-form"', live)
        self.assertIn('class="site-search"', live)

    def test_forms_point_to_the_live_site_when_one_is_configured(self):
        self.export(live_url="https://live.example/")
        letter = (self.folder / "letters/a-letter/index.html").read_text()
        self.assertIn('action="https://live.example/search/"', letter)
        self.assertIn('href="https://live.example/letters/a-letter/#comments"', letter)
        self.assertIn('href="https://live.example/subscribe/"', letter)
        self.assertNotIn('class="subscribe-form"', letter)
        self.assertNotIn('class="comment-form"', letter)

    def test_a_second_export_writes_nothing(self):
        first = self.export()
        second = self.export(incremental=True)
        self.assertGreater(first.written, 50)
        self.assertEqual((second.written, second.deleted), (0, 0))
        self.assertEqual(second.problems, [])
        again = self.export()
        self.assertEqual(again.written, 0)
        self.assertEqual(again.unchanged, first.written)

    def test_incremental_after_a_new_clipping_writes_only_what_shows_it(self):
        self.export()
        ClippingPageFactory(
            parent=self.news,
            title="Courier new",
            slug="courier-new",
            posted_at=START + timedelta(days=40),
            tags=["birds"],
            sources=[{"outlet": self.persian.sources.first().outlet}],
        )
        summary = self.export(incremental=True)
        self.assertFalse(summary.full)
        expected = {
            "/news/courier-new/",
            "/", "/page/2/", "/news/", "/news/page/2/",
            "/tags/birds/", "/tags/birds/page/2/",
            "/outlets/روزنامه-ساحل/", "/languages/en/", "/languages/en/page/2/",
            "/2021/02/",
            "/feed/", "/feed/atom/", "/tags/birds/feed/", "/tags/birds/feed/atom/",
            "/outlets/روزنامه-ساحل/feed/", "/outlets/روزنامه-ساحل/feed/atom/",
            "/languages/en/feed/", "/languages/en/feed/atom/",
            "/sections/news/feed/", "/sections/news/feed/atom/",
            "/sitemap.xml", "/news-sitemap.xml", "/sitemap-posts.xml",
            "/sitemap-sections.xml", "/sitemap-digests.xml", "/sitemap-contact.xml",
        }  # fmt: skip
        written = set(summary.written_paths)
        self.assertLessEqual(written, expected)
        self.assertLessEqual(
            {"/news/courier-new/", "/", "/feed/", "/sitemap.xml", "/2021/02/"}, written
        )
        self.assertTrue((self.folder / "news/courier-new/index.html").is_file())
        self.assertNotIn("/news/courier-00/", written)

    def test_incremental_after_a_digest_issue_rewrites_the_home_page(self):
        """Issues are listed on the home page among the posts (issue #19)."""
        from newsdesk.digests.services import digest_draft, digest_publish

        self.export()
        issue = digest_publish(issue=digest_draft(week_start=date(2021, 1, 4)))
        summary = self.export(incremental=True)
        written = set(summary.written_paths)
        self.assertLessEqual({issue.url, "/", "/feed/"}, written)
        home = (self.folder / "index.html").read_text()
        self.assertIn(issue.title, home)

    def test_incremental_deletes_the_files_of_removed_pages(self):
        self.export()
        ClippingPage.objects.get(slug="courier-11").unpublish()
        summary = self.export(incremental=True)
        self.assertFalse((self.folder / "news/courier-11").exists())
        self.assertGreaterEqual(summary.deleted, 1)
        kept = manifest.load(self.folder)
        self.assertNotIn("/news/courier-11/", kept.files)
        with StaticServer(self.folder) as server:
            answers = crawl(server)
        self.assertEqual([p for p, a in answers.items() if a[0] != 200], [])

    def test_an_approved_comment_rewrites_its_page(self):
        self.export()
        Comment.objects.create(
            page=self.persian,
            author_name="Nadia Vell",
            body="Thank you for the translation.",
            status=Comment.Status.APPROVED,
            created_at=START,
        )
        summary = self.export(incremental=True)
        self.assertIn("/news/sahel/", summary.written_paths)
        self.assertIn(
            "Thank you for the translation.",
            (self.folder / "news/sahel/index.html").read_text(),
        )

    def test_the_command_reports_a_broken_link_and_goes_on(self):
        ArticlePageFactory(
            parent=self.letter.get_parent(),
            title="Notice",
            slug="notice",
            body='<p>See <a href="/no-such-page/">the old page</a>.</p>',
        )
        out, err = io.StringIO(), io.StringIO()
        call_command(
            "export", str(self.folder), "--base-url", BASE, stdout=out, stderr=err
        )
        self.assertIn("/no-such-page/: linked, but not found (404)", err.getvalue())
        self.assertRegex(out.getvalue(), r"full export to .*: \d+ addresses rendered")
        self.assertIn("1 problems", out.getvalue())
        self.assertTrue((self.folder / "letters/notice/index.html").is_file())
        self.assertFalse((self.folder / "no-such-page").exists())

    def test_old_permalinks_become_pages_that_forward(self):
        Redirect.objects.create(
            old_path="/2019/05/old-heron-post", redirect_page=self.persian
        )
        Redirect.objects.create(old_path="/?p=12", redirect_page=self.persian)
        self.export()
        with StaticServer(self.folder) as server:
            status, _, body = fetch(server.url + "/2019/05/old-heron-post/")
        self.assertEqual(status, 200)
        self.assertIn('content="0; url=/news/sahel/"', body.decode())
        self.assertFalse((self.folder / "?p=12").exists())
