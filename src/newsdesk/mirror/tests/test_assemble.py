"""Listing pages assembled from their items are the site's own pages, byte for byte."""

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.test import TestCase, override_settings

from newsdesk.mirror.assemble import Frame, _parts, _split
from newsdesk.mirror.services import mirror_export
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)

from .test_pieces import bulletins, files

BASE = "https://mirror.example"
START = datetime(2022, 5, 2, 6, 0, tzinfo=UTC)


def test_a_frame_is_learnt_from_two_pages_and_gives_any_other():
    def page(n, items):
        head = f"<title>Page {n} of 2023</title><a href='/page/{n - 1}/'>"
        return head + "<ol>" + "|".join(items) + f"</ol><a href='/page/{n + 1}/'>"

    a, b = ["<li>x</li>", "<li>y</li>"], ["<li>z</li>", "<li>w</li>"]
    cut_a, cut_b = _split(page(3, a), a), _split(page(4, b), b)
    assert cut_a is not None and cut_b is not None and cut_a[1] == "|"
    parts = _parts(cut_a[0], cut_b[0], 1, 3)
    assert parts is not None
    items = ["<li>1</li>", "<li>2</li>"]
    assert Frame(parts, "|").page(1234, items) == page(1234, items)


def test_a_frame_whose_text_differs_is_not_learnt():
    a, b = ["<li>x</li>"], ["<li>y</li>"]
    cut_a = _split("<h1>Three</h1>" + a[0], a)
    cut_b = _split("<h1>Four</h1>" + b[0], b)
    assert cut_a is not None and cut_b is not None
    assert _parts(cut_a[0], cut_b[0], 1, 3) is None
    assert _split("<p>no items here</p>", ["<li>x</li>"]) is None
    # Items not separated alike: not a listing this module can rebuild.
    assert (
        _split(
            "<li>1</li>,<li>2</li>;<li>3</li>",
            ["<li>1</li>", "<li>2</li>", "<li>3</li>"],
        )
        is None
    )


def one_a_page():
    return override_settings(NEWSDESK={**settings.NEWSDESK, "PAGE_SIZE": 1})


class AssembledListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, title="News", slug="news")
        bulletins(cls.news, 12)

    def export(self, folder, **options):
        with one_a_page():
            return mirror_export(folder=folder, base_url=BASE, **options)

    def test_incremental_assembles_shifted_pages_the_same_as_a_full_export(self):
        folder = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-"))
        self.export(folder)
        ClippingPageFactory(
            parent=self.news,
            title="Bulletin new",
            slug="bulletin-new",
            posted_at=START + timedelta(days=30),
            tags=["herons"],
        )
        edited = ClippingPage.objects.get(slug="bulletin-03")
        edited.title = "Bulletin three, corrected"
        edited.save_revision().publish()
        summary = self.export(folder, incremental=True)
        self.assertFalse(summary.full)
        # Home, the section, the tag and the language: 13 pages each, the
        # middle ones (3 to 12) assembled but for the samples and the page
        # of the edited clipping, which the site renders (its item is new).
        self.assertGreater(summary.assembled, 10)
        self.assertIn("/page/7/", summary.written_paths)
        fresh = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-fresh-"))
        self.export(fresh)
        self.assertEqual(files(folder), files(fresh))
        page = (folder / "page/10/index.html").read_text()
        self.assertIn("Bulletin three, corrected", page)
        self.assertIn("Page 10 of 13", page)
