"""Listing items kept between exports: put back only while their page is unchanged."""

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.test import TestCase

from newsdesk.mirror import manifest, pieces
from newsdesk.mirror.pieces import Item, Items
from newsdesk.mirror.services import mirror_export
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

BASE = "https://mirror.example"
START = datetime(2022, 5, 2, 6, 0, tzinfo=UTC)


def files(folder: Path) -> dict[str, bytes]:
    """Return every file of the mirror but its bookkeeping, by relative path."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in (manifest.NAME, pieces.NAME)
    }


def test_items_round_trip_and_a_cut_file_is_ignored():
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-items-"))
    kept = Items("f" * 64, {7: Item("/a/", "s|", "<li>ä</li>"), 3: Item("/b/", "", "")})
    pieces.save(folder, kept)
    assert pieces.load(folder) == Items("f" * 64, dict(sorted(kept.by_id.items())))
    assert kept.still_valid({7: ("/a/", "s|"), 3: ("/b/", "changed")}) == {
        7: kept.by_id[7]
    }
    with open(folder / pieces.NAME, "r+b") as handle:
        handle.truncate(len(handle.read()) - 2)
    assert pieces.load(folder) == Items()
    (folder / pieces.NAME).write_bytes(b"not json\n")
    assert pieces.load(folder) == Items()


def bulletins(parent, count):
    """Publish `count` clippings of one outlet below `parent`, a day apart."""
    outlet = OutletFactory(name="Marsh Bulletin")
    for n in range(count):
        ClippingPageFactory(
            parent=parent,
            title=f"Bulletin {n:02d}",
            slug=f"bulletin-{n:02d}",
            posted_at=START + timedelta(days=n),
            tags=["herons"],
            sources=[{"outlet": outlet, "url": "https://bulletin.example/a"}],
        )


class KeptItemsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        cls.news = SectionPageFactory(parent=home, title="News", slug="news")
        bulletins(cls.news, 14)

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-"))

    def export(self, folder=None, **options):
        return mirror_export(folder=folder or self.folder, base_url=BASE, **options)

    def test_incremental_builds_only_new_and_changed_items(self):
        first = self.export()
        self.assertEqual((first.items_reused, first.items_built), (0, 14))
        ClippingPageFactory(
            parent=self.news,
            title="Bulletin new",
            slug="bulletin-new",
            posted_at=START + timedelta(days=30),
        )
        edited = ClippingPage.objects.get(slug="bulletin-03")
        edited.title = "Bulletin three, corrected"
        edited.save_revision().publish()
        summary = self.export(incremental=True)
        self.assertFalse(summary.full)
        self.assertEqual((summary.items_reused, summary.items_built), (13, 2))
        self.assertIn("/page/2/", summary.written_paths)  # every page shifted
        fresh = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-fresh-"))
        self.export(folder=fresh)
        self.assertEqual(files(self.folder), files(fresh))
        page_two = (self.folder / "page/2/index.html").read_text()
        self.assertIn("Bulletin three, corrected", page_two)
        self.assertEqual(len(pieces.load(self.folder).by_id), 15)

    def test_nothing_changed_writes_neither_files_nor_bookkeeping(self):
        self.export()
        stamps = {
            name: (self.folder / name).stat().st_mtime_ns
            for name in (manifest.NAME, pieces.NAME)
        }
        summary = self.export(incremental=True)
        self.assertEqual((summary.written, summary.items_built), (0, 0))
        self.assertEqual(summary.items_reused, 14)
        for name, stamp in stamps.items():
            self.assertEqual((self.folder / name).stat().st_mtime_ns, stamp)
        self.assertIn("render and write", summary.phases)

    def test_a_full_export_builds_every_item_again(self):
        self.export()
        again = self.export()
        self.assertEqual((again.items_reused, again.items_built), (0, 14))

    def test_a_broken_items_file_means_building_them(self):
        self.export()
        (self.folder / pieces.NAME).write_bytes(b'{"version": 1}\n<li>')
        ClippingPageFactory(
            parent=self.news, title="Late", slug="late", posted_at=START
        )
        summary = self.export(incremental=True)
        self.assertFalse(summary.full)
        self.assertEqual(summary.items_reused, 0)
        self.assertEqual(summary.problems, [])
        fresh = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-fresh-"))
        self.export(folder=fresh)
        self.assertEqual(files(self.folder), files(fresh))
