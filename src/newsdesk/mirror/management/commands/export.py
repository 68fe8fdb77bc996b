import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.mirror.services import mirror_export


class Command(BaseCommand):
    help = (
        "Write the public site as static files into DIR (pages, listings, "
        "archives, feeds, sitemaps, static and media files)."
    )

    def add_arguments(self, parser):
        parser.add_argument("dir", type=Path)
        parser.add_argument(
            "--incremental",
            action="store_true",
            help="render only what changed since the last export into DIR",
        )
        parser.add_argument(
            "--workers",
            type=int,
            help="processes that render (default NEWSDESK['EXPORT_WORKERS']; 0: auto)",
        )
        parser.add_argument(
            "--base-url", help="where DIR will be served (NEWSDESK_EXPORT_BASE_URL)"
        )

    def handle(self, *args, dir: Path, incremental: bool, base_url, workers, **options):
        if dir.exists() and not dir.is_dir():
            raise CommandError(f"{dir} is a file: give a folder to export into.")
        self.last = 0.0
        try:
            summary = mirror_export(
                folder=dir,
                incremental=incremental,
                base_url=base_url,
                progress=self.progress,
                workers=workers,
            )
        except LookupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write("")
        for problem in summary.problems:
            self.stderr.write(f"  problem: {problem}")
        kind = "full" if summary.full else "incremental"
        self.stdout.write(
            f"{kind} export to {dir}: {summary.rendered} addresses rendered, "
            f"{summary.written} files written ({summary.bytes / 1e6:.1f} MB), "
            f"{summary.unchanged} unchanged, {summary.deleted} deleted, "
            f"{len(summary.problems)} problems, in {summary.seconds:.1f} s "
            f"({summary.workers} rendering processes; listing items: "
            f"{summary.items_reused} kept from the last export, "
            f"{summary.items_built} built; {summary.assembled} listing pages "
            "assembled from their items)"
        )
        phases = ", ".join(f"{name} {ms:.0f} ms" for name, ms in summary.phases.items())
        self.stdout.write(f"  by phase: {phases}")

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5 or done == total:
            self.last = now
            self.stdout.write(f"\r  rendered {done} of {total}", ending="")
            self.stdout.flush()
