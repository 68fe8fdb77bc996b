"""Back the site up to one archive, and restore it: database and media.

The archive is a tar.gz holding `manifest.json` (format, date, versions,
how the database was copied, counts), the database copy (see
`database.py`) and `media/` (every uploaded file: images, documents,
snapshots). A restore checks the manifest, extracts everything into a
temporary folder beside the media, and only then swaps the database and the
media folder in, each by a rename.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable
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
    progress = progress or (lambda done, total: None)
    media = _media_files()
    summary = BackupSummary(method=database.method(), media_files=len(media))
    partial = path.with_name(path.name + ".part")
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-backup-") as scratch:
            dump = database.dump(Path(scratch), summary.method)
            manifest = _manifest(summary, media)
            (Path(scratch) / MANIFEST).write_text(json.dumps(manifest, indent=2))
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(Path(scratch) / MANIFEST, MANIFEST)
                archive.add(dump, dump.name)
                for done, file in enumerate(media, start=1):
                    name = file.relative_to(_media_root()).as_posix()
                    archive.add(file, "media/" + name)
                    summary.media_bytes += file.stat().st_size
                    progress(done, len(media))
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
    """Replace the database and media with the archive's.

    Refuse when the database holds content, unless `force`. Nothing is
    changed until the whole archive has been read and checked.
    """
    started = time.monotonic()
    if not force and database_has_content():
        raise BackupError(
            "The database already holds content: restoring would replace it. "
            "Run again with --force to replace it."
        )
    root = _media_root()
    root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=root.parent) as scratch:
        manifest = _extract(path, Path(scratch), progress)
        how = manifest["database"]["method"]
        try:
            database.load(Path(scratch) / database.DUMP_FILES[how], how)
        except subprocess.CalledProcessError as error:
            raise BackupError(
                f"The database copy could not be loaded: {error}."
            ) from error
        _swap_media(Path(scratch) / "media", root)
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


def _manifest(summary: BackupSummary, media: list[Path]) -> dict[str, object]:
    return {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "versions": {name: version(name) for name in ("newsdesk", "django", "wagtail")}
        | {"python": platform.python_version()},
        "database": {"vendor": connection.vendor, "method": summary.method},
        "media": {
            "files": len(media),
            "bytes": sum(file.stat().st_size for file in media),
        },
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
        raise BackupError("This backup is of a SQLite database; restore it into one.")
    (folder / "media").mkdir(exist_ok=True)
    return manifest


def _swap_media(fresh: Path, root: Path) -> None:
    """Put the extracted media in place of the media folder, by renames."""
    old = root.with_name(root.name + ".replaced")
    shutil.rmtree(old, ignore_errors=True)
    if root.exists():
        os.replace(root, old)
    os.replace(fresh, root)
    shutil.rmtree(old, ignore_errors=True)
