"""Run the real `newsdesk` command in a child process, in a folder of its own.

For the tests that start, kill and restart newsdesk's processes (crash tests,
the server test): the child gets this machine's environment without any
newsdesk, Django or database settings of the test run, so it uses the
embedded default in `var_dir` just as a newcomer's `make run` would.

`child_database` gives the crash tests the test run's engine instead: a
fresh SQLite file in `var_dir`, or on PostgreSQL (CI's second pass) a new
database on the same server, dropped afterwards.
"""

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

SOURCE = Path(__file__).resolve().parents[2]  # src/, so `-m newsdesk` works
OWN_PREFIXES = ("DJANGO_", "NEWSDESK_", "DATABASE_URL", "EMAIL_")


def child_environment(var_dir: Path, **extra: str) -> dict[str, str]:
    """Return a clean environment for a newsdesk child using `var_dir`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(OWN_PREFIXES)
    }
    return env | {"NEWSDESK_VAR_DIR": str(var_dir), "PYTHONPATH": str(SOURCE)} | extra


def newsdesk_command(env, *args: str, timeout: int = 300):
    """Run `newsdesk ARGS` to its end; raise if it fails."""
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "newsdesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )


def newsdesk_process(env, *args: str, **popen):
    """Start `newsdesk ARGS` in the background and return its process."""
    return subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "newsdesk", *args], env=env, **popen
    )


@dataclass
class ChildDatabase:
    """The child's database: what to add to its environment, and SQL on it."""

    env: dict[str, str] = field(default_factory=dict)
    sqlite_path: Path | None = None
    url: str = ""

    def rows(self, statement: str) -> list[tuple]:
        """Run one statement and return its rows (none for a write)."""
        if self.sqlite_path is not None:
            database = sqlite3.connect(self.sqlite_path)
            try:
                with database:  # commits a write
                    return database.execute(statement).fetchall()
            finally:
                database.close()
        with psycopg.connect(self.url, autocommit=True) as server:
            cursor = server.execute(statement)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []


@contextmanager
def child_database(var_dir: Path) -> Iterator[ChildDatabase]:
    """Yield a fresh database for a child, on the engine the test run uses."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield ChildDatabase(sqlite_path=var_dir / "newsdesk.sqlite3")
        return
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/')}_child_{uuid.uuid4().hex[:12]}"
    child_url = urlunsplit(
        (parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment)
    )
    identifier = sql.Identifier(name)
    with psycopg.connect(url, autocommit=True) as server:
        server.execute(sql.SQL("CREATE DATABASE {}").format(identifier))
    try:
        yield ChildDatabase(env={"DATABASE_URL": child_url}, url=child_url)
    finally:
        with psycopg.connect(url, autocommit=True) as server:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            server.execute(drop.format(identifier))
