"""Backups: content and media come back identical; bad archives change nothing."""

import io
import shutil
import tarfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from wagtail.models import Page

from newsdesk.backups.database import DUMP_FILES
from newsdesk.backups.services import BackupError, backup_create, backup_restore
from newsdesk.monitor.models import Outlet
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def content() -> dict:
    pages = list(Page.objects.order_by("path").values_list("pk", "title", "url_path"))
    clippings = list(ClippingPage.objects.values_list("pk", "excerpt", "live"))
    outlets = list(Outlet.objects.values_list("pk", "name"))
    return {"pages": pages, "clippings": clippings, "outlets": outlets}


def media(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "media"
    (root / "images").mkdir(parents=True)
    (root / "images" / "heron.png").write_bytes(b"\x89PNG fictional heron" * 50)
    (root / "snapshots" / "2024").mkdir(parents=True)
    (root / "snapshots" / "2024" / "page.warc.gz").write_bytes(bytes(range(256)))
    with override_settings(MEDIA_ROOT=root):
        home = HomePageFactory()
        news = SectionPageFactory(parent=home, title="News", slug="news")
        outlet = OutletFactory(name="Saltreach Courier")
        ClippingPageFactory(
            parent=news,
            title="Herons return",
            excerpt="<p>Herons returned to the reed beds.</p>",
            sources=[{"outlet": outlet, "authors": "Jane Roe"}],
        )
        yield root


def test_round_trip_brings_back_content_and_media(site, tmp_path):
    before, files = content(), media(site)
    archive = tmp_path / "backup.tar.gz"
    summary = backup_create(path=archive)
    # SQLite's online backup on the embedded default; pg_dump on PostgreSQL
    # (Django's dumpdata where pg_dump is not installed).
    if connection.vendor == "sqlite":
        expected = "sqlite"
    else:
        expected = "pg_dump" if shutil.which("pg_dump") else "dumpdata"
    assert summary.method == expected
    assert summary.media_files == 2
    with tarfile.open(archive) as opened:
        names = set(opened.getnames())
    assert {"manifest.json", DUMP_FILES[expected], "media/images/heron.png"} <= names

    # Wipe: the clipping and outlet go, a media file changes, one appears.
    ClippingPage.objects.get().delete()
    Outlet.objects.all().delete()
    (site / "images" / "heron.png").write_bytes(b"overwritten")
    (site / "stray.txt").write_text("not in the backup")
    assert content() != before

    with pytest.raises(BackupError, match="--force"):
        backup_restore(path=archive)
    assert not ClippingPage.objects.exists()  # refused: nothing changed

    restored = backup_restore(path=archive, force=True)
    assert restored.media_files == 2
    assert content() == before
    assert media(site) == files
    assert not list(site.parent.glob(".restore-*"))


def test_a_broken_archive_changes_nothing(site, tmp_path):
    before, files = content(), media(site)
    archive = tmp_path / "broken.tar.gz"
    archive.write_bytes(b"this is not a tar.gz file")
    with pytest.raises(BackupError, match="not a readable newsdesk backup"):
        backup_restore(path=archive, force=True)
    assert content() == before
    assert media(site) == files


def test_restore_into_an_empty_database_needs_no_force(site, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    before = content()
    made, restored = io.StringIO(), io.StringIO()
    call_command("backup", str(archive), stdout=made)
    Page.objects.filter(depth__gt=1).delete()
    Outlet.objects.all().delete()
    call_command("restore", str(archive), stdout=restored)
    assert content() == before
    assert "2 media files" in made.getvalue()
    assert "restored" in restored.getvalue()


def test_a_backup_that_cannot_be_written_leaves_nothing(site, tmp_path):
    target = tmp_path / "missing-folder" / "backup.tar.gz"
    with pytest.raises(BackupError):
        backup_create(path=target)
    assert not target.parent.exists()
