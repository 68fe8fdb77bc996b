"""Backups: content and media come back identical; bad archives change nothing."""

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.backends.signals import connection_created
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


def repack(archive: Path, target: Path, change) -> Path:
    """Copy the archive to `target`, letting `change` edit the extracted files."""
    folder = target.with_suffix(".d")
    with tarfile.open(archive) as opened:
        opened.extractall(folder, filter="data")
    change(folder)
    with tarfile.open(target, "w:gz") as packed:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                packed.add(path, path.relative_to(folder).as_posix())
    return target


def with_broken_data(folder: Path) -> None:
    """Make the database copy fail halfway through loading, as a damaged one does."""
    manifest = json.loads((folder / "manifest.json").read_text())
    if manifest["database"]["method"] == "pg_dump":
        dump = folder / DUMP_FILES["pg_dump"]
        data = dump.read_bytes()
        # Keep the table of contents (plain text, before the compressed data)
        # and half of the tables' data: pg_restore drops and recreates every
        # table, then runs out of file.
        contents_end = data.rfind(b"ALTER TABLE")
        dump.write_bytes(data[: contents_end + (len(data) - contents_end) // 2])
    else:
        (folder / DUMP_FILES["sqlite"]).unlink(missing_ok=True)
        manifest["database"]["method"] = "dumpdata"
        (folder / "manifest.json").write_text(json.dumps(manifest))
        records = json.loads(dumped_json())
        # One record the database refuses, after every good one.
        records.append({"model": "monitor.outlet", "pk": 99, "fields": {"name": None}})
        (folder / DUMP_FILES["dumpdata"]).write_text(json.dumps(records))
    (folder / "media" / "images" / "heron.png").write_bytes(b"from the archive")


def dumped_json() -> str:
    out = io.StringIO()
    call_command(
        "dumpdata",
        natural_foreign=True,
        exclude=["contenttypes", "auth.permission", "sessions"],
        stdout=out,
    )
    return out.getvalue()


def test_a_database_copy_that_does_not_load_changes_nothing(site, tmp_path):
    get_user_model().objects.create_user("editor", password="not-used-here")
    before, files = content(), media(site)
    users = list(get_user_model().objects.values_list("username", flat=True))
    good = tmp_path / "backup.tar.gz"
    backup_create(path=good)
    broken = repack(good, tmp_path / "broken.tar.gz", with_broken_data)

    with pytest.raises(CommandError) as raised:
        call_command("restore", str(broken), "--force", stdout=io.StringIO())
    assert list(get_user_model().objects.values_list("username", flat=True)) == users
    assert content() == before
    assert media(site) == files
    assert str(raised.value).startswith("Nothing was changed: ")
    assert "could not be loaded" in str(raised.value)
    assert raised.value.returncode == 1
    assert not list(site.parent.glob(".restore-*"))
    assert not list(site.parent.glob("media.*"))


def test_every_refusal_is_one_sentence_and_changes_nothing(site, tmp_path):
    before = content()
    archive = tmp_path / "backup.tar.gz"
    backup_create(path=archive)
    for args, reason in (
        ([str(tmp_path / "missing.tar.gz")], "does not exist"),
        ([str(archive)], "--force"),
    ):
        with pytest.raises(CommandError) as raised:
            call_command("restore", *args, stdout=io.StringIO())
        assert str(raised.value).startswith("Nothing was changed: ")
        assert reason in str(raised.value)
    assert content() == before


def test_a_media_file_that_disappears_during_the_backup_is_left_out(site, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    vanishing = site / "snapshots" / "2024" / "page.warc.gz"

    def delete_the_last(done: int, total: int) -> None:
        if done == 1:
            vanishing.unlink()  # an editor deletes it while the backup runs

    summary = backup_create(path=archive, progress=delete_the_last)
    assert summary.media_files == 1
    with tarfile.open(archive) as opened:
        names = set(opened.getnames())
        manifest = json.load(opened.extractfile("manifest.json"))
    assert "media/images/heron.png" in names
    assert "media/snapshots/2024/page.warc.gz" not in names
    assert manifest["media"]["files"] == 1


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="pg_dump copies without this connection"
)
def test_media_are_listed_after_the_database_is_copied(site, tmp_path):
    """An upload that lands while the database is copied is in the archive."""
    uploaded = site / "documents" / "annual-report.pdf"

    def upload(sender, connection, **kwargs):
        uploaded.parent.mkdir(exist_ok=True)
        uploaded.write_bytes(b"%PDF fictional annual report")

    connection.close()  # the copy opens it again: that is the moment
    connection_created.connect(upload)
    try:
        summary = backup_create(path=tmp_path / "backup.tar.gz")
    finally:
        connection_created.disconnect(upload)
    assert uploaded.exists()
    with tarfile.open(tmp_path / "backup.tar.gz") as opened:
        assert "media/documents/annual-report.pdf" in opened.getnames()
    assert summary.media_files == 3
