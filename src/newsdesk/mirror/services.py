"""The static mirror's one write: export the public site into a folder."""

from __future__ import annotations

from pathlib import Path

from newsdesk import conf

from .export import Export, Progress
from .summary import Summary


def mirror_export(
    *,
    folder: Path,
    incremental: bool = False,
    base_url: str | None = None,
    live_url: str | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Summary:
    """Write the public site into `folder`; with `incremental`, only what changed.

    Running it twice writes nothing the second time (every file's digest is
    in the manifest); a crash mid-way leaves the old manifest, and the next
    run renders again whatever it does not vouch for.
    """
    export = Export(
        folder=folder,
        base_url=base_url or conf.get("EXPORT_BASE_URL"),
        live_url=conf.get("EXPORT_LIVE_URL") if live_url is None else live_url,
        progress=progress,
        workers=conf.get("EXPORT_WORKERS") if workers is None else workers,
    )
    return export.run(incremental=incremental)
