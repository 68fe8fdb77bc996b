"""Run the real `newsdesk` command in a child process, in a folder of its own.

For the tests that start, kill and restart newsdesk's processes (crash tests,
the server test): the child gets this machine's environment without any
newsdesk, Django or database settings of the test run, so it uses the
embedded default in `var_dir` just as a newcomer's `make run` would.
"""

import os
import subprocess
import sys
from pathlib import Path

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
