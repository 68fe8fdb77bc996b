"""Back the site up to one archive, and restore it: database and media.

The archive is a tar.gz holding the database copy (see `database.py`),
`media/` (every uploaded file: images, documents, snapshots) and
`manifest.json` (format, date, versions, how the database was copied,
counts). The media are listed after the database is copied, so every file a
copied row names is there (an upload writes its file before its row); a file
deleted meanwhile is left out.

A restore is all or nothing: it extracts and checks everything in a
temporary folder beside the media, swaps the media folder in by renames,
then replaces the database in one step (a file rename on SQLite, one
transaction on PostgreSQL); if that fails, the old media folder is renamed
back.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from . import database

logger = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
Progress = Callable[[int, int], None]


class BackupError(Exception):
    """The archive cannot be made or read back; the message says why."""


@dataclass
class BackupSummary:
    media_files: int = 0
    media_bytes: int = 0
    archive_bytes: int = 0
    method: str = ""
    seconds: float = 0.0


def backup_create(*, path: Path, progress: Progress | None = None) -> BackupSummary:
    """Write the database and media to the archive at `path`.

    The archive appears whole or not at all (written beside, then renamed);
    running it twice writes two equal archives.
    """
    started = time.monotonic()
    summary = BackupSummary(method=database.method())
    partial = path.with_name(path.name + ".part")
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-backup-") as scratch:
            dump = database.dump(Path(scratch), summary.method)
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(dump, dump.name)
                _add_media(archive, summary, progress)
                manifest = Path(scratch) / MANIFEST
                manifest.write_text(json.dumps(_manifest(summary), indent=2))
                archive.add(manifest, MANIFEST)
        os.replace(partial, path)
    except (OSError, subprocess.CalledProcessError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(str(error)) from error
    summary.archive_bytes = path.stat().st_size
    summary.seconds = time.monotonic() - started
    logger.info("backup_created", extra={"path": str(path), "method": summary.method})
    return summary


def backup_restore(
    *, path: Path, force: bool = False, progress: Progress | None = None
) -> BackupSummary:
    """Replace the database and media with the archive's, or change nothing.

    Refuse when the database holds content, unless `force`. Nothing is
    changed until the whole archive has been read and checked; if the
    database copy then fails to load, the database and media stay as they
    were. Running it twice leaves the same site.
    """
    started = time.monotonic()
    if not force and database_has_content():
        raise BackupError(
            "the database already holds content and restoring would replace it; "
            "run again with --force to replace it."
        )
    root = _media_root()
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".restore-", dir=root.parent) as tmp:
            scratch = Path(tmp)
            manifest = _extract(path, scratch, progress)
            how = manifest["database"]["method"]
            with _media_swapped(scratch / "media", root, scratch / "replaced"):
                _load(scratch / database.DUMP_FILES[how], how)
    except OSError as error:
        raise BackupError(f"the files could not be put in place: {error}") from error
    logger.info("backup_restored", extra={"path": str(path), "method": how})
    return BackupSummary(
        method=how,
        media_files=manifest["media"]["files"],
        media_bytes=manifest["media"]["bytes"],
        archive_bytes=path.stat().st_size,
        seconds=time.monotonic() - started,
    )


def database_has_content() -> bool:
    """Tell whether the database holds pages beyond the tree's root, or users."""
    tables = set(connection.introspection.table_names())
    user = get_user_model()
    if Page._meta.db_table in tables and Page.objects.filter(depth__gt=1).exists():
        return True
    return user._meta.db_table in tables and user.objects.exists()


def _media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def _media_files() -> list[Path]:
    root = _media_root()
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _add_media(
    archive: tarfile.TarFile, summary: BackupSummary, progress: Progress | None
) -> None:
    """Add every media file; leave out one deleted while the backup runs."""
    media = _media_files()
    for done, file in enumerate(media, start=1):
        name = "media/" + file.relative_to(_media_root()).as_posix()
        try:
            # Once open, the file's content stays readable even if deleted.
            with file.open("rb") as handle:
                info = archive.gettarinfo(arcname=name, fileobj=handle)
                archive.addfile(info, handle)
        except FileNotFoundError:
            logger.info("backup_media_vanished", extra={"path": name})
        else:
            summary.media_files += 1
            summary.media_bytes += info.size
        if progress:
            progress(done, len(media))


def _manifest(summary: BackupSummary) -> dict[str, object]:
    return {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "versions": {name: version(name) for name in ("newsdesk", "django", "wagtail")}
        | {"python": platform.python_version()},
        "database": {"vendor": connection.vendor, "method": summary.method},
        "media": {"files": summary.media_files, "bytes": summary.media_bytes},
    }


def _extract(path: Path, folder: Path, progress: Progress | None) -> dict[str, Any]:
    """Extract the archive into `folder`; return its checked manifest."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            members = archive.getmembers()
            for done, member in enumerate(members, start=1):
                archive.extract(member, folder, filter="data")
                if progress:
                    progress(done, len(members))
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, tarfile.TarError, ValueError) as error:
        raise BackupError(
            f"{path} is not a readable newsdesk backup: {error}"
        ) from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} has backup format {manifest.get('format')!r}.")
    how = manifest.get("database", {}).get("method")
    if (
        how not in database.DUMP_FILES
        or not (folder / database.DUMP_FILES[how]).is_file()
    ):
        raise BackupError(f"{path} holds no database copy.")
    if how == "sqlite" and connection.vendor != "sqlite":
        raise BackupError("this backup is of a SQLite database; restore it into one.")
    (folder / "media").mkdir(exist_ok=True)
    return manifest


def _load(dump: Path, how: str) -> None:
    """Load the database copy in one step; on failure the database is unchanged."""
    try:
        database.load(dump, how)
    except Exception as error:  # any failure: reported in one sentence
        raise BackupError(
            f"the database copy could not be loaded ({database.describe(error)})."
        ) from error


@contextmanager
def _media_swapped(fresh: Path, root: Path, aside: Path) -> Iterator[None]:
    """Put `fresh` in place of the media folder; put the old one back on failure.

    The old folder waits in `aside` (in the restore's temporary folder, which
    is deleted afterwards); both moves are renames on one file system.
    """
    had_media = root.exists()
    if had_media:
        os.replace(root, aside)
    try:
        os.replace(fresh, root)
        yield
    except BaseException:
        if root.exists() and not fresh.exists():
            os.replace(root, fresh)
        if had_media:
            os.replace(aside, root)
        raise
