"""The code before issue #18, measured beside today's in the same run.

`make bench-site` (and so `make bench`) builds the commit named by
`--baseline` (default `fad4415`, main before issue #18) in a temporary
folder: its files by `git archive`, its own virtualenv by uv from its own
lock file, its own archive of the same size by its own `demo` command. The
site benchmark then measures its server exactly as it measures today's, and
the summary prints both figures side by side, so the cost of the simpler
stack is visible. `--no-baseline` skips it (it adds about four minutes).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT = "fad4415"


@dataclass
class Build:
    """One checked-out build: its name, its folder and its Python."""

    name: str
    folder: Path

    @property
    def python(self) -> str:
        return str(self.folder / ".venv" / "bin" / "python")


def current() -> Build:
    """Return the build being benchmarked (this checkout)."""
    return Build("this checkout", REPOSITORY)


def checkout(revision: str, folder: Path) -> Build:
    """Unpack `revision` into `folder` and install its locked dependencies."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(  # noqa: S603
        ["git", "-C", str(REPOSITORY), "archive", "--format=tar", revision],  # noqa: S607
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(  # noqa: S603
        ["tar", "-x", "-C", str(folder)],  # noqa: S607
        input=archive,
        check=True,
    )
    uv = shutil.which("uv") or str(REPOSITORY / ".tools" / "uv" / "bin" / "uv")
    subprocess.run(  # noqa: S603
        [uv, "sync", "--locked", "--quiet"], cwd=folder, check=True
    )
    return Build(revision, folder)


def main() -> None:
    """`python -m benchmarks.baseline REVISION FOLDER`: build it, print its Python."""
    build = checkout(sys.argv[1], Path(sys.argv[2]))
    print(build.python)


if __name__ == "__main__":
    main()
