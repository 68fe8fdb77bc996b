import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.backups.services import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Replace the database and media files with a backup made by "
        "`newsdesk backup`. Stop the web server and worker first."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the archive to read")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that already holds content",
        )

    def handle(self, *args, file: Path, force: bool, **options):
        if not file.is_file():
            raise CommandError(f"Nothing was changed: {file} does not exist.")
        self.last = 0.0
        try:
            summary = backup_restore(path=file, force=force, progress=self.progress)
        except BackupError as error:
            raise CommandError(f"Nothing was changed: {error}") from error
        self.stdout.write("")
        self.stdout.write(
            f"restored {file}: database ({summary.method}) and "
            f"{summary.media_files} media files, in {summary.seconds:.1f} s"
        )

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5 or done == total:
            self.last = now
            self.stdout.write(f"\r  extracted {done} of {total}", ending="")
            self.stdout.flush()
