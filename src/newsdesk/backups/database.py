"""Copy the database to a file and back, by the best means its engine has.

SQLite: the online backup API (`sqlite3.Connection.backup`), a consistent
copy while the site runs. PostgreSQL: `pg_dump --format=custom` when it is
on PATH, read back with `pg_restore --clean`. Anything else, or PostgreSQL
without its tools: Django's `dumpdata` JSON, read back with `flush` and
`loaddata` (slower, but needs nothing installed).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.db import connection, connections

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
    """Replace the database's content with the copy in `source`."""
    if how == "sqlite":
        _swap_sqlite(source)
    elif how == "pg_dump":
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", str(source)])
    else:
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", str(source), verbosity=0)


def _swap_sqlite(source: Path) -> None:
    """Put the copy in place of the database file in one rename."""
    name = Path(connection.settings_dict["NAME"])
    connections.close_all()
    staged = name.with_name(name.name + ".restoring")
    shutil.copyfile(source, staged)
    for suffix in ("-wal", "-shm"):  # a stale log would be replayed onto the copy
        name.with_name(name.name + suffix).unlink(missing_ok=True)
    os.replace(staged, name)


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
        [*command, "--dbname", settings["NAME"]], check=True, env=environment
    )
