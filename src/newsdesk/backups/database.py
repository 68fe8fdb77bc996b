"""Copy the database to a file and back, by the best means its engine has.

SQLite: the online backup API (`sqlite3.Connection.backup`), a consistent
copy while the site runs, read back by checking the copy and renaming it
over the database file. PostgreSQL: `pg_dump --format=custom` when it is on
PATH, read back with `pg_restore --clean --single-transaction`. Anything
else, or PostgreSQL without its tools: Django's `dumpdata` JSON, read back
with `flush` and `loaddata` in one transaction (slower, but needs nothing
installed). Each load changes everything or, when it fails, nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections, transaction

DUMP_FILES = {
    "sqlite": "database.sqlite3",
    "pg_dump": "database.pgdump",
    "dumpdata": "database.json",
}


def method() -> str:
    """Return how this database is copied: sqlite, pg_dump or dumpdata."""
    if connection.vendor == "sqlite":
        return "sqlite"
    if connection.vendor == "postgresql" and shutil.which("pg_dump"):
        return "pg_dump"
    return "dumpdata"


def dump(folder: Path, how: str) -> Path:
    """Write the database into `folder` by `how`; return the file written."""
    target = folder / DUMP_FILES[how]
    if how == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    elif how == "pg_dump":
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(target)])
    else:
        call_command(
            "dumpdata",
            natural_foreign=True,
            exclude=["contenttypes", "auth.permission", "sessions"],
            output=str(target),
            verbosity=0,
        )
    return target


def load(source: Path, how: str) -> None:
    """Replace the database's content with the copy in `source`, or change nothing."""
    if how == "sqlite":
        _swap_sqlite(source)
    elif how == "pg_dump":
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",  # implies --exit-on-error
                str(source),
            ]
        )
    else:
        try:
            with transaction.atomic():
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(source), verbosity=0)
        finally:
            _refresh_content_types()


def _refresh_content_types() -> None:
    """Cache this process's content types again, as the database now has them.

    The flush's post_migrate cached content types it created, which a rollback
    may have undone; every model's is read back (all exist by then).
    """
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models())


def describe(error: BaseException) -> str:
    """Return one line saying why a load failed (a tool's last error line)."""
    if isinstance(error, subprocess.CalledProcessError):
        lines = (error.stderr or "").strip().splitlines()
        return lines[-1] if lines else f"{error.cmd[0]} exited with {error.returncode}"
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:500]


def _swap_sqlite(source: Path) -> None:
    """Put the copy in place of the database file in one rename."""
    _check_sqlite(source)
    name = Path(connection.settings_dict["NAME"])
    staged = name.with_name(name.name + ".restoring")
    shutil.copyfile(source, staged)
    try:
        connections.close_all()
        # Move everything from the log into the file, so removing the log
        # loses nothing (a stale log would be replayed onto the copy).
        current = sqlite3.connect(name)
        try:
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            current.close()
        for suffix in ("-wal", "-shm"):
            name.with_name(name.name + suffix).unlink(missing_ok=True)
        os.replace(staged, name)
    finally:
        staged.unlink(missing_ok=True)


def _check_sqlite(source: Path) -> None:
    """Refuse a file that is not a whole SQLite database made by Django."""
    copy = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        (verdict,) = copy.execute("PRAGMA quick_check").fetchone()
        migrated = copy.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'django_migrations'"
        ).fetchone()
    finally:
        copy.close()
    if verdict != "ok" or not migrated:
        raise ValueError(f"the SQLite copy is damaged or not a site's ({verdict})")


def _run(command: list[str]) -> None:
    settings = connection.settings_dict
    environment = {
        **os.environ,
        "PGHOST": str(settings.get("HOST") or ""),
        "PGPORT": str(settings.get("PORT") or ""),
        "PGUSER": str(settings.get("USER") or ""),
        "PGPASSWORD": str(settings.get("PASSWORD") or ""),
    }
    subprocess.run(  # noqa: S603 - fixed program, arguments from settings
        [*command, "--dbname", settings["NAME"]],
        check=True,
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
    )
