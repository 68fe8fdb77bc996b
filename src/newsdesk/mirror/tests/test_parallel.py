"""Rendering in worker processes gives the same mirror as rendering in one."""

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.db import transaction

from newsdesk.mirror import manifest, pieces
from newsdesk.mirror.pool import usable_workers
from newsdesk.mirror.selectors import default_site, listing_pages, page_states
from newsdesk.mirror.services import mirror_export
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

# Workers open their own connections: they see only committed data. Not
# serialized_rollback (see newsroom/tests/test_clip_race.py): the factories
# rebuild the tree's root after another transactional test's flush.
pytestmark = pytest.mark.django_db(transaction=True)
BASE = "https://mirror.example"
START = datetime(2022, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def site():
    home = HomePageFactory()
    news = SectionPageFactory(parent=home, title="News", slug="news")
    outlet = OutletFactory(name="Harbour Ledger")
    for n in range(34):
        ClippingPageFactory(
            parent=news,
            title=f"Ledger {n:02d}",
            slug=f"ledger-{n:02d}",
            posted_at=START + timedelta(days=n),
            tags=["gulls" if n % 2 else "terns"],
            sources=[{"outlet": outlet, "url": "https://ledger.example/a"}],
        )
    return news


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != manifest.NAME
    }


def test_two_workers_write_the_same_files_as_one(site):
    one = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-one-"))
    two = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-two-"))
    serial = mirror_export(folder=one, base_url=BASE, workers=1)
    parallel = mirror_export(folder=two, base_url=BASE, workers=2)
    assert serial.problems == parallel.problems == []
    assert parallel.rendered == serial.rendered > 50  # enough to use the workers
    assert files(two) == files(one)
    assert "page/4/index.html" in files(two)  # 34 posts, 10 a page


def test_incremental_with_workers_writes_the_new_clipping(site):
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-inc-"))
    full = mirror_export(folder=folder, base_url=BASE, workers=2)
    # The workers sent back every listing item they built, kept for next time.
    assert (full.workers, full.items_built) == (2, 34)
    assert len(pieces.load(folder).by_id) == 34
    ClippingPageFactory(
        parent=site, title="Ledger new", slug="ledger-new", posted_at=START
    )
    summary = mirror_export(folder=folder, base_url=BASE, incremental=True, workers=2)
    assert not summary.full and summary.problems == []
    assert (folder / "news/ledger-new/index.html").is_file()
    assert "/news/ledger-new/" in summary.written_paths
    assert (summary.items_reused, summary.items_built) == (34, 1)
    assert len(pieces.load(folder).by_id) == 35
    fresh = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-fresh-"))
    mirror_export(folder=fresh, base_url=BASE, workers=2)
    assert files(folder) == files(fresh)


def test_one_worker_inside_a_transaction_or_when_asked(site):
    assert usable_workers(1) == 1
    assert usable_workers(2) == 2
    with transaction.atomic():
        assert usable_workers(2) == 1  # a fork would not see uncommitted rows


def test_listing_pages_guess_every_later_page(site):
    guessed = listing_pages(page_states(default_site()))
    assert {"/page/2/", "/page/4/", "/news/page/4/"} <= guessed
    assert "/page/5/" not in guessed  # 34 posts: 4 pages
    assert "/page/1/" not in guessed  # the first page is the listing's own address


def test_a_full_export_assembles_other_listings_from_the_home_pages_items(
    site, settings
):
    settings.NEWSDESK = {**settings.NEWSDESK, "PAGE_SIZE": 2}  # 17 home pages
    one = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-one-"))
    two = Path(tempfile.mkdtemp(prefix="newsdesk-mirror-two-"))
    serial = mirror_export(folder=one, base_url=BASE, workers=1)
    parallel = mirror_export(folder=two, base_url=BASE, workers=2)
    assert serial.problems == parallel.problems == []
    # The section's, outlet's and language's pages 6 to 16 at least (pages 3,
    # 4, 5 and 16 are rendered in each process to learn the frame from).
    assert parallel.assembled >= 3 * 11
    assert files(two) == files(one)
